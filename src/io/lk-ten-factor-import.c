/* lk-ten-factor-import.c: 10-faktor results from a spreadsheet or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-csv.h"
#include "lk-date.h"
#include "lk-json-read.h"
#include "lk-ten-factor-import.h"
#include "lk-ten-factor-json.h"
#include "lk-types.h"

typedef enum
{
  COL_NONE,
  COL_YEAR,
  COL_UNIT,
  COL_UNIT_TYPE,
  COL_PART_OF,
  COL_INVITED,
  COL_RESPONDENTS,
  COL_FACTOR,
  COL_MEAN,
  COL_ANSWER,       /* index: the answer 1–5 */
  COL_COMPARISON,   /* index: the LkComparisonKind */
  COL_FACTOR_MEAN,  /* index: the factor 1–10 (one row per round) */
} ColKind;

typedef struct
{
  ColKind     kind;
  guint       index;
  const char *header;
} Column;

/* Header names as folded and squeezed by normalize () */
static const struct
{
  const char *name;
  ColKind     kind;
  guint       index;
} known_headers[] = {
  { "år", COL_YEAR, 0 }, { "aar", COL_YEAR, 0 }, { "year", COL_YEAR, 0 }, { "undersøkelsesår", COL_YEAR, 0 },
  { "survey year", COL_YEAR, 0 },
  { "enhet", COL_UNIT, 0 }, { "unit", COL_UNIT, 0 }, { "avdeling", COL_UNIT, 0 }, { "virksomhet", COL_UNIT, 0 },
  { "enhetsnavn", COL_UNIT, 0 }, { "unit name", COL_UNIT, 0 }, { "department", COL_UNIT, 0 },
  { "enhetstype", COL_UNIT_TYPE, 0 }, { "type enhet", COL_UNIT_TYPE, 0 }, { "unit type", COL_UNIT_TYPE, 0 },
  { "del av", COL_PART_OF, 0 }, { "overordnet enhet", COL_PART_OF, 0 }, { "part of", COL_PART_OF, 0 },
  { "parent unit", COL_PART_OF, 0 },
  { "inviterte", COL_INVITED, 0 }, { "antall inviterte", COL_INVITED, 0 }, { "invited", COL_INVITED, 0 },
  { "utsendt", COL_INVITED, 0 }, { "mottakere", COL_INVITED, 0 },
  { "svar", COL_RESPONDENTS, 0 }, { "antall svar", COL_RESPONDENTS, 0 }, { "besvarte", COL_RESPONDENTS, 0 },
  { "respondenter", COL_RESPONDENTS, 0 }, { "respondents", COL_RESPONDENTS, 0 },
  { "responses", COL_RESPONDENTS, 0 }, { "answered", COL_RESPONDENTS, 0 },
  { "faktor", COL_FACTOR, 0 }, { "factor", COL_FACTOR, 0 },
  { "snitt", COL_MEAN, 0 }, { "gjennomsnitt", COL_MEAN, 0 }, { "middelverdi", COL_MEAN, 0 },
  { "skår", COL_MEAN, 0 }, { "mean", COL_MEAN, 0 }, { "average", COL_MEAN, 0 }, { "score", COL_MEAN, 0 },
  { "kommunen", COL_COMPARISON, LK_COMPARISON_MUNICIPALITY },
  { "snitt kommunen", COL_COMPARISON, LK_COMPARISON_MUNICIPALITY },
  { "hele kommunen", COL_COMPARISON, LK_COMPARISON_MUNICIPALITY },
  { "municipality", COL_COMPARISON, LK_COMPARISON_MUNICIPALITY },
  { "municipality mean", COL_COMPARISON, LK_COMPARISON_MUNICIPALITY },
  { "alle kommuner", COL_COMPARISON, LK_COMPARISON_PARTICIPANTS },
  { "alle deltakende kommuner", COL_COMPARISON, LK_COMPARISON_PARTICIPANTS },
  { "snitt alle kommuner", COL_COMPARISON, LK_COMPARISON_PARTICIPANTS },
  { "all municipalities", COL_COMPARISON, LK_COMPARISON_PARTICIPANTS },
  { "participants", COL_COMPARISON, LK_COMPARISON_PARTICIPANTS },
  { "snitt enhetstype", COL_COMPARISON, LK_COMPARISON_UNIT_TYPE },
  { "samme enhetstype", COL_COMPARISON, LK_COMPARISON_UNIT_TYPE },
  { "unit type mean", COL_COMPARISON, LK_COMPARISON_UNIT_TYPE },
  { "same unit type", COL_COMPARISON, LK_COMPARISON_UNIT_TYPE },
};

/* Only with a factor column: the answers 1–5 */
static const struct
{
  const char *name;
  guint       answer;
} answer_headers[] = {
  { "1", 1 }, { "2", 2 }, { "3", 3 }, { "4", 4 }, { "5", 5 },
  { "svar 1", 1 }, { "svar 2", 2 }, { "svar 3", 3 }, { "svar 4", 4 }, { "svar 5", 5 },
  { "answer 1", 1 }, { "answer 2", 2 }, { "answer 3", 3 }, { "answer 4", 4 }, { "answer 5", 5 },
};

typedef struct
{
  LkSurveyRound *round;
  guint          first_line;
  guint          last_line;
  guint          factor_line[LK_TEN_FACTOR_N];
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_object_unref (p->round);
  g_free (p);
}

void
lk_ten_factor_import_free (LkTenFactorImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->rounds, g_ptr_array_unref);
  g_clear_pointer (&import->lines, g_ptr_array_unref);
  g_clear_pointer (&import->warnings, g_ptr_array_unref);
  g_clear_pointer (&import->replaces, g_array_unref);
  g_free (import);
}

static LkTenFactorImport *
import_new (void)
{
  LkTenFactorImport *import = g_new0 (LkTenFactorImport, 1);

  import->rounds = g_ptr_array_new_with_free_func (g_object_unref);
  import->lines = g_ptr_array_new_with_free_func (g_free);
  import->warnings = g_ptr_array_new_with_free_func (g_free);
  import->replaces = g_array_new (FALSE, TRUE, sizeof (gboolean));

  return import;
}

/* Folded, trimmed, one space between words, no closing colon or dot */
static char *
normalize (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && strchr (":.*", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static const char *
cell (LkCsvRow *row,
      int       column)
{
  return column >= 0 && (guint) column < row->n_fields ? row->fields[column] : "";
}

/* Without spaces (also the thin and non-breaking ones of "1 234") */
static char *
squeeze_number (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* A decimal with comma or point; FALSE for anything else */
static gboolean
parse_decimal (const char *text,
               double     *out)
{
  g_autofree char *s = squeeze_number (text);
  char *end = NULL;

  if (*s == '\0')
    return FALSE;
  for (char *p = s; *p; p++)
    if (*p == ',')
      *p = '.';
  *out = g_ascii_strtod (s, &end);

  return *end == '\0' && isfinite (*out);
}

static gboolean
parse_whole (const char *text,
             gint64      min,
             gint64      max,
             int        *out)
{
  g_autofree char *s = squeeze_number (text);
  char *end = NULL;
  gint64 value;

  if (*s == '\0' || !(g_ascii_isdigit (*s) || *s == '-'))
    return FALSE;
  value = g_ascii_strtoll (s, &end, 10);
  if (*end != '\0' || value < min || value > max)
    return FALSE;
  *out = (int) value;

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static gboolean G_GNUC_PRINTF (5, 6)
cell_error (GError     **error,
            LkCsvRow    *row,
            int          column,
            const char  *header,
            const char  *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: line and column in the file, the column's heading, what is wrong */
  g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID, _("Line %u, column %d (%s): %s"),
               row->line, column + 1, header, message);

  return FALSE;
}

/* The row of column names: the first of the first ten rows that names a
 * year and a unit */
static int
find_header (GPtrArray *rows)
{
  for (guint r = 0; r < MIN (rows->len, 10); r++)
    {
      LkCsvRow *row = g_ptr_array_index (rows, r);
      gboolean year = FALSE, unit = FALSE;

      for (guint i = 0; i < row->n_fields; i++)
        {
          g_autofree char *name = normalize (row->fields[i]);

          for (guint k = 0; k < G_N_ELEMENTS (known_headers); k++)
            if (strcmp (name, known_headers[k].name) == 0)
              {
                year = year || known_headers[k].kind == COL_YEAR;
                unit = unit || known_headers[k].kind == COL_UNIT;
              }
        }
      if (year && unit)
        return r;
    }

  return -1;
}

static gboolean
read_columns (LkCsvRow           *header,
              Column             *columns,
              LkTenFactorImport  *import,
              gboolean           *long_form,
              GError            **error)
{
  gboolean seen[COL_FACTOR_MEAN + 1] = { FALSE };
  gboolean any_factor = FALSE;

  *long_form = FALSE;
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = normalize (header->fields[i]);

      *long_form = *long_form || strcmp (name, "faktor") == 0 || strcmp (name, "factor") == 0;
    }

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = normalize (header->fields[i]);
      Column *col = &columns[i];
      guint factor;

      col->kind = COL_NONE;
      col->header = header->fields[i];
      for (guint k = 0; k < G_N_ELEMENTS (known_headers) && col->kind == COL_NONE; k++)
        if (strcmp (name, known_headers[k].name) == 0)
          {
            col->kind = known_headers[k].kind;
            col->index = known_headers[k].index;
          }
      if (col->kind == COL_NONE && *long_form)
        for (guint k = 0; k < G_N_ELEMENTS (answer_headers) && col->kind == COL_NONE; k++)
          if (strcmp (name, answer_headers[k].name) == 0)
            {
              col->kind = COL_ANSWER;
              col->index = answer_headers[k].answer;
            }
      if (col->kind == COL_NONE && !*long_form && lk_ten_factor_parse (header->fields[i], &factor))
        {
          col->kind = COL_FACTOR_MEAN;
          col->index = factor;
          any_factor = TRUE;
        }
      if (col->kind == COL_NONE)
        {
          if (*name != '\0')
            g_ptr_array_add (import->warnings,
                             g_strdup_printf (_("Column %u (“%s”) is not used."), i + 1, header->fields[i]));
          continue;
        }
      /* Two columns for one thing: which one is meant? */
      if (col->kind != COL_ANSWER && col->kind != COL_COMPARISON && col->kind != COL_FACTOR_MEAN &&
          seen[col->kind])
        {
          g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                       _("Line %u: the column “%s” is there twice."), header->line, header->fields[i]);
          return FALSE;
        }
      seen[col->kind] = TRUE;
    }

  if (!seen[COL_YEAR] || !seen[COL_UNIT] || !seen[COL_RESPONDENTS])
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file needs the columns Year, Unit and Respondents (År, Enhet, Svar)."),
                   header->line);
      return FALSE;
    }
  if (*long_form && !seen[COL_MEAN] && !seen[COL_ANSWER])
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                   _("Line %u: with a Factor column, the file needs a Mean column or the answers 1 to 5."),
                   header->line);
      return FALSE;
    }
  if (!*long_form && !any_factor)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                   _("Line %u: no column names a factor. Use a Factor column, or one column per factor "
                     "named by its number or name."),
                   header->line);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_mean (LkCsvRow     *row,
           int           column,
           const char   *header,
           double       *out,
           GError      **error)
{
  const char *text = cell (row, column);

  *out = NAN;
  if (is_blank (text))
    return TRUE;
  if (!parse_decimal (text, out) || *out < 1.0 || *out > 5.0)
    return cell_error (error, row, column, header, _("“%s” is not a mean from 1 to 5."), text);

  return TRUE;
}

/* One row: find or start its round, then put its values in */
static gboolean
read_row (LkCsvRow    *row,
          Column      *columns,
          guint        n_columns,
          gboolean     long_form,
          const char  *source,
          GHashTable  *by_key,
          GPtrArray   *pending,
          GError     **error)
{
  int year = 0, respondents = -1, invited = -1;
  const char *unit = NULL, *unit_type = NULL, *part_of = NULL;
  int c_resp = -1, c_inv = -1, c_unit = -1;
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *key = NULL;
  Pending *p;
  guint factor = 0;
  int c_factor = -1;

  for (guint i = 0; i < n_columns; i++)
    {
      const char *text = cell (row, i);

      switch (columns[i].kind)
        {
        case COL_YEAR:
          if (!parse_whole (text, 2000, 2200, &year))
            return cell_error (error, row, i, columns[i].header, _("“%s” is not a year."), text);
          break;
        case COL_UNIT:
          c_unit = i;
          unit = text;
          break;
        case COL_UNIT_TYPE:
          unit_type = text;
          break;
        case COL_PART_OF:
          part_of = text;
          break;
        case COL_INVITED:
          c_inv = i;
          if (!is_blank (text) && !parse_whole (text, 0, LK_SURVEY_MAX_PEOPLE, &invited))
            return cell_error (error, row, i, columns[i].header, _("“%s” is not a number of people."), text);
          break;
        case COL_RESPONDENTS:
          c_resp = i;
          if (!parse_whole (text, 0, LK_SURVEY_MAX_PEOPLE, &respondents))
            return cell_error (error, row, i, columns[i].header, _("“%s” is not a number of people."), text);
          break;
        case COL_FACTOR:
          c_factor = i;
          if (!lk_ten_factor_parse (text, &factor))
            return cell_error (error, row, i, columns[i].header,
                               _("“%s” is not one of the ten factors (a number from 1 to 10, or its name)."),
                               text);
          break;
        case COL_NONE:
        case COL_MEAN:
        case COL_ANSWER:
        case COL_COMPARISON:
        case COL_FACTOR_MEAN:
        default:
          break;
        }
    }
  if (unit == NULL || is_blank (unit))
    return cell_error (error, row, c_unit, columns[c_unit].header, _("the unit is missing."));
  if (invited >= 0 && respondents > invited)
    return cell_error (error, row, c_resp, columns[c_resp].header,
                       _("%d answered, but only %d were invited."), respondents, invited);

  trimmed = g_strstrip (g_strdup (unit));
  folded = g_utf8_casefold (trimmed, -1);
  key = g_strdup_printf ("%d\x1f%s", year, folded);
  p = g_hash_table_lookup (by_key, key);
  if (p == NULL)
    {

      p = g_new0 (Pending, 1);
      p->round = lk_survey_round_new (year, trimmed);
      p->round->respondents = respondents;
      p->round->invited = invited;
      if (unit_type != NULL)
        {
          g_free (p->round->unit_type);
          p->round->unit_type = g_strstrip (g_strdup (unit_type));
        }
      if (part_of != NULL)
        {
          g_free (p->round->part_of);
          p->round->part_of = g_strstrip (g_strdup (part_of));
        }
      p->first_line = row->line;
      g_ptr_array_add (pending, p);
      g_hash_table_insert (by_key, g_steal_pointer (&key), p);
    }
  else if (!long_form)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                   _("Line %u: %s %d is also on line %u."), row->line, p->round->unit, year, p->first_line);
      return FALSE;
    }
  else if (p->round->respondents != respondents || (c_inv >= 0 && p->round->invited != invited))
    return cell_error (error, row, p->round->respondents != respondents ? c_resp : c_inv,
                       columns[p->round->respondents != respondents ? c_resp : c_inv].header,
                       _("%s %d has other numbers on line %u."), p->round->unit, year, p->first_line);
  p->last_line = row->line;

  if (long_form)
    {
      LkFactorResult *r = &p->round->results[factor - 1];
      gboolean any_answer = FALSE, all_answers = TRUE;
      int counts[5] = { -1, -1, -1, -1, -1 };
      int c_answers = -1;

      if (p->factor_line[factor - 1] != 0)
        return cell_error (error, row, c_factor, columns[c_factor].header,
                           _("%s for %s %d is also on line %u."), lk_ten_factor_name (factor), p->round->unit,
                           year, p->factor_line[factor - 1]);
      p->factor_line[factor - 1] = row->line;

      for (guint i = 0; i < n_columns; i++)
        {
          const char *text = cell (row, i);

          if (columns[i].kind == COL_MEAN && !read_mean (row, i, columns[i].header, &r->mean, error))
            return FALSE;
          if (columns[i].kind == COL_COMPARISON)
            {
              double mean;
              LkSurveyComparison *c;

              if (!read_mean (row, i, columns[i].header, &mean, error))
                return FALSE;
              if (isnan (mean))
                continue;
              c = lk_survey_round_get_comparison (p->round, columns[i].index);
              if (c == NULL)
                {
                  c = lk_survey_comparison_new (columns[i].index, columns[i].header, year);
                  lk_set_text (&c->source, source, FALSE);
                  g_ptr_array_add (p->round->comparisons, c);
                }
              c->means[factor - 1] = mean;
            }
          if (columns[i].kind == COL_ANSWER)
            {
              double share;
              int n;

              c_answers = c_answers < 0 ? (int) i : c_answers;
              if (is_blank (text))
                {
                  all_answers = FALSE;
                  continue;
                }
              any_answer = TRUE;
              {
                g_autofree char *t = g_strstrip (g_strdup (text));

                if (g_str_has_suffix (t, "%"))
                  {
                    t[strlen (t) - 1] = '\0';
                    if (!parse_decimal (t, &share) || share < 0 || share > 100)
                      return cell_error (error, row, i, columns[i].header, _("“%s” is not a share."), text);
                    /* A share of the answers, as counts of those who answered */
                    counts[columns[i].index - 1] = (int) lround (share / 100.0 * respondents);
                  }
                else if (!parse_whole (t, 0, 10 * LK_SURVEY_MAX_PEOPLE, &n))
                  return cell_error (error, row, i, columns[i].header,
                                     _("“%s” is not how many gave this answer."), text);
                else
                  counts[columns[i].index - 1] = n;
              }
            }
        }
      if (any_answer)
        {
          int total = 0, sum = 0;

          for (guint a = 0; a < 5; a++)
            if (counts[a] < 0)
              all_answers = FALSE;
          if (!all_answers)
            return cell_error (error, row, c_answers, columns[c_answers].header,
                               _("give how many answered each of 1, 2, 3, 4 and 5, or none of them."));
          for (guint a = 0; a < 5; a++)
            {
              r->counts[a] = counts[a];
              total += counts[a];
              sum += counts[a] * (a + 1);
            }
          /* The mean follows from the answers when it is not given */
          if (isnan (r->mean) && total > 0)
            r->mean = (double) sum / total;
        }
      if (isnan (r->mean) && !any_answer && respondents >= LK_ANONYMITY_MIN)
        {
          g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                       _("Line %u: no mean and no answers for %s."), row->line, lk_ten_factor_name (factor));
          return FALSE;
        }
    }
  else
    for (guint i = 0; i < n_columns; i++)
      if (columns[i].kind == COL_FACTOR_MEAN &&
          !read_mean (row, i, columns[i].header, &p->round->results[columns[i].index - 1].mean, error))
        return FALSE;

  return TRUE;
}

static char *
lines_of (Pending *p)
{
  if (p->last_line == p->first_line)
    return g_strdup_printf (_("line %u"), p->first_line);

  return g_strdup_printf (_("lines %u–%u"), p->first_line, p->last_line);
}

/**
 * lk_ten_factor_read_csv:
 * @source: (nullable): where the comparison values come from (the file's name)
 *
 * Reads and checks a spreadsheet's rounds without touching any database.
 */
LkTenFactorImport *
lk_ten_factor_read_csv (const char  *data,
                        gsize        length,
                        const char  *source,
                        GError     **error)
{
  g_autoptr(LkTenFactorImport) import = import_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (pending_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree Column *columns = NULL;
  LkCsvRow *header;
  gboolean long_form;
  int header_index;

  if (!(rows = lk_csv_read (data, length, LK_TEN_FACTOR_MAX_SIZE, error)))
    return NULL;
  if ((header_index = find_header (rows)) < 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("No line names the columns Year and Unit (År and Enhet): the file does not look "
                             "like 10-faktor results."));
      return NULL;
    }
  header = g_ptr_array_index (rows, header_index);
  columns = g_new0 (Column, header->n_fields);
  if (!read_columns (header, columns, import, &long_form, error))
    return NULL;

  for (guint r = header_index + 1; r < rows->len; r++)
    {
      LkCsvRow *row = g_ptr_array_index (rows, r);
      gboolean blank = TRUE;

      for (guint i = 0; i < row->n_fields && blank; i++)
        blank = is_blank (row->fields[i]);
      if (blank)
        continue;
      /* More fields than names: a decimal comma in a comma-separated
       * file, unquoted, would shift every value after it */
      for (guint i = header->n_fields; i < row->n_fields; i++)
        if (!is_blank (row->fields[i]))
          {
            g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                         _("Line %u has %u fields, but line %u names only %u columns. A decimal comma in a "
                           "file separated by commas needs quotes."),
                         row->line, row->n_fields, header->line, header->n_fields);
            return NULL;
          }
      if (!read_row (row, columns, header->n_fields, long_form, source, by_key, pending, error))
        return NULL;
    }
  if (pending->len == 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file has column names but no results."));
      return NULL;
    }

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);
      g_autofree char *lines = lines_of (p);
      g_autoptr(GError) local_error = NULL;

      if (p->round->respondents < LK_ANONYMITY_MIN)
        {
          if (lk_survey_round_has_results (p->round))
            g_ptr_array_add (import->warnings,
                             g_strdup_printf (_("%s %d (%s): fewer than %d answered, so the results are not "
                                                "imported."),
                                              p->round->unit, p->round->year, lines, LK_ANONYMITY_MIN));
          lk_survey_round_clear_results (p->round);
        }
      else
        for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
          if (isnan (p->round->results[f - 1].mean))
            {
              /* Translators: unit, year, where in the file, the factor's name and number */
              g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                           _("%s %d (%s) has no result for %s (factor %u)."), p->round->unit, p->round->year,
                           lines, lk_ten_factor_name (f), f);
              return NULL;
            }
      if (!lk_survey_round_validate (p->round, &local_error))
        {
          g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID, "%s %d (%s): %s", p->round->unit,
                       p->round->year, lines, local_error->message);
          return NULL;
        }
      g_ptr_array_add (import->rounds, g_object_ref (p->round));
      g_ptr_array_add (import->lines, g_steal_pointer (&lines));
    }
  g_array_set_size (import->replaces, import->rounds->len);

  return g_steal_pointer (&import);
}

/**
 * lk_ten_factor_read_json:
 *
 * Rounds exported from Lederkompass ({"format": "lederkompass-10-faktor"}),
 * read and checked without touching any database.
 */
LkTenFactorImport *
lk_ten_factor_read_json (const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(LkTenFactorImport) import = import_new ();
  g_autoptr(LkJsonDocument) document = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *format = NULL;
  LkJsonNode *root, *rounds;
  gint64 version;

  if (!(document = lk_json_parse (data, length, LK_TEN_FACTOR_MAX_SIZE, error)))
    return NULL;
  root = lk_json_document_get_root (document);
  if (!LK_JSON_HOLDS (root, LK_JSON_OBJECT) ||
      !lk_json_string_member (root, "$", "format", FALSE, 100, &format, NULL) ||
      g_strcmp0 (format, LK_TEN_FACTOR_FORMAT) != 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file is not 10-faktor results exported from Lederkompass."));
      return NULL;
    }
  if (!lk_json_int_member (root, "$", "version", 1, G_MAXINT, &version, error))
    return NULL;
  if (version > LK_TEN_FACTOR_VERSION)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_VERSION,
                   _("The results were exported by a newer version of Lederkompass (format %d; this "
                     "version reads up to %d). Update Lederkompass to import them."),
                   (int) version, LK_TEN_FACTOR_VERSION);
      return NULL;
    }
  if (!(rounds = lk_json_array_member (root, "$", "rounds", error)))
    return NULL;
  for (guint i = 0; i < lk_json_node_get_length (rounds); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.rounds[%u]", i);
      LkSurveyRound *round = lk_survey_round_from_json (lk_json_array_get_element (rounds, i), path, seen, error);

      if (round == NULL)
        return NULL;
      if (!lk_backup_check_unique (seen, round->uuid, path, error))
        {
          g_object_unref (round);
          return NULL;
        }
      for (guint j = 0; j < import->rounds->len; j++)
        {
          LkSurveyRound *other = g_ptr_array_index (import->rounds, j);
          g_autofree char *a = g_utf8_casefold (other->unit, -1);
          g_autofree char *b = g_utf8_casefold (round->unit, -1);

          if (other->year == round->year && g_utf8_collate (a, b) == 0)
            {
              g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                           _("%s: %s %d is also at %s."), path, round->unit, round->year,
                           (char *) g_ptr_array_index (import->lines, j));
              g_object_unref (round);
              return NULL;
            }
        }
      g_ptr_array_add (import->rounds, round);
      g_ptr_array_add (import->lines, g_steal_pointer (&path));
    }
  g_array_set_size (import->replaces, import->rounds->len);

  return g_steal_pointer (&import);
}

/* The round here that @round would replace: by uuid, else by unit and year */
static LkSurveyRound *
stored_match (GPtrArray     *stored,
              LkSurveyRound *round)
{
  g_autofree char *unit = g_utf8_casefold (round->unit, -1);

  for (guint i = 0; i < stored->len; i++)
    if (g_strcmp0 (((LkSurveyRound *) g_ptr_array_index (stored, i))->uuid, round->uuid) == 0)
      return g_ptr_array_index (stored, i);
  for (guint i = 0; i < stored->len; i++)
    {
      LkSurveyRound *other = g_ptr_array_index (stored, i);
      g_autofree char *other_unit = g_utf8_casefold (other->unit, -1);

      if (other->year == round->year && g_utf8_collate (unit, other_unit) == 0)
        return other;
    }

  return NULL;
}

/**
 * lk_ten_factor_preview:
 *
 * Marks which rounds replace results here, and adds what the user should
 * know (a round that will be hidden at the threshold set here).
 */
gboolean
lk_ten_factor_preview (LkStore            *store,
                       LkTenFactorImport  *import,
                       GError            **error)
{
  g_autoptr(GPtrArray) stored = lk_store_list_survey_rounds (store, error);
  guint threshold = lk_store_get_anonymity_threshold (store);

  if (stored == NULL)
    return FALSE;
  g_array_set_size (import->replaces, import->rounds->len);
  for (guint i = 0; i < import->rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (import->rounds, i);

      g_array_index (import->replaces, gboolean, i) = stored_match (stored, round) != NULL;
      if (round->respondents >= LK_ANONYMITY_MIN && (guint) round->respondents < threshold)
        g_ptr_array_add (import->warnings,
                         g_strdup_printf (_("%s %d: %d answered, fewer than the %u set in Preferences, so the "
                                            "results will not be shown."),
                                          round->unit, round->year, round->respondents, threshold));
    }

  return TRUE;
}

/* The file's numbers in the stored round; what the file does not have
 * (the follow-up, other comparison values) stays */
static LkSurveyRound *
merged (LkSurveyRound *stored,
        LkSurveyRound *round)
{
  LkSurveyRound *copy = lk_survey_round_copy (stored);

  copy->invited = round->invited >= 0 ? round->invited : stored->invited;
  copy->respondents = round->respondents;
  if (round->unit_type && *round->unit_type)
    lk_set_text (&copy->unit_type, round->unit_type, FALSE);
  if (round->part_of && *round->part_of)
    lk_set_text (&copy->part_of, round->part_of, FALSE);
  memcpy (copy->results, round->results, sizeof round->results);
  copy->visibility = LK_RESULT_SHOWN;
  for (guint i = 0; i < round->comparisons->len; i++)
    {
      LkSurveyComparison *c = g_ptr_array_index (round->comparisons, i);
      LkSurveyComparison *here = lk_survey_round_get_comparison (copy, c->kind);

      if (here == NULL)
        {
          g_ptr_array_add (copy->comparisons, g_object_ref (c));
          continue;
        }
      lk_set_text (&here->label, c->label, FALSE);
      lk_set_text (&here->source, c->source, FALSE);
      here->year = c->year;
      memcpy (here->means, c->means, sizeof c->means);
    }
  for (guint i = 0; i < round->focus->len; i++)
    {
      LkSurveyFocus *focus = g_ptr_array_index (round->focus, i);

      if (lk_survey_round_get_focus (copy, focus->factor) == NULL)
        g_ptr_array_add (copy->focus, g_object_ref (focus));
    }

  return copy;
}

/**
 * lk_ten_factor_apply:
 *
 * All rounds in one transaction: new ones added, the numbers of those
 * here already replaced (their follow-up kept).
 */
gboolean
lk_ten_factor_apply (LkStore            *store,
                     LkTenFactorImport  *import,
                     GError            **error)
{
  g_autoptr(GPtrArray) stored = NULL;

  if (!lk_store_begin (store, error))
    return FALSE;
  if (!(stored = lk_store_list_survey_rounds (store, error)))
    goto failed;
  for (guint i = 0; i < import->rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (import->rounds, i);
      LkSurveyRound *here = stored_match (stored, round);
      g_autoptr(LkSurveyRound) put = here ? merged (here, round) : g_object_ref (round);

      g_free (put->updated);
      put->updated = lk_timestamp_now ();
      if (!lk_store_put_survey_round (store, put, error))
        {
          g_prefix_error (error, "%s %d (%s): ", round->unit, round->year,
                          (char *) g_ptr_array_index (import->lines, i));
          goto failed;
        }
    }
  lk_store_emit_changed (store, "ten-factor");

  return lk_store_commit (store, error);

failed:
  lk_store_rollback (store);
  return FALSE;
}

/**
 * lk_ten_factor_export_json:
 * @rounds: (element-type LkSurveyRound): as listed by the store (hidden
 *   results are not in them)
 */
char *
lk_ten_factor_export_json (GPtrArray *rounds,
                           gsize     *length)
{
  GString *out = g_string_new (NULL);
  g_autoptr(LkJsonWriter) writer = lk_json_writer_new (out, TRUE);
  g_autofree char *now = lk_timestamp_now ();

  lk_json_writer_begin_object (writer);
  lk_backup_add_string (writer, "format", LK_TEN_FACTOR_FORMAT);
  lk_backup_add_int (writer, "version", LK_TEN_FACTOR_VERSION);
  lk_backup_add_string (writer, "exported", now);
  lk_json_writer_set_member_name (writer, "rounds");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < rounds->len; i++)
    {
      lk_json_writer_begin_object (writer);
      lk_survey_round_to_json (writer, g_ptr_array_index (rounds, i));
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
  lk_json_writer_end_object (writer);

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}
