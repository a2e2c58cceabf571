/* lk-json-read.h: reading JSON values with errors that name their place
 *
 * Every reader of imported JSON goes through these, so a user is told
 * where in the file something is wrong ("$.data.measures[3].deadline").
 *
 * Files are read with our own strict parser into one block of memory
 * (and written by lk-json-write.h): json-glib's parser takes more than
 * strict JSON (a comment could hide nesting deep enough to overflow its
 * recursion), and its tree of small objects made reading a large plan or
 * backup take seconds to build and free. The tree here is read-only and
 * lives as long as its LkJsonDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LK_IMPORT_ERROR (lk_import_error_quark ())

typedef enum
{
  LK_IMPORT_ERROR_TOO_LARGE,
  LK_IMPORT_ERROR_ENCODING,
  LK_IMPORT_ERROR_SYNTAX,
  LK_IMPORT_ERROR_FORMAT,
  LK_IMPORT_ERROR_VERSION,
  LK_IMPORT_ERROR_INVALID,
} LkImportError;

typedef enum
{
  LK_JSON_NULL,
  LK_JSON_BOOLEAN,
  LK_JSON_INT,
  LK_JSON_DOUBLE,
  LK_JSON_STRING,
  LK_JSON_ARRAY,
  LK_JSON_OBJECT,
} LkJsonType;

typedef struct _LkJsonNode     LkJsonNode;
typedef struct _LkJsonDocument LkJsonDocument;

GQuark          lk_import_error_quark          (void);

LkJsonDocument *lk_json_parse                  (const char        *data,
                                                gsize              length,
                                                gsize              max_size,
                                                GError           **error);
LkJsonDocument *lk_json_parse_file             (const char        *path,
                                                gsize              max_size,
                                                GError           **error);
LkJsonNode     *lk_json_document_get_root      (LkJsonDocument    *document);
void            lk_json_document_free          (LkJsonDocument    *document);

LkJsonType      lk_json_node_get_node_type     (const LkJsonNode  *node);
const char     *lk_json_node_get_string        (const LkJsonNode  *node);
gint64          lk_json_node_get_int           (const LkJsonNode  *node);
double          lk_json_node_get_double        (const LkJsonNode  *node);
gboolean        lk_json_node_get_boolean       (const LkJsonNode  *node);
gboolean        lk_json_node_is_number         (const LkJsonNode  *node);
guint           lk_json_node_get_length        (const LkJsonNode  *node);
LkJsonNode     *lk_json_array_get_element      (LkJsonNode        *array,
                                                guint              index);
LkJsonNode     *lk_json_object_get_member      (LkJsonNode        *object,
                                                const char        *name);
gboolean        lk_json_object_has_member      (LkJsonNode        *object,
                                                const char        *name);
const char     *lk_json_object_get_member_name (LkJsonNode        *object,
                                                guint              index);
LkJsonNode     *lk_json_object_get_member_at   (LkJsonNode        *object,
                                                guint              index);

#define LK_JSON_HOLDS(node, t) ((node) != NULL && lk_json_node_get_node_type (node) == (t))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkJsonDocument, lk_json_document_free)

LkJsonNode *lk_json_object         (LkJsonNode  *node,
                                    const char  *path,
                                    GError     **error);
LkJsonNode *lk_json_array_member   (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    GError     **error);
gboolean    lk_json_string_member  (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    gboolean     required,
                                    gsize        max_chars,
                                    const char **out,
                                    GError     **error);
gboolean    lk_json_date_member    (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    const char **out,
                                    GError     **error);
gboolean    lk_json_int_member     (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    gint64       min,
                                    gint64       max,
                                    gint64      *out,
                                    GError     **error);
gboolean    lk_json_number_member  (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    double       min,
                                    double       max,
                                    double      *out,
                                    GError     **error);
gboolean    lk_json_bool_member    (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    gboolean    *out,
                                    GError     **error);
gboolean    lk_json_enum_member    (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    GType        type,
                                    int         *out,
                                    GError     **error);
GStrv       lk_json_strv_member    (LkJsonNode  *object,
                                    const char  *path,
                                    const char  *member,
                                    gsize        max_chars,
                                    GError     **error);
void        lk_json_invalid        (GError     **error,
                                    const char  *path,
                                    const char  *member,
                                    const char  *message);

G_END_DECLS
