/* lk-backup-risk.c: the risk area's sections of the backup document
 *
 *   "risk-assessments": [ { uuid, title, workplace, unit, date, participants,
 *        matrix: { size, zones: "gyr/…", probability-labels: [..], consequence-labels: [..] },
 *        consequence-types: [..],
 *        screening: [ { topic, "4v": ["viktig", "vanlig", "vanskelig", "variasjon"], chosen } ],
 *        risks: [ { uuid, hazard, causes, consequence-types: [..],
 *                   probability-before, consequence-before, controls, enough,
 *                   probability-after, consequence-after, follow-up, top-event,
 *                   bowtie-causes: [ { uuid, text, barriers: [ { uuid, text, measure } ] } ],
 *                   bowtie-consequences: [ … ] } ],
 *        created, updated } ]
 *   "deviations": [ { uuid, date, description, cause, severity, risk, measure, status,
 *                     created, updated } ]
 *
 * Probabilities and consequences are positions from 0 to 1 (null: not
 * assessed), as stored, so a file keeps values across matrix sizes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-enum.h"
#include "lk-risk.h"


static void
add_position (LkJsonWriter *writer,
              const char   *name,
              double        position)
{
  lk_json_writer_set_member_name (writer, name);
  if (position >= 0.0 && position <= 1.0)
    lk_json_writer_add_double_value (writer, position);
  else
    lk_json_writer_add_null_value (writer);
}

static void
add_labels (LkJsonWriter  *writer,
            const char    *name,
            char * const  *labels,
            guint          n)
{
  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    lk_json_writer_add_string_value (writer, labels[i] ? labels[i] : "");
  lk_json_writer_end_array (writer);
}

static void
add_bowtie (LkJsonWriter *writer,
            const char   *name,
            GPtrArray    *items)
{
  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < items->len; i++)
    {
      LkBowtieItem *item = g_ptr_array_index (items, i);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "uuid", item->uuid);
      lk_backup_add_string (writer, "text", item->text);
      lk_json_writer_set_member_name (writer, "barriers");
      lk_json_writer_begin_array (writer);
      for (guint b = 0; b < item->barriers->len; b++)
        {
          LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

          lk_json_writer_begin_object (writer);
          lk_backup_add_string (writer, "uuid", barrier->uuid);
          lk_backup_add_string (writer, "text", barrier->text);
          lk_backup_add_string (writer, "measure", barrier->measure_uuid);
          lk_json_writer_end_object (writer);
        }
      lk_json_writer_end_array (writer);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
}

static void
add_risk (LkJsonWriter *writer,
          LkRisk       *risk)
{
  lk_json_writer_begin_object (writer);
  lk_backup_add_string (writer, "uuid", risk->uuid);
  lk_backup_add_string (writer, "hazard", risk->hazard);
  lk_backup_add_string (writer, "causes", risk->causes);
  lk_backup_add_strv (writer, "consequence-types", (const char * const *)risk->consequence_types);
  add_position (writer, "probability-before", risk->p_before);
  add_position (writer, "consequence-before", risk->c_before);
  lk_backup_add_string (writer, "controls", risk->controls);
  lk_json_writer_set_member_name (writer, "enough");
  if (risk->enough >= 0)
    lk_json_writer_add_boolean_value (writer, risk->enough == 1);
  else
    lk_json_writer_add_null_value (writer);
  add_position (writer, "probability-after", risk->p_after);
  add_position (writer, "consequence-after", risk->c_after);
  lk_backup_add_string (writer, "follow-up", risk->follow_up);
  lk_backup_add_string (writer, "top-event", risk->top_event);
  add_bowtie (writer, "bowtie-causes", risk->bowtie_causes);
  add_bowtie (writer, "bowtie-consequences", risk->bowtie_consequences);
  lk_json_writer_end_object (writer);
}

static GPtrArray *
assessments_list (LkStore  *store,
                  GError  **error)
{
  return lk_store_list_risk_assessments (store, error);
}

static void
assessment_write (LkJsonWriter  *writer,
                  gconstpointer  item)
{
  const LkRiskAssessment *a = item;
  g_autofree char *zones = lk_risk_matrix_zones_to_string (&a->matrix);

  lk_backup_add_string (writer, "uuid", a->uuid);
  lk_backup_add_string (writer, "title", a->title);
  lk_backup_add_string (writer, "workplace", a->workplace);
  lk_backup_add_string (writer, "unit", a->unit);
  lk_backup_add_string (writer, "date", a->date);
  lk_backup_add_string (writer, "participants", a->participants);

  lk_json_writer_set_member_name (writer, "matrix");
  lk_json_writer_begin_object (writer);
  lk_json_writer_set_member_name (writer, "size");
  lk_json_writer_add_int_value (writer, a->matrix.size);
  lk_backup_add_string (writer, "zones", zones);
  add_labels (writer, "probability-labels", a->matrix.probability_labels, a->matrix.size);
  add_labels (writer, "consequence-labels", a->matrix.consequence_labels, a->matrix.size);
  lk_json_writer_end_object (writer);
  lk_backup_add_strv (writer, "consequence-types", (const char * const *)a->consequence_types);

  lk_json_writer_set_member_name (writer, "screening");
  lk_json_writer_begin_array (writer);
  for (guint s = 0; s < a->screening->len; s++)
    {
      LkScreeningTopic *t = g_ptr_array_index (a->screening, s);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "topic", t->topic);
      lk_json_writer_set_member_name (writer, "4v");
      lk_json_writer_begin_array (writer);
      for (guint bit = 1; bit <= LK_4V_VARIASJON; bit <<= 1)
        if (t->flags & bit)
          lk_json_writer_add_string_value (writer, lk_flag_to_nick (LK_TYPE_SCREENING_FLAGS, bit));
      lk_json_writer_end_array (writer);
      lk_json_writer_set_member_name (writer, "chosen");
      lk_json_writer_add_boolean_value (writer, t->chosen);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);

  lk_json_writer_set_member_name (writer, "risks");
  lk_json_writer_begin_array (writer);
  for (guint r = 0; r < a->risks->len; r++)
    add_risk (writer, g_ptr_array_index (a->risks, r));
  lk_json_writer_end_array (writer);

  lk_backup_add_string (writer, "created", a->created);
  lk_backup_add_string (writer, "updated", a->updated);
}

/* --- reading ----------------------------------------------------------------- */

/* A number from 0 to 1, or null/missing for "not assessed" */
static gboolean
read_position (LkJsonNode  *object,
               const char  *path,
               const char  *member,
               double      *out,
               GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);

  *out = LK_RISK_UNSET;
  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return TRUE;

  if (!lk_json_node_is_number (node))
    {
      lk_json_invalid (error, path, member, _("expected a number from 0 to 1, or null"));
      return FALSE;
    }
  *out = lk_json_node_get_double (node);
  if (!(*out >= 0.0 && *out <= 1.0))
    {
      lk_json_invalid (error, path, member, _("expected a number from 0 to 1, or null"));
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
bowtie_read (LkJsonNode  *object,
             const char  *path,
             const char  *member,
             GHashTable  *seen,
             GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  LkJsonNode *array;

  /* Optional: a risk without a bowtie may leave it out */
  if (!lk_json_object_has_member (object, member))
    return g_steal_pointer (&items);
  if (!(array = lk_json_array_member (object, path, member, error)))
    return NULL;

  for (guint i = 0; i < lk_json_node_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.%s[%u]", path, member, i);
      const char *uuid, *text;
      LkJsonNode *item_object;
      LkJsonNode *barriers;
      LkBowtieItem *item;

      if (!(item_object = lk_json_object (lk_json_array_get_element (array, i), item_path, error)) ||
          !lk_backup_read_uuid (item_object, item_path, "uuid", TRUE, &uuid, error) ||
          !lk_json_string_member (item_object, item_path, "text", TRUE, 500, &text, error) ||
          !(barriers = lk_json_array_member (item_object, item_path, "barriers", error)) ||
          !lk_backup_check_unique (seen, uuid, item_path, error))
        return NULL;

      item = lk_bowtie_item_new (text);
      g_free (item->uuid);
      item->uuid = g_strdup (uuid);
      g_ptr_array_add (items, item);

      for (guint b = 0; b < lk_json_node_get_length (barriers); b++)
        {
          g_autofree char *b_path = g_strdup_printf ("%s.barriers[%u]", item_path, b);
          const char *b_uuid, *b_text, *measure;
          LkJsonNode *b_object;
          LkBarrier *barrier;

          if (!(b_object = lk_json_object (lk_json_array_get_element (barriers, b), b_path, error)) ||
              !lk_backup_read_uuid (b_object, b_path, "uuid", TRUE, &b_uuid, error) ||
              !lk_json_string_member (b_object, b_path, "text", TRUE, 500, &b_text, error) ||
              !lk_backup_read_uuid (b_object, b_path, "measure", FALSE, &measure, error) ||
              !lk_backup_check_unique (seen, b_uuid, b_path, error))
            return NULL;

          barrier = lk_barrier_new (b_text);
          g_free (barrier->uuid);
          barrier->uuid = g_strdup (b_uuid);
          barrier->measure_uuid = g_strdup (measure);
          g_ptr_array_add (item->barriers, barrier);
        }
    }

  return g_steal_pointer (&items);
}

static LkRisk *
risk_read (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  g_autoptr(LkRisk) risk = NULL;
  const char *uuid, *hazard, *causes, *controls, *follow_up, *top_event;
  LkJsonNode *object;
  GPtrArray *bowtie_causes, *consequences;
  LkJsonNode *enough;
  GStrv types;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "hazard", TRUE, 500, &hazard, error) ||
      !lk_json_string_member (object, path, "causes", FALSE, 5000, &causes, error) ||
      !lk_json_string_member (object, path, "controls", FALSE, 5000, &controls, error) ||
      !lk_json_date_member (object, path, "follow-up", &follow_up, error) ||
      !lk_json_string_member (object, path, "top-event", FALSE, 500, &top_event, error) ||
      !lk_backup_check_unique (seen, uuid, path, error) ||
      !(types = lk_json_strv_member (object, path, "consequence-types", 100, error)))
    return NULL;

  risk = lk_risk_new (hazard);
  g_strfreev (risk->consequence_types);
  risk->consequence_types = types;
  g_free (risk->uuid);
  risk->uuid = g_strdup (uuid);
  g_free (risk->causes);
  risk->causes = g_strdup (causes ? causes : "");
  g_free (risk->controls);
  risk->controls = g_strdup (controls ? controls : "");
  risk->follow_up = g_strdup (follow_up);
  g_free (risk->top_event);
  risk->top_event = g_strdup (top_event ? top_event : "");

  if (!read_position (object, path, "probability-before", &risk->p_before, error) ||
      !read_position (object, path, "consequence-before", &risk->c_before, error) ||
      !read_position (object, path, "probability-after", &risk->p_after, error) ||
      !read_position (object, path, "consequence-after", &risk->c_after, error))
    return NULL;

  enough = lk_json_object_get_member (object, "enough");
  if (enough != NULL && !LK_JSON_HOLDS (enough, LK_JSON_NULL))
    {
      gboolean value;

      if (!lk_json_bool_member (object, path, "enough", &value, error))
        return NULL;
      risk->enough = value ? 1 : 0;
    }

  if (!(bowtie_causes = bowtie_read (object, path, "bowtie-causes", seen, error)))
    return NULL;
  g_ptr_array_unref (risk->bowtie_causes);
  risk->bowtie_causes = bowtie_causes;
  if (!(consequences = bowtie_read (object, path, "bowtie-consequences", seen, error)))
    return NULL;
  g_ptr_array_unref (risk->bowtie_consequences);
  risk->bowtie_consequences = consequences;

  return g_steal_pointer (&risk);
}

static gboolean
labels_read (LkJsonNode  *object,
             const char  *path,
             const char  *member,
             char       **labels,
             guint        size,
             GError     **error)
{
  g_auto(GStrv) values = NULL;

  if (!lk_json_object_has_member (object, member))
    return TRUE;
  if (!(values = lk_json_strv_member (object, path, member, 100, error)))
    return FALSE;
  if (g_strv_length (values) != size)
    {
      lk_json_invalid (error, path, member, _("needs one label for each level of the matrix"));
      return FALSE;
    }
  for (guint i = 0; i < size; i++)
    {
      g_free (labels[i]);
      labels[i] = g_strdup (values[i]);
    }

  return TRUE;
}

static gpointer
assessment_read (LkJsonNode  *node,
                 const char  *path,
                 GHashTable  *seen,
                 GError     **error)
{
  g_autoptr(LkRiskAssessment) a = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autofree char *matrix_path = g_strdup_printf ("%s.matrix", path);
  const char *uuid, *title, *workplace, *unit, *date, *participants, *zones, *created, *updated;
  LkJsonNode *object, *matrix;
  LkJsonNode *screening, *risks;
  GStrv types;
  gint64 size;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "title", TRUE, 300, &title, error) ||
      !lk_json_string_member (object, path, "workplace", FALSE, 300, &workplace, error) ||
      !lk_json_string_member (object, path, "unit", FALSE, 300, &unit, error) ||
      !lk_json_date_member (object, path, "date", &date, error) ||
      !lk_json_string_member (object, path, "participants", FALSE, 2000, &participants, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error) ||
      !(matrix = lk_json_object (lk_json_object_get_member (object, "matrix"), matrix_path, error)) ||
      !lk_json_int_member (matrix, matrix_path, "size", 3, LK_RISK_MATRIX_MAX, &size, error) ||
      !lk_json_string_member (matrix, matrix_path, "zones", FALSE, 40, &zones, error) ||
      !(types = lk_json_strv_member (object, path, "consequence-types", 100, error)))
    return NULL;
  if (date == NULL)
    {
      g_strfreev (types);
      lk_json_invalid (error, path, "date", _("is missing"));
      return NULL;
    }

  a = lk_risk_assessment_new (title, date);
  g_strfreev (a->consequence_types);
  a->consequence_types = types;
  g_free (a->uuid);
  a->uuid = g_strdup (uuid);
  g_free (a->workplace);
  a->workplace = g_strdup (workplace ? workplace : "");
  g_free (a->unit);
  a->unit = g_strdup (unit ? unit : "");
  g_free (a->participants);
  a->participants = g_strdup (participants ? participants : "");
  a->created = g_strdup (created);
  a->updated = g_strdup (updated);

  lk_risk_matrix_resize (&a->matrix, size);
  if (zones != NULL && !lk_risk_matrix_zones_from_string (&a->matrix, zones))
    {
      lk_json_invalid (error, matrix_path, "zones",
                       _("expected one row of g, y or r per level, like \"gyr/yyr/yrr\""));
      return NULL;
    }
  if (!labels_read (matrix, matrix_path, "probability-labels", a->matrix.probability_labels,
                    size, error) ||
      !labels_read (matrix, matrix_path, "consequence-labels", a->matrix.consequence_labels,
                    size, error) ||
      !(screening = lk_json_array_member (object, path, "screening", error)) ||
      !(risks = lk_json_array_member (object, path, "risks", error)))
    return NULL;

  for (guint i = 0; i < lk_json_node_get_length (screening); i++)
    {
      g_autofree char *s_path = g_strdup_printf ("%s.screening[%u]", path, i);
      g_auto(GStrv) flags = NULL;
      LkScreeningTopic *t;
      LkJsonNode *s_object;
      const char *topic;
      gboolean chosen;

      if (!(s_object = lk_json_object (lk_json_array_get_element (screening, i), s_path, error)) ||
          !lk_json_string_member (s_object, s_path, "topic", TRUE, 300, &topic, error) ||
          !(flags = lk_json_strv_member (s_object, s_path, "4v", 20, error)) ||
          !lk_json_bool_member (s_object, s_path, "chosen", &chosen, error))
        return NULL;

      t = lk_screening_topic_new (topic, 0);
      t->chosen = chosen;
      g_ptr_array_add (a->screening, t);
      for (guint f = 0; flags[f] != NULL; f++)
        {
          guint bit;

          if (!lk_flag_from_nick (LK_TYPE_SCREENING_FLAGS, flags[f], &bit))
            {
              lk_json_invalid (error, s_path, "4v",
                               _("expected viktig, vanlig, vanskelig or variasjon"));
              return NULL;
            }
          t->flags |= bit;
        }
    }

  for (guint i = 0; i < lk_json_node_get_length (risks); i++)
    {
      g_autofree char *r_path = g_strdup_printf ("%s.risks[%u]", path, i);
      LkRisk *risk = risk_read (lk_json_array_get_element (risks, i), r_path, seen, error);

      if (risk == NULL)
        return NULL;
      g_ptr_array_add (a->risks, risk);
    }

  /* The model's own rules, like both probability and consequence or none */
  if (!lk_risk_assessment_validate (a, &invalid))
    {
      lk_json_invalid (error, path, NULL, invalid->message);
      return NULL;
    }

  return g_steal_pointer (&a);
}

LK_BACKUP_ITEM_FIELDS (LkRiskAssessment, assessment)

/* Screening, risks and bowties go with them (ON DELETE CASCADE) */
const LkBackupSection lk_backup_risk_assessments_section = {
  .name = "risk-assessments",
  .list = assessments_list,
  .write = assessment_write,
  .read = assessment_read,
  .uuid = assessment_uuid,
  .updated = assessment_updated,
  .put = (LkStorePutFunc)lk_store_put_risk_assessment,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM risk_assessments WHERE uuid = ?1",
  .clear_sql = "DELETE FROM risk_assessments",
};

/* --- deviations ---------------------------------------------------------------- */

static GPtrArray *
deviations_list (LkStore  *store,
                 GError  **error)
{
  return lk_store_list_deviations (store, 0, error);
}

static void
deviation_write (LkJsonWriter  *writer,
                 gconstpointer  item)
{
  const LkDeviation *d = item;

  lk_backup_add_string (writer, "uuid", d->uuid);
  lk_backup_add_string (writer, "date", d->date);
  lk_backup_add_string (writer, "description", d->description);
  lk_backup_add_string (writer, "cause", lk_enum_to_nick (LK_TYPE_DEVIATION_CAUSE, d->cause));
  lk_json_writer_set_member_name (writer, "severity");
  lk_json_writer_add_int_value (writer, d->severity);
  lk_backup_add_string (writer, "risk", d->risk_uuid);
  lk_backup_add_string (writer, "measure", d->measure_uuid);
  lk_backup_add_string (writer, "status", lk_enum_to_nick (LK_TYPE_DEVIATION_STATUS, d->status));
  lk_backup_add_string (writer, "created", d->created);
  lk_backup_add_string (writer, "updated", d->updated);
}

static gpointer
deviation_read (LkJsonNode  *node,
                const char  *path,
                GHashTable  *seen,
                GError     **error)
{
  const char *uuid, *date, *description, *cause, *risk, *measure, *status, *created, *updated;
  g_autoptr(LkDeviation) d = NULL;
  LkJsonNode *object;
  gint64 severity;
  int cause_i, status_i;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_date_member (object, path, "date", &date, error) ||
      !lk_json_string_member (object, path, "description", TRUE, 5000, &description, error) ||
      !lk_json_string_member (object, path, "cause", TRUE, 20, &cause, error) ||
      !lk_json_int_member (object, path, "severity", 1, 3, &severity, error) ||
      !lk_backup_read_uuid (object, path, "risk", FALSE, &risk, error) ||
      !lk_backup_read_uuid (object, path, "measure", FALSE, &measure, error) ||
      !lk_json_string_member (object, path, "status", TRUE, 20, &status, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  if (date == NULL)
    {
      lk_json_invalid (error, path, "date", _("is missing"));
      return NULL;
    }
  if (!lk_enum_from_nick (LK_TYPE_DEVIATION_CAUSE, cause, &cause_i))
    {
      lk_json_invalid (error, path, "cause", _("expected system, procedure or human"));
      return NULL;
    }
  if (!lk_enum_from_nick (LK_TYPE_DEVIATION_STATUS, status, &status_i))
    {
      lk_json_invalid (error, path, "status", _("expected open, handling or closed"));
      return NULL;
    }

  d = lk_deviation_new (date, description);
  g_free (d->uuid);
  d->uuid = g_strdup (uuid);
  d->cause = cause_i;
  d->severity = severity;
  d->risk_uuid = g_strdup (risk);
  d->measure_uuid = g_strdup (measure);
  d->status = status_i;
  d->created = g_strdup (created);
  d->updated = g_strdup (updated);

  return g_steal_pointer (&d);
}

LK_BACKUP_ITEM_FIELDS (LkDeviation, deviation)

const LkBackupSection lk_backup_deviations_section = {
  .name = "deviations",
  .list = deviations_list,
  .write = deviation_write,
  .read = deviation_read,
  .uuid = deviation_uuid,
  .updated = deviation_updated,
  .put = (LkStorePutFunc)lk_store_put_deviation,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM deviations WHERE uuid = ?1",
  .clear_sql = "DELETE FROM deviations",
};
