/* lk-json-read.h: reading JSON values with errors that name their place
 *
 * Every reader of imported JSON goes through these, so a user is told
 * where in the file something is wrong ("$.data.measures[3].deadline").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

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

GQuark      lk_import_error_quark  (void);

JsonNode   *lk_json_parse          (const char  *data,
                                    gsize        length,
                                    gsize        max_size,
                                    GError     **error);
JsonObject *lk_json_object         (JsonNode    *node,
                                    const char  *path,
                                    GError     **error);
JsonArray  *lk_json_array_member  (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    GError     **error);
gboolean    lk_json_string_member  (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    gboolean     required,
                                    gsize        max_chars,
                                    const char **out,
                                    GError     **error);
gboolean    lk_json_date_member    (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    const char **out,
                                    GError     **error);
gboolean    lk_json_int_member     (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    gint64       min,
                                    gint64       max,
                                    gint64      *out,
                                    GError     **error);
gboolean    lk_json_number_member  (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    double       min,
                                    double       max,
                                    double      *out,
                                    GError     **error);
gboolean    lk_json_bool_member    (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    gboolean    *out,
                                    GError     **error);
GStrv       lk_json_strv_member    (JsonObject  *object,
                                    const char  *path,
                                    const char  *member,
                                    gsize        max_chars,
                                    GError     **error);
void        lk_json_invalid        (GError     **error,
                                    const char  *path,
                                    const char  *member,
                                    const char  *message);

G_END_DECLS
