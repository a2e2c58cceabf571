/* lk-json-write.h: writing JSON text as it is made
 *
 * The counterpart of lk-json-read.h: every document the application
 * writes (backups, plan exchange, 10-faktor exports) is written through
 * this. Values go straight into a GString, escaped once; json-glib's
 * writer made a tree of small objects per item and its generator walked
 * it again, which was half the time of a large backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LkJsonWriter LkJsonWriter;

LkJsonWriter *lk_json_writer_new               (GString  *out,
                                                gboolean  pretty);
void          lk_json_writer_free              (LkJsonWriter *writer);

void          lk_json_writer_begin_object      (LkJsonWriter *writer);
void          lk_json_writer_end_object        (LkJsonWriter *writer);
void          lk_json_writer_begin_array       (LkJsonWriter *writer);
void          lk_json_writer_end_array         (LkJsonWriter *writer);
void          lk_json_writer_set_member_name   (LkJsonWriter *writer,
                                                const char   *name);
void          lk_json_writer_add_string_value  (LkJsonWriter *writer,
                                                const char   *value);
void          lk_json_writer_add_int_value     (LkJsonWriter *writer,
                                                gint64        value);
void          lk_json_writer_add_double_value  (LkJsonWriter *writer,
                                                double        value);
void          lk_json_writer_add_boolean_value (LkJsonWriter *writer,
                                                gboolean      value);
void          lk_json_writer_add_null_value    (LkJsonWriter *writer);

void          lk_json_escape_append            (GString      *out,
                                                const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkJsonWriter, lk_json_writer_free)

G_END_DECLS
