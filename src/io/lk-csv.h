/* lk-csv.h: CSV as Norwegian spreadsheets read it
 *
 * Semicolons between fields, CRLF between rows, UTF-8 with a byte order
 * mark when asked (Excel reads æøå right only with it), a decimal comma
 * where the language writes one. A text a spreadsheet would take for a
 * formula gets a leading apostrophe.
 *
 * Read, it takes what spreadsheets write: UTF-8 with or without a byte
 * order mark, UTF-16 with one ("Unicode text"), and otherwise
 * Windows-1252 (what Excel in Norway saves as CSV); semicolons, commas or
 * tabs between fields, whichever the first line uses; quoted fields with
 * doubled quotes and line breaks; any line ending.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GString  *out;
  gboolean  row_start;
} LkCsv;

void  lk_csv_init    (LkCsv      *csv,
                      gboolean    bom);
void  lk_csv_field   (LkCsv      *csv,
                      const char *text);
void  lk_csv_number  (LkCsv      *csv,
                      double      value,
                      int         decimals);
void  lk_csv_end_row (LkCsv      *csv);
char *lk_csv_finish  (LkCsv      *csv);

/* Reading: a spreadsheet's export, whatever it chose */
typedef struct
{
  guint   line;     /* where the row starts, from 1 */
  GStrv   fields;   /* trimmed of the quotes, not of spaces */
  guint   n_fields;
} LkCsvRow;

GPtrArray *lk_csv_read    (const char  *data,
                           gsize        length,
                           gsize        max_size,
                           GError     **error);

G_END_DECLS
