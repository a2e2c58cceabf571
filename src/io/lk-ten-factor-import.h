/* lk-ten-factor-import.h: 10-faktor results from a spreadsheet or JSON
 *
 * The columns (Norwegian or English names, any case):
 *
 *   År / Year                        the survey year                 required
 *   Enhet / Unit                     the unit's name                 required
 *   Svar / Respondents               how many answered               required
 *   Inviterte / Invited              how many were asked
 *   Enhetstype / Unit type           "Barnehage", "Hjemmetjeneste"
 *   Del av / Part of                 the unit it is part of
 *
 * and the results, either one row per unit, year and factor:
 *
 *   Faktor / Factor                  1–10 or the factor's name
 *   Snitt / Mean                     1–5, decimal comma or point
 *   1, 2, 3, 4, 5                    how many gave each answer (or a
 *                                    share with %)
 *   Kommunen / Municipality          comparison values for the factor
 *   Alle kommuner / All municipalities
 *   Snitt enhetstype / Unit type mean
 *
 * or one row per unit and year with a column per factor holding its mean
 * ("Oppgavemotivasjon", "Faktor 1" or "1" … "10").
 *
 * Reading writes nothing; applying is one transaction, all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-ten-factor.h"

G_BEGIN_DECLS

#define LK_TEN_FACTOR_FORMAT    "lederkompass-10-faktor"
#define LK_TEN_FACTOR_VERSION   1
#define LK_TEN_FACTOR_MAX_SIZE  (16 * 1024 * 1024)

typedef struct
{
  GPtrArray *rounds;     /* LkSurveyRound read from the file */
  GPtrArray *lines;      /* char *: "lines 2–11", where each round is */
  GPtrArray *warnings;   /* char *: what the preview should say */
  GArray    *replaces;   /* gboolean per round, set by the preview */
} LkTenFactorImport;

LkTenFactorImport *lk_ten_factor_read_csv    (const char         *data,
                                              gsize               length,
                                              const char         *source,
                                              GError            **error);
LkTenFactorImport *lk_ten_factor_read_json   (const char         *data,
                                              gsize               length,
                                              GError            **error);
gboolean           lk_ten_factor_preview     (LkStore            *store,
                                              LkTenFactorImport  *import,
                                              GError            **error);
gboolean           lk_ten_factor_apply       (LkStore            *store,
                                              LkTenFactorImport  *import,
                                              GError            **error);
char              *lk_ten_factor_export_json (GPtrArray          *rounds,
                                              gsize              *length);
void               lk_ten_factor_import_free (LkTenFactorImport  *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkTenFactorImport, lk_ten_factor_import_free)

G_END_DECLS
