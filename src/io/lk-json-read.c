/* lk-json-read.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lk-json-read.h"
#include "lk-date.h"
#include "lk-enum.h"

G_DEFINE_QUARK (lk-import-error-quark, lk_import_error)

/* Deeper nesting than any of our documents has is refused, so a hostile
 * file cannot exhaust the stack. */
#define MAX_DEPTH 32
#define BLOCK_SIZE (256 * 1024)
/* How much read text a file's parse lets go of at a time */
#define RELEASE_STEP (8 * 1024 * 1024)

struct _LkJsonNode
{
  guint32 type;
  guint32 length;            /* members, elements, or bytes of a string */
  union
  {
    gint64          i;
    double          d;
    gboolean        b;
    const char     *s;
    LkJsonNode     *elements;
    struct _Member *members;
  };
};

typedef struct _Member
{
  const char *name;
  LkJsonNode  value;
} Member;

struct _LkJsonDocument
{
  GSList     *blocks;
  char       *next;
  gsize       left;
  LkJsonNode  root;
};

typedef enum
{
  FAIL_SYNTAX,
  FAIL_DEEP,
  FAIL_NUL,
} Failure;

typedef struct
{
  LkJsonDocument *doc;
  const char     *data;
  const char     *p;
  const char     *end;
  GArray         *stack;     /* Member: the children of open arrays and objects */
  /* Member names seen, by a hash of their bytes: a document says "uuid" a
   * hundred thousand times, and one copy of it does */
  const char     *names[256];
  guint32         name_lengths[256];
  const char     *fail_at;
  Failure         failure;
  /* A file's text, page-aligned and ours to let go: everything before
   * @released is gone (zeros), its @released_lines lines counted */
  gboolean        release;
  const char     *released;
  unsigned        released_lines;
  const char     *scanned;   /* looked at for a line's end up to here */
} Parser;

void
lk_json_document_free (LkJsonDocument *document)
{
  if (document == NULL)
    return;
  g_slist_free_full (document->blocks, g_free);
  g_free (document);
}

LkJsonNode *
lk_json_document_get_root (LkJsonDocument *document)
{
  return &document->root;
}

static gpointer
arena_alloc (LkJsonDocument *doc,
             gsize           size)
{
  gpointer mem;

  size = (size + 7) & ~(gsize) 7;
  if (size > BLOCK_SIZE / 4)
    {
      /* Large pieces get a block of their own, behind the current one */
      mem = g_malloc (size);
      if (doc->blocks != NULL)
        doc->blocks->next = g_slist_prepend (doc->blocks->next, mem);
      else
        doc->blocks = g_slist_prepend (NULL, mem);
      return mem;
    }
  if (size > doc->left)
    {
      doc->next = g_malloc (BLOCK_SIZE);
      doc->left = BLOCK_SIZE;
      doc->blocks = g_slist_prepend (doc->blocks, doc->next);
    }
  mem = doc->next;
  doc->next += size;
  doc->left -= size;

  return mem;
}

static gboolean
fail (Parser     *parser,
      const char *at,
      Failure     failure)
{
  parser->fail_at = MIN (at, parser->end);
  parser->failure = failure;
  return FALSE;
}

static inline void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

static gboolean parse_string (Parser      *parser,
                              const char **out,
                              guint32     *out_length);

/* A member name: short plain names are shared, anything else parsed as
 * any string */
static gboolean
parse_name (Parser      *parser,
            const char **out,
            guint32     *out_length)
{
  const char *start = parser->p + 1;
  const char *q = start;
  guint32 hash = 5381;
  guint slot;

  while (q < parser->end && q - start < 48 && *q != '"' && *q != '\\' && (guchar) *q >= 0x20)
    hash = hash * 33 + (guchar) *q++;
  if (q >= parser->end || *q != '"')
    return parse_string (parser, out, out_length);

  slot = hash & 255;
  if (parser->names[slot] != NULL && parser->name_lengths[slot] == (guint32) (q - start) &&
      memcmp (parser->names[slot], start, q - start) == 0)
    {
      *out = parser->names[slot];
      *out_length = q - start;
      parser->p = q + 1;
      return TRUE;
    }
  if (!parse_string (parser, out, out_length))
    return FALSE;
  parser->names[slot] = *out;
  parser->name_lengths[slot] = *out_length;

  return TRUE;
}

/* A string, its opening quote at p; the text unescaped into the arena */
static gboolean
parse_string (Parser      *parser,
              const char **out,
              guint32     *out_length)
{
  const char *start = ++parser->p;
  const char *q = start;
  gboolean escaped = FALSE;
  char *text, *w;

  while (q < parser->end && *q != '"')
    {
      if ((guchar) *q < 0x20)
        return fail (parser, q, FAIL_SYNTAX);
      if (*q == '\\')
        {
          escaped = TRUE;
          q++;
        }
      q++;
    }
  if (q >= parser->end)
    return fail (parser, parser->end, FAIL_SYNTAX);

  /* Escapes only ever shorten the text */
  text = arena_alloc (parser->doc, q - start + 1);
  if (!escaped)
    {
      memcpy (text, start, q - start);
      text[q - start] = '\0';
      *out = text;
      *out_length = q - start;
      parser->p = q + 1;
      return TRUE;
    }

  w = text;
  for (const char *r = start; r < q; r++)
    {
      gunichar c;
      int u;

      if (*r != '\\')
        {
          *w++ = *r;
          continue;
        }
      switch (*++r)
        {
        case '"': *w++ = '"'; continue;
        case '\\': *w++ = '\\'; continue;
        case '/': *w++ = '/'; continue;
        case 'b': *w++ = '\b'; continue;
        case 'f': *w++ = '\f'; continue;
        case 'n': *w++ = '\n'; continue;
        case 'r': *w++ = '\r'; continue;
        case 't': *w++ = '\t'; continue;
        case 'u': break;
        default: return fail (parser, r, FAIL_SYNTAX);
        }
      if (q - r < 5 || (u = hex4 (r + 1)) < 0)
        return fail (parser, r, FAIL_SYNTAX);
      /* A "\u0000" would end the text where it stands, silently */
      if (u == 0)
        return fail (parser, r - 1, FAIL_NUL);
      r += 4;
      c = u;
      if (u >= 0xD800 && u <= 0xDBFF)
        {
          int low;

          if (q - r < 7 || r[1] != '\\' || r[2] != 'u' || (low = hex4 (r + 3)) < 0xDC00 || low > 0xDFFF)
            return fail (parser, r, FAIL_SYNTAX);
          c = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
          r += 6;
        }
      else if (u >= 0xDC00 && u <= 0xDFFF)
        return fail (parser, r, FAIL_SYNTAX);
      w += g_unichar_to_utf8 (c, w);
    }
  *w = '\0';
  *out = text;
  *out_length = w - text;
  parser->p = q + 1;

  return TRUE;
}

static gboolean
parse_number (Parser     *parser,
              LkJsonNode *node)
{
  const char *p = parser->p, *start = p;
  gboolean integral = TRUE;
  char buffer[64];
  char *end = NULL;

  if (p < parser->end && *p == '-')
    p++;
  if (p >= parser->end || !g_ascii_isdigit (*p))
    return fail (parser, p, FAIL_SYNTAX);
  if (*p == '0')
    p++;
  else
    while (p < parser->end && g_ascii_isdigit (*p))
      p++;
  if (p < parser->end && *p == '.')
    {
      integral = FALSE;
      if (++p >= parser->end || !g_ascii_isdigit (*p))
        return fail (parser, p, FAIL_SYNTAX);
      while (p < parser->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < parser->end && (*p == 'e' || *p == 'E'))
    {
      integral = FALSE;
      p++;
      if (p < parser->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= parser->end || !g_ascii_isdigit (*p))
        return fail (parser, p, FAIL_SYNTAX);
      while (p < parser->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p - start >= (gssize) sizeof buffer)
    return fail (parser, start, FAIL_SYNTAX);
  /* The data need not end after the number: parse a copy */
  memcpy (buffer, start, p - start);
  buffer[p - start] = '\0';
  if (integral)
    {
      errno = 0;
      node->i = g_ascii_strtoll (buffer, &end, 10);
      node->type = LK_JSON_INT;
      if (errno == ERANGE)
        integral = FALSE;
    }
  if (!integral)
    {
      node->d = g_ascii_strtod (buffer, &end);
      node->type = LK_JSON_DOUBLE;
      if (!isfinite (node->d))
        return fail (parser, start, FAIL_SYNTAX);
    }
  parser->p = p;

  return TRUE;
}

static gboolean
parse_word (Parser     *parser,
            const char *word,
            gsize       length)
{
  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return fail (parser, parser->p, FAIL_SYNTAX);
  parser->p += length;

  return TRUE;
}

static gboolean parse_value (Parser     *parser,
                             LkJsonNode *node,
                             int         depth);

/* Every string read is copied into the document: the text behind the
 * parser can go, whole pages up to the line it is on, which stays for
 * an error's line and column. */
static void
release_behind (Parser *parser)
{
  gsize page = sysconf (_SC_PAGESIZE);
  const char *line = parser->p;
  const char *upto;

  /* Each byte looked at once: a file on one line keeps its text */
  while (line > parser->scanned && line[-1] != '\n')
    line--;
  parser->scanned = parser->p;
  if (line <= parser->released || line[-1] != '\n')
    return;
  /* Keep the newline before the line too */
  upto = parser->data + ((gsize) (line - 1 - parser->data) / page) * page;
  if (upto <= parser->released)
    return;
  for (const char *p = parser->released; (p = memchr (p, '\n', upto - p)) != NULL; p++)
    parser->released_lines++;
  madvise ((void *) parser->released, upto - parser->released, MADV_DONTNEED);
  parser->released = upto;
}

/* The children from @base on leave the stack for the arena */
static void
close_container (Parser     *parser,
                 LkJsonNode *node,
                 guint       base)
{
  guint n = parser->stack->len - base;
  Member *children = &g_array_index (parser->stack, Member, base);

  node->length = n;
  if (node->type == LK_JSON_OBJECT)
    {
      node->members = n ? arena_alloc (parser->doc, n * sizeof (Member)) : NULL;
      if (n)
        memcpy (node->members, children, n * sizeof (Member));
    }
  else
    {
      node->elements = n ? arena_alloc (parser->doc, n * sizeof (LkJsonNode)) : NULL;
      for (guint i = 0; i < n; i++)
        node->elements[i] = children[i].value;
    }
  g_array_set_size (parser->stack, base);
}

static gboolean
parse_container (Parser     *parser,
                 LkJsonNode *node,
                 int         depth)
{
  gboolean object = *parser->p == '{';
  char close = object ? '}' : ']';
  guint base = parser->stack->len;

  if (depth >= MAX_DEPTH)
    return fail (parser, parser->p, FAIL_DEEP);
  node->type = object ? LK_JSON_OBJECT : LK_JSON_ARRAY;
  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == close)
    {
      parser->p++;
      close_container (parser, node, base);
      return TRUE;
    }

  for (;;)
    {
      Member member = { NULL, { 0 } };
      guint32 name_length;

      skip_space (parser);
      if (object)
        {
          if (parser->p >= parser->end || *parser->p != '"')
            return fail (parser, parser->p, FAIL_SYNTAX);
          if (!parse_name (parser, &member.name, &name_length))
            return FALSE;
          skip_space (parser);
          if (parser->p >= parser->end || *parser->p != ':')
            return fail (parser, parser->p, FAIL_SYNTAX);
          parser->p++;
          skip_space (parser);
        }
      if (!parse_value (parser, &member.value, depth + 1))
        return FALSE;
      g_array_append_val (parser->stack, member);
      if (parser->release && parser->p - parser->scanned >= RELEASE_STEP)
        release_behind (parser);
      skip_space (parser);
      if (parser->p >= parser->end)
        return fail (parser, parser->p, FAIL_SYNTAX);
      if (*parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (*parser->p != close)
        return fail (parser, parser->p, FAIL_SYNTAX);
      parser->p++;
      break;
    }
  close_container (parser, node, base);

  return TRUE;
}

static gboolean
parse_value (Parser     *parser,
             LkJsonNode *node,
             int         depth)
{
  if (parser->p >= parser->end)
    return fail (parser, parser->p, FAIL_SYNTAX);
  switch (*parser->p)
    {
    case '{':
    case '[':
      return parse_container (parser, node, depth);
    case '"':
      node->type = LK_JSON_STRING;
      return parse_string (parser, &node->s, &node->length);
    case 't':
      node->type = LK_JSON_BOOLEAN;
      node->b = TRUE;
      return parse_word (parser, "true", 4);
    case 'f':
      node->type = LK_JSON_BOOLEAN;
      node->b = FALSE;
      return parse_word (parser, "false", 5);
    case 'n':
      node->type = LK_JSON_NULL;
      return parse_word (parser, "null", 4);
    default:
      return parse_number (parser, node);
    }
}

static void
line_and_column (const Parser *parser,
                 const char   *at,
                 unsigned     *line,
                 unsigned     *column)
{
  const char *line_start = parser->released;

  *line = 1 + parser->released_lines;
  for (const char *p = parser->released; p < at; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = (unsigned) g_utf8_strlen (line_start, at - line_start) + 1;
}

/**
 * lk_json_parse:
 *
 * Checks size and encoding, then reads the document as strict JSON
 * (RFC 8259), nested at most 32 deep.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
static LkJsonDocument *
too_large (gsize    max_size,
           GError **error)
{
  g_autofree char *size = g_format_size (max_size);

  g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE,
               _("The file is too large (more than %s)."), size);

  return NULL;
}

static LkJsonDocument *
parse (const char  *data,
       gsize        length,
       gsize        max_size,
       gboolean     release,
       GError     **error)
{
  g_autoptr(LkJsonDocument) doc = NULL;
  g_autoptr(GArray) stack = NULL;
  const char *end = NULL;
  unsigned line = 0, column = 0;
  Parser parser;

  if (length > max_size)
    return too_large (max_size, error);

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_ENCODING,
                   _("The file is not valid UTF-8 text (at byte %lu)."),
                   (unsigned long)(end - data));
      return NULL;
    }

  doc = g_new0 (LkJsonDocument, 1);
  stack = g_array_sized_new (FALSE, FALSE, sizeof (Member), 256);
  parser = (Parser) { .doc = doc, .data = data, .p = data, .end = data + length, .stack = stack,
                     .fail_at = NULL, .failure = FAIL_SYNTAX, .release = release, .released = data,
                     .scanned = data };
  /* A byte order mark is not JSON, but editors on Windows add one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    parser.p += 3;
  skip_space (&parser);
  if (parser.p == parser.end)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("The file is empty."));
      return NULL;
    }

  if (parse_value (&parser, &doc->root, 0))
    {
      skip_space (&parser);
      if (parser.p == parser.end)
        return g_steal_pointer (&doc);
      fail (&parser, parser.p, FAIL_SYNTAX);
    }

  line_and_column (&parser, parser.fail_at, &line, &column);
  switch (parser.failure)
    {
    case FAIL_DEEP:
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("The file is nested too deeply to be a Lederkompass file."));
      break;
    case FAIL_NUL:
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                   _("A text in the file holds a null character (line %u, column %u), which "
                     "would cut it short."),
                   line, column);
      break;
    case FAIL_SYNTAX:
    default:
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                   _("The file is not valid JSON (line %u, column %u). It may be damaged "
                     "or cut off."),
                   line, column);
      break;
    }

  return NULL;
}

LkJsonDocument *
lk_json_parse (const char  *data,
               gsize        length,
               gsize        max_size,
               GError     **error)
{
  return parse (data, length, max_size, FALSE, error);
}

/**
 * lk_json_parse_file:
 *
 * lk_json_parse() on a file's text, read after its size is checked. The
 * text is let go as the parser passes it: a large backup is never held
 * twice, as text and as document.
 */
LkJsonDocument *
lk_json_parse_file (const char  *path,
                    gsize        max_size,
                    GError     **error)
{
  LkJsonDocument *doc;
  struct stat st;
  gsize length = 0;
  char *data;
  int fd;

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0 || fstat (fd, &st) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not read “%s”: %s"), path, g_strerror (saved));
      return NULL;
    }
  if ((guint64) st.st_size > max_size || st.st_size == 0)
    {
      close (fd);
      return st.st_size == 0 ? parse ("", 0, max_size, FALSE, error) : too_large (max_size, error);
    }
  /* Pages of our own, to give back to the system as the parser passes */
  data = mmap (NULL, st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (data == MAP_FAILED)
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOMEM,
                   _("Could not read “%s”: %s"), path, g_strerror (ENOMEM));
      return NULL;
    }
  while (length < (gsize) st.st_size)
    {
      gssize n = read (fd, data + length, st.st_size - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          munmap (data, st.st_size);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not read “%s”: %s"), path, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;     /* it grew shorter since: what is there */
      length += n;
    }
  close (fd);
  doc = parse (data, length, max_size, TRUE, error);
  munmap (data, st.st_size);

  return doc;
}

LkJsonType
lk_json_node_get_node_type (const LkJsonNode *node)
{
  return node->type;
}

const char *
lk_json_node_get_string (const LkJsonNode *node)
{
  return node->type == LK_JSON_STRING ? node->s : NULL;
}

gint64
lk_json_node_get_int (const LkJsonNode *node)
{
  return node->type == LK_JSON_INT ? node->i : node->type == LK_JSON_DOUBLE ? (gint64) node->d : 0;
}

/* Whole numbers too */
double
lk_json_node_get_double (const LkJsonNode *node)
{
  return node->type == LK_JSON_DOUBLE ? node->d : node->type == LK_JSON_INT ? (double) node->i : 0;
}

gboolean
lk_json_node_get_boolean (const LkJsonNode *node)
{
  return node->type == LK_JSON_BOOLEAN && node->b;
}

gboolean
lk_json_node_is_number (const LkJsonNode *node)
{
  return node != NULL && (node->type == LK_JSON_INT || node->type == LK_JSON_DOUBLE);
}

guint
lk_json_node_get_length (const LkJsonNode *node)
{
  return node->type == LK_JSON_ARRAY || node->type == LK_JSON_OBJECT ? node->length : 0;
}

LkJsonNode *
lk_json_array_get_element (LkJsonNode *array,
                           guint       index)
{
  g_return_val_if_fail (array->type == LK_JSON_ARRAY && index < array->length, NULL);

  return &array->elements[index];
}

/* As json-glib does, the last of two members with one name counts */
LkJsonNode *
lk_json_object_get_member (LkJsonNode *object,
                           const char *name)
{
  if (object == NULL || object->type != LK_JSON_OBJECT)
    return NULL;
  for (guint i = object->length; i-- > 0;)
    if (object->members[i].name[0] == name[0] && strcmp (object->members[i].name, name) == 0)
      return &object->members[i].value;

  return NULL;
}

gboolean
lk_json_object_has_member (LkJsonNode *object,
                           const char *name)
{
  return lk_json_object_get_member (object, name) != NULL;
}

const char *
lk_json_object_get_member_name (LkJsonNode *object,
                                guint       index)
{
  g_return_val_if_fail (object->type == LK_JSON_OBJECT && index < object->length, NULL);

  return object->members[index].name;
}

LkJsonNode *
lk_json_object_get_member_at (LkJsonNode *object,
                              guint       index)
{
  g_return_val_if_fail (object->type == LK_JSON_OBJECT && index < object->length, NULL);

  return &object->members[index].value;
}

void
lk_json_invalid (GError     **error,
                 const char  *path,
                 const char  *member,
                 const char  *message)
{
  if (member != NULL)
    /* Translators: the first %s is a place in the file like $.data.measures[3],
     * the second a field name, the third what is wrong */
    g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                 _("%s.%s: %s"), path, member, message);
  else
    g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                 _("%s: %s"), path, message);
}

LkJsonNode *
lk_json_object (LkJsonNode  *node,
                const char  *path,
                GError     **error)
{
  if (node == NULL || !LK_JSON_HOLDS (node, LK_JSON_OBJECT))
    {
      lk_json_invalid (error, path, NULL, _("expected an object { … }"));
      return NULL;
    }

  return node;
}

LkJsonNode *
lk_json_array_member (LkJsonNode  *object,
                      const char  *path,
                      const char  *member,
                      GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);

  if (node == NULL)
    {
      lk_json_invalid (error, path, member, _("is missing"));
      return NULL;
    }

  if (!LK_JSON_HOLDS (node, LK_JSON_ARRAY))
    {
      lk_json_invalid (error, path, member, _("expected a list [ … ]"));
      return NULL;
    }

  return node;
}

/**
 * lk_json_string_member:
 * @out: (out) (nullable): the text, or %NULL for a missing optional member or null
 */
gboolean
lk_json_string_member (LkJsonNode  *object,
                       const char  *path,
                       const char  *member,
                       gboolean     required,
                       gsize        max_chars,
                       const char **out,
                       GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);
  const char *value;

  *out = NULL;

  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    {
      if (required)
        {
          lk_json_invalid (error, path, member, _("is missing"));
          return FALSE;
        }
      return TRUE;
    }

  if (node->type != LK_JSON_STRING)
    {
      lk_json_invalid (error, path, member, _("expected text"));
      return FALSE;
    }

  value = lk_json_node_get_string (node);
  if (required && *value == '\0')
    {
      lk_json_invalid (error, path, member, _("must not be empty"));
      return FALSE;
    }

  /* No more bytes than allowed characters needs no counting */
  if (max_chars > 0 && node->length > max_chars && g_utf8_strlen (value, -1) > (glong)max_chars)
    {
      g_autofree char *msg = g_strdup_printf (_("is longer than %lu characters"),
                                              (unsigned long)max_chars);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  *out = value;

  return TRUE;
}

gboolean
lk_json_date_member (LkJsonNode  *object,
                     const char  *path,
                     const char  *member,
                     const char **out,
                     GError     **error)
{
  if (!lk_json_string_member (object, path, member, FALSE, 10, out, error))
    return FALSE;

  if (*out != NULL && !lk_date_is_valid_iso (*out))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a date (YYYY-MM-DD)"), *out);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  return TRUE;
}

gboolean
lk_json_int_member (LkJsonNode  *object,
                    const char  *path,
                    const char  *member,
                    gint64       min,
                    gint64       max,
                    gint64      *out,
                    GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    {
      lk_json_invalid (error, path, member, _("is missing"));
      return FALSE;
    }

  if (node->type != LK_JSON_INT)
    {
      lk_json_invalid (error, path, member, _("expected a whole number"));
      return FALSE;
    }

  value = lk_json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *msg = g_strdup_printf (_("must be between %lld and %lld"),
                                              (long long)min, (long long)max);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  *out = value;

  return TRUE;
}

/* Optional: a missing member or null leaves @out as it was (NAN for an
 * unset number); whole numbers and decimals both count. */
gboolean
lk_json_number_member (LkJsonNode  *object,
                       const char  *path,
                       const char  *member,
                       double       min,
                       double       max,
                       double      *out,
                       GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);
  double value;

  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return TRUE;
  if (!lk_json_node_is_number (node))
    {
      lk_json_invalid (error, path, member, _("expected a number"));
      return FALSE;
    }
  value = lk_json_node_get_double (node);
  if (!(value >= min && value <= max))
    {
      g_autofree char *msg = g_strdup_printf (_("must be between %g and %g"), min, max);

      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }
  *out = value;

  return TRUE;
}

/* Optional; a missing member is FALSE. */
gboolean
lk_json_bool_member (LkJsonNode  *object,
                     const char  *path,
                     const char  *member,
                     gboolean    *out,
                     GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return TRUE;

  if (node->type != LK_JSON_BOOLEAN)
    {
      lk_json_invalid (error, path, member, _("expected true or false"));
      return FALSE;
    }
  *out = lk_json_node_get_boolean (node);

  return TRUE;
}

/**
 * lk_json_strv_member:
 *
 * An optional list of texts; a missing member is an empty list.
 *
 * Returns: (transfer full) (nullable): the texts, or %NULL with @error set
 */
GStrv
lk_json_strv_member (LkJsonNode  *object,
                     const char  *path,
                     const char  *member,
                     gsize        max_chars,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  LkJsonNode *node = lk_json_object_get_member (object, member);
  LkJsonNode *array;

  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return g_new0 (char *, 1);

  if (!LK_JSON_HOLDS (node, LK_JSON_ARRAY))
    {
      lk_json_invalid (error, path, member, _("expected a list [ … ]"));
      return NULL;
    }

  array = node;
  for (guint i = 0; i < lk_json_node_get_length (array); i++)
    {
      LkJsonNode *item = lk_json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);
      const char *text;

      if (item->type != LK_JSON_STRING)
        {
          lk_json_invalid (error, path, where, _("expected text"));
          return NULL;
        }
      text = lk_json_node_get_string (item);
      if (max_chars > 0 && g_utf8_strlen (text, -1) > (glong)max_chars)
        {
          g_autofree char *msg = g_strdup_printf (_("is longer than %lu characters"),
                                                  (unsigned long)max_chars);
          lk_json_invalid (error, path, where, msg);
          return NULL;
        }
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* An optional enumeration by its mkenums nick; a missing member leaves
 * @out as it was */
gboolean
lk_json_enum_member (LkJsonNode  *object,
                     const char  *path,
                     const char  *member,
                     GType        type,
                     int         *out,
                     GError     **error)
{
  const char *nick = NULL;

  if (!lk_json_string_member (object, path, member, FALSE, 40, &nick, error))
    return FALSE;
  if (nick != NULL && !lk_enum_from_nick (type, nick, out))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a known value"), nick);

      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  return TRUE;
}
