/* lk-json-write.c: writing JSON text as it is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lk-json-write.h"

/* Our documents nest a few levels; a deeper one is a programming error */
#define MAX_DEPTH 64

typedef struct
{
  gboolean object;
  guint    count;
} Level;

struct _LkJsonWriter
{
  GString  *out;
  gboolean  pretty;
  gboolean  after_name;   /* a member name waits for its value */
  guint     depth;
  Level     levels[MAX_DEPTH];
};

LkJsonWriter *
lk_json_writer_new (GString  *out,
                    gboolean  pretty)
{
  LkJsonWriter *writer = g_new0 (LkJsonWriter, 1);

  writer->out = out;
  writer->pretty = pretty;

  return writer;
}

void
lk_json_writer_free (LkJsonWriter *writer)
{
  g_free (writer);
}

static void
newline (LkJsonWriter *writer,
         guint         depth)
{
  g_string_append_c (writer->out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (writer->out, "  ");
}

/* What goes before a value: a comma after the one before it in an array
 * (in an object the member name did that) */
static void
before_value (LkJsonWriter *writer)
{
  Level *level;

  if (writer->depth == 0)
    return;
  level = &writer->levels[writer->depth - 1];
  if (writer->after_name)
    {
      writer->after_name = FALSE;
      return;
    }
  g_return_if_fail (!level->object);
  if (level->count++ > 0)
    g_string_append_c (writer->out, ',');
  if (writer->pretty)
    newline (writer, writer->depth);
}

static void
begin (LkJsonWriter *writer,
       gboolean      object)
{
  g_return_if_fail (writer->depth < MAX_DEPTH);

  before_value (writer);
  g_string_append_c (writer->out, object ? '{' : '[');
  writer->levels[writer->depth++] = (Level) { object, 0 };
}

static void
end (LkJsonWriter *writer,
     gboolean      object)
{
  Level *level;

  g_return_if_fail (writer->depth > 0 && !writer->after_name);
  level = &writer->levels[writer->depth - 1];
  g_return_if_fail (level->object == object);

  writer->depth--;
  if (writer->pretty && level->count > 0)
    newline (writer, writer->depth);
  g_string_append_c (writer->out, object ? '}' : ']');
}

void
lk_json_writer_begin_object (LkJsonWriter *writer)
{
  begin (writer, TRUE);
}

void
lk_json_writer_end_object (LkJsonWriter *writer)
{
  end (writer, TRUE);
}

void
lk_json_writer_begin_array (LkJsonWriter *writer)
{
  begin (writer, FALSE);
}

void
lk_json_writer_end_array (LkJsonWriter *writer)
{
  end (writer, FALSE);
}

void
lk_json_writer_set_member_name (LkJsonWriter *writer,
                                const char   *name)
{
  Level *level;

  g_return_if_fail (writer->depth > 0 && !writer->after_name);
  level = &writer->levels[writer->depth - 1];
  g_return_if_fail (level->object);

  if (level->count++ > 0)
    g_string_append_c (writer->out, ',');
  if (writer->pretty)
    newline (writer, writer->depth);
  lk_json_escape_append (writer->out, name);
  g_string_append (writer->out, writer->pretty ? " : " : ":");
  writer->after_name = TRUE;
}

/* Which bytes need an escape: the quote, the backslash and the controls */
static inline gboolean
needs_escape (guchar c)
{
  return c < 0x20 || c == '"' || c == '\\';
}

static void
escape_valid (GString    *out,
              const char *text,
              gsize       length)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *run = p;

      /* Most text has nothing to escape: copy it in runs */
      while (p < end && !needs_escape ((guchar) *p))
        p++;
      if (p > run)
        g_string_append_len (out, run, p - run);
      if (p == end)
        break;
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:   g_string_append_printf (out, "\\u%04x", (guchar) *p); break;
        }
      p++;
    }
}

/**
 * lk_json_escape_append:
 *
 * Appends @text as a JSON string, quotes included. Text that is not
 * UTF-8 (a database changed by another program) is written with U+FFFD
 * in place of the bad bytes: a backup the reader would refuse is worse
 * than one character lost.
 */
void
lk_json_escape_append (GString    *out,
                       const char *text)
{
  gsize length = strlen (text);

  g_string_append_c (out, '"');
  if (G_LIKELY (g_utf8_validate_len (text, length, NULL)))
    escape_valid (out, text, length);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, length);

      escape_valid (out, valid, strlen (valid));
    }
  g_string_append_c (out, '"');
}

void
lk_json_writer_add_string_value (LkJsonWriter *writer,
                                 const char   *value)
{
  if (value == NULL)
    {
      lk_json_writer_add_null_value (writer);
      return;
    }
  before_value (writer);
  lk_json_escape_append (writer->out, value);
}

static void
append_int (GString *out,
            gint64   value)
{
  char digits[24];
  char *p = digits + sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) != 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (out, p, digits + sizeof digits - p);
}

void
lk_json_writer_add_int_value (LkJsonWriter *writer,
                              gint64        value)
{
  before_value (writer);
  append_int (writer->out, value);
}

/* Most of our numbers have up to three decimals (87.5, 0.25): written
 * by hand when the digits read back as exactly this double, as the
 * decimal nearest to r/1000 is then the one r/1000.0 rounds to. */
static gboolean
append_short_decimal (GString *out,
                      double   value)
{
  double scaled = value * 1000;
  gint64 r;
  int decimals = 3;

  if (!(fabs (scaled) < 1e15))
    return FALSE;
  r = (gint64) llround (scaled);
  if ((double) r / 1000.0 != value)
    return FALSE;
  if (r < 0)
    {
      g_string_append_c (out, '-');
      r = -r;
    }
  append_int (out, r / 1000);
  r %= 1000;
  while (decimals > 1 && r % 10 == 0)
    {
      r /= 10;
      decimals--;
    }
  g_string_append_c (out, '.');
  for (int d = decimals - 1; d >= 0; d--)
    g_string_append_c (out, '0' + (int) (r / (d == 2 ? 100 : d == 1 ? 10 : 1)) % 10);

  return TRUE;
}

/* The shortest of %.15g and %.17g that reads back as the same number, so
 * 0.1 is written 0.1; JSON has no NaN or infinity, they are written null. */
void
lk_json_writer_add_double_value (LkJsonWriter *writer,
                                 double        value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      lk_json_writer_add_null_value (writer);
      return;
    }
  before_value (writer);
  if (append_short_decimal (writer->out, value))
    return;
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (writer->out, buffer);
  /* A whole double stays a double when read back */
  if (strpbrk (buffer, ".eEn") == NULL)
    g_string_append (writer->out, ".0");
}

void
lk_json_writer_add_boolean_value (LkJsonWriter *writer,
                                  gboolean      value)
{
  before_value (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
lk_json_writer_add_null_value (LkJsonWriter *writer)
{
  before_value (writer);
  g_string_append (writer->out, "null");
}
