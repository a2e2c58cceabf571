/* lk-csv.h: CSV as Norwegian spreadsheets read it
 *
 * Semicolons between fields, CRLF between rows, UTF-8 with a byte order
 * mark when asked (Excel reads æøå right only with it), a decimal comma
 * where the language writes one. A text a spreadsheet would take for a
 * formula gets a leading apostrophe.
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

G_END_DECLS
