/* lk-risk.c: risk assessments and deviations in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-date.h"
#include "lk-log-entry.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-types.h"

/* --- structures ----------------------------------------------------------- */

LkBarrier *
lk_barrier_new (const char *text)
{
  LkBarrier *barrier = g_new0 (LkBarrier, 1);

  barrier->uuid = g_uuid_string_random ();
  barrier->text = g_strdup (text);

  return barrier;
}

void
lk_barrier_free (LkBarrier *barrier)
{
  if (barrier == NULL)
    return;
  g_free (barrier->uuid);
  g_free (barrier->text);
  g_free (barrier->measure_uuid);
  g_free (barrier);
}

LkBowtieItem *
lk_bowtie_item_new (const char *text)
{
  LkBowtieItem *item = g_object_new (LK_TYPE_BOWTIE_ITEM, NULL);

  item->uuid = g_uuid_string_random ();
  item->text = g_strdup (text);
  item->barriers = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_barrier_free);

  return item;
}

G_DEFINE_FINAL_TYPE (LkBowtieItem, lk_bowtie_item, G_TYPE_OBJECT)

static void
lk_bowtie_item_finalize (GObject *object)
{
  LkBowtieItem *item = (LkBowtieItem *)object;

  g_free (item->uuid);
  g_free (item->text);
  g_ptr_array_unref (item->barriers);
  G_OBJECT_CLASS (lk_bowtie_item_parent_class)->finalize (object);
}

static void
lk_bowtie_item_class_init (LkBowtieItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_bowtie_item_finalize;
}

static void
lk_bowtie_item_init (LkBowtieItem *self)
{
}

LkScreeningTopic *
lk_screening_topic_new (const char *topic,
                        guint       flags)
{
  LkScreeningTopic *t = g_object_new (LK_TYPE_SCREENING_TOPIC, NULL);

  t->topic = g_strdup (topic);
  t->flags = flags & 0xf;

  return t;
}

G_DEFINE_FINAL_TYPE (LkScreeningTopic, lk_screening_topic, G_TYPE_OBJECT)

static void
lk_screening_topic_finalize (GObject *object)
{
  LkScreeningTopic *topic = (LkScreeningTopic *)object;

  g_free (topic->topic);
  G_OBJECT_CLASS (lk_screening_topic_parent_class)->finalize (object);
}

static void
lk_screening_topic_class_init (LkScreeningTopicClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_screening_topic_finalize;
}

static void
lk_screening_topic_init (LkScreeningTopic *self)
{
}

LkRisk *
lk_risk_new (const char *hazard)
{
  LkRisk *risk = g_object_new (LK_TYPE_RISK, NULL);

  risk->uuid = g_uuid_string_random ();
  risk->hazard = g_strdup (hazard);
  risk->causes = g_strdup ("");
  risk->controls = g_strdup ("");
  risk->top_event = g_strdup ("");
  risk->consequence_types = g_new0 (char *, 1);
  risk->p_before = risk->c_before = LK_RISK_UNSET;
  risk->p_after = risk->c_after = LK_RISK_UNSET;
  risk->enough = -1;
  risk->bowtie_causes = g_ptr_array_new_with_free_func (g_object_unref);
  risk->bowtie_consequences = g_ptr_array_new_with_free_func (g_object_unref);

  return risk;
}

G_DEFINE_FINAL_TYPE (LkRisk, lk_risk, G_TYPE_OBJECT)

static void
lk_risk_finalize (GObject *object)
{
  LkRisk *risk = (LkRisk *)object;

  g_free (risk->uuid);
  g_free (risk->hazard);
  g_free (risk->causes);
  g_strfreev (risk->consequence_types);
  g_free (risk->controls);
  g_free (risk->follow_up);
  g_free (risk->top_event);
  g_ptr_array_unref (risk->bowtie_causes);
  g_ptr_array_unref (risk->bowtie_consequences);
  G_OBJECT_CLASS (lk_risk_parent_class)->finalize (object);
}

static void
lk_risk_class_init (LkRiskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_risk_finalize;
}

static void
lk_risk_init (LkRisk *self)
{
}

static GPtrArray *
copy_bowtie_items (GPtrArray *items)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < items->len; i++)
    {
      const LkBowtieItem *item = g_ptr_array_index (items, i);
      LkBowtieItem *item_copy = lk_bowtie_item_new (item->text);

      g_free (item_copy->uuid);
      item_copy->uuid = g_strdup (item->uuid);
      for (guint b = 0; b < item->barriers->len; b++)
        {
          const LkBarrier *barrier = g_ptr_array_index (item->barriers, b);
          LkBarrier *barrier_copy = lk_barrier_new (barrier->text);

          g_free (barrier_copy->uuid);
          barrier_copy->uuid = g_strdup (barrier->uuid);
          barrier_copy->measure_uuid = g_strdup (barrier->measure_uuid);
          g_ptr_array_add (item_copy->barriers, barrier_copy);
        }
      g_ptr_array_add (copy, item_copy);
    }

  return copy;
}

/* A deep copy, uuids kept: editors change a copy and save it in place. */
LkRisk *
lk_risk_copy (const LkRisk *risk)
{
  LkRisk *copy = g_object_new (LK_TYPE_RISK, NULL);

  copy->uuid = g_strdup (risk->uuid);
  copy->hazard = g_strdup (risk->hazard);
  copy->causes = g_strdup (risk->causes);
  copy->consequence_types = g_strdupv (risk->consequence_types);
  copy->p_before = risk->p_before;
  copy->c_before = risk->c_before;
  copy->controls = g_strdup (risk->controls);
  copy->enough = risk->enough;
  copy->p_after = risk->p_after;
  copy->c_after = risk->c_after;
  copy->follow_up = g_strdup (risk->follow_up);
  copy->top_event = g_strdup (risk->top_event);
  copy->bowtie_causes = copy_bowtie_items (risk->bowtie_causes);
  copy->bowtie_consequences = copy_bowtie_items (risk->bowtie_consequences);

  return copy;
}

/* Replaces the risk with the same uuid, or adds it; its index */
guint
lk_risk_assessment_put_risk (LkRiskAssessment *assessment,
                             const LkRisk     *risk)
{
  int i = lk_risk_assessment_find_risk (assessment, risk->uuid);

  if (i < 0)
    {
      g_ptr_array_add (assessment->risks, lk_risk_copy (risk));
      return assessment->risks->len - 1;
    }

  g_object_unref (g_ptr_array_index (assessment->risks, i));
  g_ptr_array_index (assessment->risks, i) = lk_risk_copy (risk);

  return i;
}

gboolean
lk_risk_assessment_remove_risk (LkRiskAssessment *assessment,
                                const char       *risk_uuid)
{
  int i = lk_risk_assessment_find_risk (assessment, risk_uuid);

  if (i >= 0)
    g_ptr_array_remove_index (assessment->risks, i);

  return i >= 0;
}

/* The risk's index, or -1 */
int
lk_risk_assessment_find_risk (const LkRiskAssessment *assessment,
                              const char             *risk_uuid)
{
  for (guint i = 0; risk_uuid != NULL && i < assessment->risks->len; i++)
    if (g_strcmp0 (((LkRisk *)g_ptr_array_index (assessment->risks, i))->uuid, risk_uuid) == 0)
      return i;

  return -1;
}

/**
 * lk_bowtie_item_set_barriers:
 * @lines: the barriers, one per line as the user wrote them
 * @measures: (nullable): the risk's tiltak (#LkMeasure)
 *
 * A barrier keeps its uuid and its link when its text is unchanged; a new
 * line that is the title of one of the risk's tiltak is linked to it.
 */
void
lk_bowtie_item_set_barriers (LkBowtieItem       *item,
                             const char * const *lines,
                             GListModel         *measures)
{
  GPtrArray *barriers = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_barrier_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      LkBarrier *barrier = NULL;

      if (*line == '\0')
        continue;
      for (guint b = 0; b < item->barriers->len && barrier == NULL; b++)
        {
          LkBarrier *old = g_ptr_array_index (item->barriers, b);

          if (g_strcmp0 (old->text, line) == 0)
            barrier = g_ptr_array_steal_index (item->barriers, b);
        }
      if (barrier == NULL)
        {
          barrier = lk_barrier_new (line);
          for (guint m = 0; measures != NULL && m < g_list_model_get_n_items (measures); m++)
            {
              g_autoptr(LkMeasure) measure = g_list_model_get_item (measures, m);

              if (barrier->measure_uuid == NULL &&
                  g_utf8_collate (lk_measure_get_title (measure), line) == 0)
                barrier->measure_uuid = g_strdup (lk_measure_get_uuid (measure));
            }
        }
      g_ptr_array_add (barriers, barrier);
    }

  g_ptr_array_unref (item->barriers);
  item->barriers = barriers;
}

void
lk_risk_set_before (LkRisk *risk,
                    guint   probability,
                    guint   consequence,
                    guint   size)
{
  risk->p_before = lk_risk_position (probability, size);
  risk->c_before = lk_risk_position (consequence, size);
}

void
lk_risk_set_after (LkRisk *risk,
                   guint   probability,
                   guint   consequence,
                   guint   size)
{
  risk->p_after = lk_risk_position (probability, size);
  risk->c_after = lk_risk_position (consequence, size);
}

static gboolean
is_set (double position)
{
  return position >= 0.0 && position <= 1.0;
}

static gboolean
get_levels (double  p,
            double  c,
            guint   size,
            guint  *probability,
            guint  *consequence)
{
  if (!is_set (p) || !is_set (c))
    return FALSE;
  if (probability != NULL)
    *probability = lk_risk_level (p, size);
  if (consequence != NULL)
    *consequence = lk_risk_level (c, size);

  return TRUE;
}

gboolean
lk_risk_get_before (const LkRisk *risk,
                    guint         size,
                    guint        *probability,
                    guint        *consequence)
{
  return get_levels (risk->p_before, risk->c_before, size, probability, consequence);
}

gboolean
lk_risk_get_after (const LkRisk *risk,
                   guint         size,
                   guint        *probability,
                   guint        *consequence)
{
  return get_levels (risk->p_after, risk->c_after, size, probability, consequence);
}

/* The first step of internkontrollhjulet not yet done, or the last: a risk
 * is where its form stops. */
LkRiskStep
lk_risk_get_step (const LkRisk *risk,
                  guint         n_measures)
{
  if (!is_set (risk->p_before) || !is_set (risk->c_before))
    return LK_RISK_STEP_IDENTIFIED;
  if (risk->enough < 0)
    return LK_RISK_STEP_ASSESSED;
  if (risk->enough == 0 && n_measures == 0)
    return LK_RISK_STEP_CONTROLS;
  if (!is_set (risk->p_after) || !is_set (risk->c_after) || risk->follow_up == NULL)
    return LK_RISK_STEP_MEASURES;

  return LK_RISK_STEP_FOLLOWED_UP;
}

LkRiskAssessment *
lk_risk_assessment_new (const char *title,
                        const char *date)
{
  LkRiskAssessment *a = g_object_new (LK_TYPE_RISK_ASSESSMENT, NULL);

  a->uuid = g_uuid_string_random ();
  a->title = g_strdup (title);
  a->workplace = g_strdup ("");
  a->unit = g_strdup ("");
  a->participants = g_strdup ("");
  a->date = date != NULL ? g_strdup (date) : lk_date_today ();
  lk_risk_matrix_init (&a->matrix, 5, LK_LABELS_GENERIC);
  a->consequence_types = lk_consequence_preset (LK_CONSEQUENCES_HANDBOOK);
  a->screening = g_ptr_array_new_with_free_func (g_object_unref);
  a->risks = g_ptr_array_new_with_free_func (g_object_unref);

  return a;
}

G_DEFINE_FINAL_TYPE (LkRiskAssessment, lk_risk_assessment, G_TYPE_OBJECT)

static void
lk_risk_assessment_finalize (GObject *object)
{
  LkRiskAssessment *a = (LkRiskAssessment *)object;

  g_free (a->uuid);
  g_free (a->title);
  g_free (a->workplace);
  g_free (a->unit);
  g_free (a->date);
  g_free (a->participants);
  lk_risk_matrix_clear (&a->matrix);
  g_strfreev (a->consequence_types);
  g_ptr_array_unref (a->screening);
  g_ptr_array_unref (a->risks);
  g_free (a->created);
  g_free (a->updated);
  G_OBJECT_CLASS (lk_risk_assessment_parent_class)->finalize (object);
}

static void
lk_risk_assessment_class_init (LkRiskAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_risk_assessment_finalize;
}

static void
lk_risk_assessment_init (LkRiskAssessment *self)
{
}

static gboolean
text_ok (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
position_ok (double position)
{
  return position == LK_RISK_UNSET || is_set (position);
}

static gboolean
risk_validate (const LkRisk  *risk,
               guint          n,
               GError       **error)
{
  if (blank (risk->hazard))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("Risk %u needs a description of what can go wrong."), n);
      return FALSE;
    }
  if (!text_ok (risk->hazard) || !text_ok (risk->causes) || !text_ok (risk->controls) ||
      !text_ok (risk->top_event))
    return invalid (error, _("A risk contains text that is not valid UTF-8."));
  if (!position_ok (risk->p_before) || !position_ok (risk->c_before) ||
      !position_ok (risk->p_after) || !position_ok (risk->c_after) ||
      is_set (risk->p_before) != is_set (risk->c_before) ||
      is_set (risk->p_after) != is_set (risk->c_after))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("Risk %u needs both probability and consequence, each within the matrix."), n);
      return FALSE;
    }
  if (risk->enough < -1 || risk->enough > 1)
    return invalid (error, _("\"Is it enough?\" can only be yes, no or not answered."));
  if (risk->follow_up != NULL && !lk_date_is_valid_iso (risk->follow_up))
    return invalid (error, _("The follow-up date is not a valid date."));

  for (guint side = 0; side < 2; side++)
    {
      GPtrArray *items = side == 0 ? risk->bowtie_causes : risk->bowtie_consequences;

      for (guint i = 0; i < items->len; i++)
        {
          LkBowtieItem *item = g_ptr_array_index (items, i);

          if (blank (item->text) || !text_ok (item->text))
            return invalid (error, _("Every cause and consequence in a bowtie needs a text."));
          for (guint b = 0; b < item->barriers->len; b++)
            {
              LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

              if (blank (barrier->text) || !text_ok (barrier->text))
                return invalid (error, _("Every barrier in a bowtie needs a text."));
            }
        }
    }

  return TRUE;
}

gboolean
lk_risk_assessment_validate (const LkRiskAssessment  *a,
                             GError                 **error)
{
  if (blank (a->title))
    return invalid (error, _("The assessment needs a subject area."));
  if (!text_ok (a->title) || !text_ok (a->workplace) || !text_ok (a->unit) ||
      !text_ok (a->participants))
    return invalid (error, _("The assessment contains text that is not valid UTF-8."));
  if (!lk_date_is_valid_iso (a->date))
    return invalid (error, _("The assessment needs a valid date."));
  if (a->matrix.size < 3 || a->matrix.size > LK_RISK_MATRIX_MAX)
    return invalid (error, _("The matrix must be 3×3, 4×4 or 5×5."));

  for (guint i = 0; i < a->screening->len; i++)
    {
      LkScreeningTopic *t = g_ptr_array_index (a->screening, i);

      if (blank (t->topic) || !text_ok (t->topic))
        return invalid (error, _("Every screened topic needs a name."));
    }

  for (guint i = 0; i < a->risks->len; i++)
    if (!risk_validate (g_ptr_array_index (a->risks, i), i + 1, error))
      return FALSE;

  return TRUE;
}

/* --- assessments in the store --------------------------------------------- */

static void
bind_position (sqlite3_stmt *stmt,
               int           col,
               double        position)
{
  if (is_set (position))
    sqlite3_bind_double (stmt, col, position);
  else
    sqlite3_bind_null (stmt, col);
}

static double
column_position (sqlite3_stmt *stmt,
                 int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return LK_RISK_UNSET;

  return sqlite3_column_double (stmt, col);
}

static char *
labels_join (char * const *labels,
             guint         n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, labels[i] ? labels[i] : "");
  strv = g_strv_builder_end (builder);

  return lk_tags_join ((const char * const *)strv);
}

static void
labels_apply (char       **labels,
              guint        n,
              const char  *text)
{
  g_auto(GStrv) parts = lk_tags_split (text);

  /* Labels from another size or none at all keep the preset's */
  if (g_strv_length (parts) != n)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_free (labels[i]);
      labels[i] = g_strdup (parts[i]);
    }
}

static gboolean
put_bowtie (LkStore    *store,
            gint64      risk_id,
            int         kind,
            GPtrArray  *items,
            GError    **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      LkBowtieItem *item = g_ptr_array_index (items, i);
      sqlite3_stmt *stmt;
      gint64 branch_id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO bowtie_branches (uuid, risk_id, kind, position, text) "
                               "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, item->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, risk_id);
      sqlite3_bind_int (stmt, 3, kind);
      sqlite3_bind_int (stmt, 4, i);
      sqlite3_bind_text (stmt, 5, item->text, -1, SQLITE_STATIC);
      if (!lk_store_step_returning_id (store, stmt, &branch_id, error))
        return FALSE;

      for (guint b = 0; b < item->barriers->len; b++)
        {
          LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

          stmt = lk_store_prepare (store,
                                   "INSERT INTO bowtie_barriers (uuid, branch_id, position, text, "
                                   "  measure_uuid) VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, barrier->uuid, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, branch_id);
          sqlite3_bind_int (stmt, 3, b);
          sqlite3_bind_text (stmt, 4, barrier->text, -1, SQLITE_STATIC);
          lk_bind_text (stmt, 5, barrier->measure_uuid);
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
put_risk (LkStore    *store,
          gint64      assessment_id,
          guint       position,
          LkRisk     *risk,
          GError    **error)
{
  g_autofree char *types = lk_tags_join ((const char * const *)risk->consequence_types);
  sqlite3_stmt *stmt;
  gint64 risk_id;

  stmt = lk_store_prepare (store,
                           "INSERT INTO risks (uuid, assessment_id, position, hazard, causes, "
                           "  c_types, p_before, c_before, controls, enough, p_after, c_after, "
                           "  follow_up, top_event) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, risk->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, assessment_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, risk->hazard, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, risk->causes ? risk->causes : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, types, -1, SQLITE_STATIC);
  bind_position (stmt, 7, risk->p_before);
  bind_position (stmt, 8, risk->c_before);
  sqlite3_bind_text (stmt, 9, risk->controls ? risk->controls : "", -1, SQLITE_STATIC);
  if (risk->enough >= 0)
    sqlite3_bind_int (stmt, 10, risk->enough);
  bind_position (stmt, 11, risk->p_after);
  bind_position (stmt, 12, risk->c_after);
  lk_bind_text (stmt, 13, risk->follow_up);
  sqlite3_bind_text (stmt, 14, risk->top_event ? risk->top_event : "", -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &risk_id, error))
    return FALSE;

  return put_bowtie (store, risk_id, 0, risk->bowtie_causes, error) &&
         put_bowtie (store, risk_id, 1, risk->bowtie_consequences, error);
}

/**
 * lk_store_put_risk_assessment:
 *
 * Inserts or replaces an assessment with its screening, risks and bowties,
 * by uuid, inside the caller's transaction. Risks keep their uuids, which
 * is what measures and deviations refer to.
 */
gboolean
lk_store_put_risk_assessment (LkStore           *store,
                              LkRiskAssessment  *a,
                              GError           **error)
{
  g_autofree char *zones = lk_risk_matrix_zones_to_string (&a->matrix);
  g_autofree char *p_labels = labels_join (a->matrix.probability_labels, a->matrix.size);
  g_autofree char *c_labels = labels_join (a->matrix.consequence_labels, a->matrix.size);
  g_autofree char *types = lk_tags_join ((const char * const *)a->consequence_types);
  g_autofree char *now = lk_timestamp_now ();
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_risk_assessment_validate (a, error))
    return FALSE;

  if (a->created == NULL)
    a->created = g_strdup (now);
  if (a->updated == NULL)
    a->updated = g_strdup (now);

  stmt = lk_store_prepare (store,
                           "INSERT INTO risk_assessments (uuid, title, workplace, unit, date, "
                           "  participants, matrix_size, zones, p_labels, c_labels, c_types, "
                           "  created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                           "ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, "
                           "  workplace = excluded.workplace, unit = excluded.unit, "
                           "  date = excluded.date, participants = excluded.participants, "
                           "  matrix_size = excluded.matrix_size, zones = excluded.zones, "
                           "  p_labels = excluded.p_labels, c_labels = excluded.c_labels, "
                           "  c_types = excluded.c_types, created = excluded.created, "
                           "  updated = excluded.updated RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, a->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, a->workplace ? a->workplace : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, a->unit ? a->unit : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, a->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, a->participants ? a->participants : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, a->matrix.size);
  sqlite3_bind_text (stmt, 8, zones, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, p_labels, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, c_labels, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, types, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, a->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, a->updated, -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;

  /* The form is saved whole: its rows are replaced, their uuids kept. */
  stmt = lk_store_prepare (store, "DELETE FROM risk_screening WHERE assessment_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  stmt = lk_store_prepare (store, "DELETE FROM risks WHERE assessment_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; i < a->screening->len; i++)
    {
      LkScreeningTopic *t = g_ptr_array_index (a->screening, i);

      stmt = lk_store_prepare (store,
                               "INSERT INTO risk_screening (assessment_id, position, topic, flags, "
                               "  chosen) VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, t->topic, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, t->flags & 0xf);
      sqlite3_bind_int (stmt, 5, t->chosen ? 1 : 0);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < a->risks->len; i++)
    if (!put_risk (store, id, i, g_ptr_array_index (a->risks, i), error))
      return FALSE;

  return TRUE;
}

gboolean
lk_store_save_risk_assessment (LkStore           *store,
                               LkRiskAssessment  *a,
                               GError           **error)
{
  /* Validated by the put, which the backup import shares */
  g_free (a->updated);
  a->updated = lk_timestamp_now ();

  return lk_store_put_one (store, "risk", (LkStorePutFunc)lk_store_put_risk_assessment, a, error);
}

gboolean
lk_store_delete_risk_assessment (LkStore     *store,
                                 const char  *uuid,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (!lk_store_begin (store, error))
    return FALSE;
  /* Deviations keep their record; only their link to a deleted risk goes. */
  stmt = lk_store_prepare (store,
                           "UPDATE deviations SET risk_uuid = NULL WHERE risk_uuid IN "
                           "  (SELECT r.uuid FROM risks r JOIN risk_assessments a "
                           "   ON a.id = r.assessment_id WHERE a.uuid = ?1)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!lk_store_step_done (store, stmt, error))
    goto fail;
  if (!lk_store_delete_by_uuid (store, "DELETE FROM risk_assessments WHERE uuid = ?1", "risk",
                                uuid, NULL, error))
    goto fail;

  return lk_store_commit (store, error);

fail:
  lk_store_rollback (store);
  return FALSE;
}

static GPtrArray *
load_bowtie_items (LkStore  *store,
                   gint64    risk_id,
                   int       kind,
                   GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, text FROM bowtie_branches WHERE risk_id = ?1 AND kind = ?2 "
                           "ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  sqlite3_bind_int (stmt, 2, kind);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkBowtieItem *item = lk_bowtie_item_new (lk_column_text (stmt, 2));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_free (item->uuid);
      item->uuid = g_strdup (lk_column_text (stmt, 1));
      g_ptr_array_add (items, item);
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (items, i));

  stmt = lk_store_prepare (store,
                           "SELECT b.branch_id, b.uuid, b.text, b.measure_uuid FROM bowtie_barriers b "
                           "JOIN bowtie_branches br ON br.id = b.branch_id "
                           "WHERE br.risk_id = ?1 AND br.kind = ?2 ORDER BY b.branch_id, b.position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  sqlite3_bind_int (stmt, 2, kind);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 branch_id = sqlite3_column_int64 (stmt, 0);
      LkBowtieItem *item = g_hash_table_lookup (by_id, &branch_id);
      LkBarrier *barrier;

      if (item == NULL)
        continue;
      barrier = lk_barrier_new (lk_column_text (stmt, 2));
      g_free (barrier->uuid);
      barrier->uuid = g_strdup (lk_column_text (stmt, 1));
      barrier->measure_uuid = g_strdup (lk_column_text (stmt, 3));
      g_ptr_array_add (item->barriers, barrier);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&items);
}

static gboolean
load_risks (LkStore           *store,
            gint64             assessment_id,
            LkRiskAssessment  *a,
            GError           **error)
{
  LkStep step;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT topic, flags, chosen FROM risk_screening WHERE assessment_id = ?1 "
                           "ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkScreeningTopic *t = lk_screening_topic_new (lk_column_text (stmt, 0),
                                                    sqlite3_column_int (stmt, 1));

      t->chosen = sqlite3_column_int (stmt, 2) != 0;
      g_ptr_array_add (a->screening, t);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, hazard, causes, c_types, p_before, c_before, controls, "
                           "  enough, p_after, c_after, follow_up, top_event "
                           "FROM risks WHERE assessment_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkRisk *risk = lk_risk_new (lk_column_text (stmt, 2));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_free (risk->uuid);
      risk->uuid = g_strdup (lk_column_text (stmt, 1));
      g_free (risk->causes);
      risk->causes = g_strdup (lk_column_text (stmt, 3));
      g_strfreev (risk->consequence_types);
      risk->consequence_types = lk_tags_split (lk_column_text (stmt, 4));
      risk->p_before = column_position (stmt, 5);
      risk->c_before = column_position (stmt, 6);
      g_free (risk->controls);
      risk->controls = g_strdup (lk_column_text (stmt, 7));
      risk->enough = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 8);
      risk->p_after = column_position (stmt, 9);
      risk->c_after = column_position (stmt, 10);
      risk->follow_up = g_strdup (lk_column_text (stmt, 11));
      g_free (risk->top_event);
      risk->top_event = g_strdup (lk_column_text (stmt, 12));
      g_ptr_array_add (a->risks, risk);
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  /* Bowties after the risks: the statements are cached, not nestable. */
  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, i);
      gint64 id = g_array_index (ids, gint64, i);
      GPtrArray *causes, *consequences;

      if ((causes = load_bowtie_items (store, id, 0, error)) == NULL)
        return FALSE;
      g_ptr_array_unref (risk->bowtie_causes);
      risk->bowtie_causes = causes;
      if ((consequences = load_bowtie_items (store, id, 1, error)) == NULL)
        return FALSE;
      g_ptr_array_unref (risk->bowtie_consequences);
      risk->bowtie_consequences = consequences;
    }

  return TRUE;
}

#define ASSESSMENT_COLUMNS \
  "id, uuid, title, workplace, unit, date, participants, matrix_size, zones, p_labels, " \
  "c_labels, c_types, created, updated"

static LkRiskAssessment *
assessment_from_row (sqlite3_stmt *stmt)
{
  LkRiskAssessment *a = lk_risk_assessment_new (lk_column_text (stmt, 2),
                                                lk_column_text (stmt, 5));
  guint size = CLAMP (sqlite3_column_int (stmt, 7), 3, LK_RISK_MATRIX_MAX);

  g_free (a->uuid);
  a->uuid = g_strdup (lk_column_text (stmt, 1));
  g_free (a->workplace);
  a->workplace = g_strdup (lk_column_text (stmt, 3));
  g_free (a->unit);
  a->unit = g_strdup (lk_column_text (stmt, 4));
  g_free (a->participants);
  a->participants = g_strdup (lk_column_text (stmt, 6));
  lk_risk_matrix_resize (&a->matrix, size);
  /* Zones or labels that do not fit the size keep the defaults. */
  lk_risk_matrix_zones_from_string (&a->matrix, lk_column_text (stmt, 8));
  labels_apply (a->matrix.probability_labels, size, lk_column_text (stmt, 9));
  labels_apply (a->matrix.consequence_labels, size, lk_column_text (stmt, 10));
  g_strfreev (a->consequence_types);
  a->consequence_types = lk_tags_split (lk_column_text (stmt, 11));
  a->created = g_strdup (lk_column_text (stmt, 12));
  a->updated = g_strdup (lk_column_text (stmt, 13));

  return a;
}

/**
 * lk_store_list_risk_assessments:
 *
 * Returns: (transfer full): every #LkRiskAssessment, newest first, each
 *   with its risks and bowties
 */
GPtrArray *
lk_store_list_risk_assessments (LkStore  *store,
                                GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT " ASSESSMENT_COLUMNS " FROM risk_assessments "
                           "ORDER BY date DESC, title COLLATE NOCASE, id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_ptr_array_add (list, assessment_from_row (stmt));
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  for (guint i = 0; i < list->len; i++)
    if (!load_risks (store, g_array_index (ids, gint64, i), g_ptr_array_index (list, i), error))
      return NULL;

  return g_steal_pointer (&list);
}

LkRiskAssessment *
lk_store_get_risk_assessment (LkStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  g_autoptr(LkRiskAssessment) a = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = lk_store_prepare (store,
                           "SELECT " ASSESSMENT_COLUMNS " FROM risk_assessments WHERE uuid = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The risk assessment no longer exists."), error)
      != LK_STEP_ROW)
    return NULL;
  id = sqlite3_column_int64 (stmt, 0);
  a = assessment_from_row (stmt);
  sqlite3_reset (stmt);
  if (!load_risks (store, id, a, error))
    return NULL;

  return g_steal_pointer (&a);
}

guint
lk_store_count_risk_measures (LkStore    *store,
                              const char *risk_uuid)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = lk_store_prepare (store,
                           "SELECT count(*) FROM measures WHERE source_kind = ?1 AND source_uuid = ?2",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, LK_SOURCE_RISK);
  sqlite3_bind_text (stmt, 2, risk_uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      n = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return n;
}

/* The tiltak decided for a risk, by deadline */
GListStore *
lk_store_list_risk_measures (LkStore    *store,
                             const char *risk_uuid)
{
  GListStore *measures;
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_RISK;
  filter.source_uuid = risk_uuid;
  measures = lk_store_list_measures (store, &filter, NULL);

  return measures ? measures : g_list_store_new (LK_TYPE_MEASURE);
}

/* --- organisation defaults ------------------------------------------------ */

#define DEFAULT_MATRIX_KEY "risk-matrix-default"

/**
 * lk_store_set_default_matrix:
 *
 * The matrix and consequence types new assessments start from, kept as a
 * setting so backups carry it.
 */
gboolean
lk_store_set_default_matrix (LkStore             *store,
                             const LkRiskMatrix  *matrix,
                             const char * const  *consequence_types,
                             GError             **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *zones = lk_risk_matrix_zones_to_string (matrix);
  g_autofree char *data = NULL;

  g_key_file_set_integer (file, "matrix", "size", matrix->size);
  g_key_file_set_string (file, "matrix", "zones", zones);
  g_key_file_set_string_list (file, "matrix", "probability",
                              (const char * const *)matrix->probability_labels, matrix->size);
  g_key_file_set_string_list (file, "matrix", "consequence",
                              (const char * const *)matrix->consequence_labels, matrix->size);
  g_key_file_set_string_list (file, "matrix", "types", consequence_types,
                              consequence_types ? g_strv_length ((GStrv)consequence_types) : 0);
  data = g_key_file_to_data (file, NULL, NULL);

  return lk_store_set_setting (store, DEFAULT_MATRIX_KEY, data, error);
}

/* Anything unreadable in the setting leaves the built-in default. */
static void
apply_default_matrix (LkStore          *store,
                      LkRiskAssessment *a)
{
  g_autofree char *data = lk_store_get_setting (store, DEFAULT_MATRIX_KEY);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) probability = NULL;
  g_auto(GStrv) consequence = NULL;
  g_auto(GStrv) types = NULL;
  g_autofree char *zones = NULL;
  LkRiskMatrix matrix;
  int size;

  if (data == NULL || !g_key_file_load_from_data (file, data, -1, G_KEY_FILE_NONE, NULL))
    return;

  size = g_key_file_get_integer (file, "matrix", "size", NULL);
  zones = g_key_file_get_string (file, "matrix", "zones", NULL);
  probability = g_key_file_get_string_list (file, "matrix", "probability", NULL, NULL);
  consequence = g_key_file_get_string_list (file, "matrix", "consequence", NULL, NULL);
  types = g_key_file_get_string_list (file, "matrix", "types", NULL, NULL);
  if (size < 3 || size > LK_RISK_MATRIX_MAX || zones == NULL ||
      probability == NULL || g_strv_length (probability) != (guint)size ||
      consequence == NULL || g_strv_length (consequence) != (guint)size)
    return;

  lk_risk_matrix_init (&matrix, size, LK_LABELS_GENERIC);
  if (!lk_risk_matrix_zones_from_string (&matrix, zones))
    {
      lk_risk_matrix_clear (&matrix);
      return;
    }
  for (int i = 0; i < size; i++)
    {
      g_free (matrix.probability_labels[i]);
      matrix.probability_labels[i] = g_strdup (probability[i]);
      g_free (matrix.consequence_labels[i]);
      matrix.consequence_labels[i] = g_strdup (consequence[i]);
    }

  lk_risk_matrix_clear (&a->matrix);
  a->matrix = matrix;
  if (types != NULL && types[0] != NULL)
    {
      g_strfreev (a->consequence_types);
      a->consequence_types = g_steal_pointer (&types);
    }
}

/**
 * lk_store_new_risk_assessment:
 *
 * A new, unsaved assessment for today with the organisation's matrix and
 * the user's unit.
 */
LkRiskAssessment *
lk_store_new_risk_assessment (LkStore    *store,
                              const char *title)
{
  LkRiskAssessment *a = lk_risk_assessment_new (title, NULL);
  g_autofree char *unit = lk_store_get_setting (store, "user-unit");

  if (unit != NULL)
    {
      g_free (a->unit);
      a->unit = g_steal_pointer (&unit);
    }
  apply_default_matrix (store, a);

  return a;
}

/* --- deviations ------------------------------------------------------------ */

LkDeviation *
lk_deviation_new (const char *date,
                  const char *description)
{
  LkDeviation *d = g_object_new (LK_TYPE_DEVIATION, NULL);

  d->uuid = g_uuid_string_random ();
  d->date = date != NULL ? g_strdup (date) : lk_date_today ();
  d->description = g_strdup (description);
  d->severity = 1;

  return d;
}

G_DEFINE_FINAL_TYPE (LkDeviation, lk_deviation, G_TYPE_OBJECT)

static void
lk_deviation_finalize (GObject *object)
{
  LkDeviation *d = (LkDeviation *)object;

  g_free (d->uuid);
  g_free (d->date);
  g_free (d->description);
  g_free (d->risk_uuid);
  g_free (d->measure_uuid);
  g_free (d->created);
  g_free (d->updated);
  G_OBJECT_CLASS (lk_deviation_parent_class)->finalize (object);
}

static void
lk_deviation_class_init (LkDeviationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_deviation_finalize;
}

static void
lk_deviation_init (LkDeviation *self)
{
}

gboolean
lk_deviation_validate (const LkDeviation  *d,
                       GError            **error)
{
  if (blank (d->description) || !text_ok (d->description))
    return invalid (error, _("The deviation needs a description."));
  if (!lk_date_is_valid_iso (d->date))
    return invalid (error, _("The deviation needs a valid date."));
  if ((guint)d->cause > LK_DEVIATION_HUMAN)
    return invalid (error, _("The cause must be system, procedure or human."));
  if (d->severity < 1 || d->severity > 3)
    return invalid (error, _("The severity must be low, medium or high."));
  if ((guint)d->status > LK_DEVIATION_CLOSED)
    return invalid (error, _("The status must be open, being handled or closed."));

  return TRUE;
}

gboolean
lk_store_put_deviation (LkStore      *store,
                        LkDeviation  *d,
                        GError      **error)
{
  g_autofree char *now = lk_timestamp_now ();
  sqlite3_stmt *stmt;

  if (!lk_deviation_validate (d, error))
    return FALSE;
  if (d->created == NULL)
    d->created = g_strdup (now);
  if (d->updated == NULL)
    d->updated = g_strdup (now);

  stmt = lk_store_prepare (store,
                           "INSERT INTO deviations (uuid, date, description, cause, severity, "
                           "  risk_uuid, measure_uuid, status, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                           "ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, "
                           "  description = excluded.description, cause = excluded.cause, "
                           "  severity = excluded.severity, risk_uuid = excluded.risk_uuid, "
                           "  measure_uuid = excluded.measure_uuid, status = excluded.status, "
                           "  created = excluded.created, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, d->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, d->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, d->description, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, d->cause);
  sqlite3_bind_int (stmt, 5, d->severity);
  lk_bind_text (stmt, 6, d->risk_uuid);
  lk_bind_text (stmt, 7, d->measure_uuid);
  sqlite3_bind_int (stmt, 8, d->status);
  sqlite3_bind_text (stmt, 9, d->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, d->updated, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

gboolean
lk_store_save_deviation (LkStore      *store,
                         LkDeviation  *d,
                         GError      **error)
{
  /* Validated by the put, which the backup import shares */
  g_free (d->updated);
  d->updated = lk_timestamp_now ();

  return lk_store_put_one (store, "risk", (LkStorePutFunc)lk_store_put_deviation, d, error);
}

gboolean
lk_store_delete_deviation (LkStore     *store,
                           const char  *uuid,
                           GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM deviations WHERE uuid = ?1", "risk",
                                  uuid, NULL, error);
}

/**
 * lk_store_list_deviations:
 * @year: the year, or 0 for all
 *
 * Returns: (transfer full): #LkDeviation, newest first
 */
GPtrArray *
lk_store_list_deviations (LkStore  *store,
                          int       year,
                          GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT uuid, date, description, cause, severity, risk_uuid, "
                           "  measure_uuid, status, created, updated FROM deviations "
                           "WHERE ?1 = 0 OR date BETWEEN ?2 AND ?3 ORDER BY date DESC, id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkDeviation *d = lk_deviation_new (lk_column_text (stmt, 1), lk_column_text (stmt, 2));

      g_free (d->uuid);
      d->uuid = g_strdup (lk_column_text (stmt, 0));
      d->cause = CLAMP (sqlite3_column_int (stmt, 3), 0, 2);
      d->severity = CLAMP (sqlite3_column_int (stmt, 4), 1, 3);
      d->risk_uuid = g_strdup (lk_column_text (stmt, 5));
      d->measure_uuid = g_strdup (lk_column_text (stmt, 6));
      d->status = CLAMP (sqlite3_column_int (stmt, 7), 0, 2);
      d->created = g_strdup (lk_column_text (stmt, 8));
      d->updated = g_strdup (lk_column_text (stmt, 9));
      g_ptr_array_add (list, d);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* Tertials as municipalities report: January–April, May–August,
 * September–December. */
gboolean
lk_store_count_deviations_per_tertial (LkStore  *store,
                                       int       year,
                                       guint     counts[3],
                                       GError  **error)
{
  LkStep step;
  g_autofree char *prefix = g_strdup_printf ("%04d-", year);
  sqlite3_stmt *stmt;

  counts[0] = counts[1] = counts[2] = 0;
  stmt = lk_store_prepare (store,
                           "SELECT (CAST (substr (date, 6, 2) AS INTEGER) - 1) / 4, count(*) "
                           "FROM deviations WHERE substr (date, 1, 5) = ?1 GROUP BY 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int t = sqlite3_column_int (stmt, 0);

      if (t >= 0 && t < 3)
        counts[t] = sqlite3_column_int (stmt, 1);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  return TRUE;
}

/* --- labels ------------------------------------------------------------------ */

const char *
lk_zone_to_label (LkZone zone)
{
  switch (zone)
    {
    case LK_ZONE_GREEN:  return _("Acceptable");
    case LK_ZONE_YELLOW: return _("Measures needed");
    case LK_ZONE_RED:    return _("Not acceptable");
    default:             return "";
    }
}

/* What has been done, for "Step 3 of 5: …" */
const char *
lk_risk_step_to_label (LkRiskStep step)
{
  switch (step)
    {
    case LK_RISK_STEP_IDENTIFIED:  return _("Described what can go wrong");
    case LK_RISK_STEP_ASSESSED:    return _("Assessed before measures");
    case LK_RISK_STEP_CONTROLS:    return _("Existing controls considered");
    case LK_RISK_STEP_MEASURES:    return _("New measures decided");
    case LK_RISK_STEP_FOLLOWED_UP: return _("Residual risk and follow-up set");
    default:                       return "";
    }
}

/* What to do next, said to the leader */
const char *
lk_risk_step_to_hint (LkRiskStep step)
{
  switch (step)
    {
    case LK_RISK_STEP_IDENTIFIED:
      return _("Next: assess probability and consequence before measures.");
    case LK_RISK_STEP_ASSESSED:
      return _("Next: write what is already done and answer “Is it enough?”.");
    case LK_RISK_STEP_CONTROLS:
      return _("Next: add new tiltak, each with an owner and a deadline.");
    case LK_RISK_STEP_MEASURES:
      return _("Next: assess the residual risk after measures and set a follow-up date.");
    case LK_RISK_STEP_FOLLOWED_UP:
      return _("All five steps are done. Follow the risk up on the date set.");
    default:
      return "";
    }
}

const char *
lk_deviation_cause_to_label (LkDeviationCause cause)
{
  switch (cause)
    {
    case LK_DEVIATION_SYSTEM:    return _("System");
    case LK_DEVIATION_PROCEDURE: return _("Procedure");
    case LK_DEVIATION_HUMAN:     return _("Human");
    default:                     return "";
    }
}

const char *
lk_deviation_severity_to_label (guint severity)
{
  switch (severity)
    {
    case 1:  return _("Low");
    case 2:  return _("Medium");
    case 3:  return _("High");
    default: return "";
    }
}

const char *
lk_deviation_status_to_label (LkDeviationStatus status)
{
  switch (status)
    {
    case LK_DEVIATION_OPEN:     return _("Open");
    case LK_DEVIATION_HANDLING: return _("Being handled");
    case LK_DEVIATION_CLOSED:   return _("Closed");
    default:                    return "";
    }
}

/* The 4V words stay Norwegian: they are the method's names. */
const char *
lk_screening_flag_to_label (LkScreeningFlags flag)
{
  switch (flag)
    {
    case LK_4V_VIKTIG:    return _("Viktig (important)");
    case LK_4V_VANLIG:    return _("Vanlig (common)");
    case LK_4V_VANSKELIG: return _("Vanskelig (difficult)");
    case LK_4V_VARIASJON: return _("Variasjon (done differently)");
    default:              return "";
    }
}
