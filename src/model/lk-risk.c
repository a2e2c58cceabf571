/* lk-risk.c: risks, their bowties and assessments, and how far a risk has come
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

gboolean
lk_risk_position_is_set (double position)
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
  if (!lk_risk_position_is_set (p) || !lk_risk_position_is_set (c))
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
  if (lk_text_is_blank (risk->hazard))
    return LK_RISK_STEP_NONE;
  if (!lk_risk_position_is_set (risk->p_before) || !lk_risk_position_is_set (risk->c_before))
    return LK_RISK_STEP_IDENTIFIED;
  if (risk->enough < 0)
    return LK_RISK_STEP_ASSESSED;
  if (risk->enough == 0 && n_measures == 0)
    return LK_RISK_STEP_CONTROLS;
  if (!lk_risk_position_is_set (risk->p_after) || !lk_risk_position_is_set (risk->c_after) || risk->follow_up == NULL)
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
position_ok (double position)
{
  return position == LK_RISK_UNSET || lk_risk_position_is_set (position);
}

static gboolean
risk_validate (const LkRisk  *risk,
               guint          n,
               GError       **error)
{
  if (lk_text_is_blank (risk->hazard))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("Risk %u needs a description of what can go wrong."), n);
      return FALSE;
    }
  if (!lk_text_is_valid (risk->hazard) || !lk_text_is_valid (risk->causes) || !lk_text_is_valid (risk->controls) ||
      !lk_text_is_valid (risk->top_event))
    return lk_set_invalid (error, _("A risk contains text that is not valid UTF-8."));
  if (!position_ok (risk->p_before) || !position_ok (risk->c_before) ||
      !position_ok (risk->p_after) || !position_ok (risk->c_after) ||
      lk_risk_position_is_set (risk->p_before) != lk_risk_position_is_set (risk->c_before) ||
      lk_risk_position_is_set (risk->p_after) != lk_risk_position_is_set (risk->c_after))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("Risk %u needs both probability and consequence, each within the matrix."), n);
      return FALSE;
    }
  if (risk->enough < -1 || risk->enough > 1)
    return lk_set_invalid (error, _("\"Is it enough?\" can only be yes, no or not answered."));
  if (risk->follow_up != NULL && !lk_date_is_valid_iso (risk->follow_up))
    return lk_set_invalid (error, _("The follow-up date is not a valid date."));

  for (guint side = 0; side < 2; side++)
    {
      GPtrArray *items = side == 0 ? risk->bowtie_causes : risk->bowtie_consequences;

      for (guint i = 0; i < items->len; i++)
        {
          LkBowtieItem *item = g_ptr_array_index (items, i);

          if (lk_text_is_blank (item->text) || !lk_text_is_valid (item->text))
            return lk_set_invalid (error, _("Every cause and consequence in a bowtie needs a text."));
          for (guint b = 0; b < item->barriers->len; b++)
            {
              LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

              if (lk_text_is_blank (barrier->text) || !lk_text_is_valid (barrier->text))
                return lk_set_invalid (error, _("Every barrier in a bowtie needs a text."));
            }
        }
    }

  return TRUE;
}

gboolean
lk_risk_assessment_validate (const LkRiskAssessment  *a,
                             GError                 **error)
{
  if (lk_text_is_blank (a->title))
    return lk_set_invalid (error, _("The assessment needs a subject area."));
  if (!lk_text_is_valid (a->title) || !lk_text_is_valid (a->workplace) || !lk_text_is_valid (a->unit) ||
      !lk_text_is_valid (a->participants))
    return lk_set_invalid (error, _("The assessment contains text that is not valid UTF-8."));
  if (!lk_date_is_valid_iso (a->date))
    return lk_set_invalid (error, _("The assessment needs a valid date."));
  if (a->matrix.size < 3 || a->matrix.size > LK_RISK_MATRIX_MAX)
    return lk_set_invalid (error, _("The matrix must be 3×3, 4×4 or 5×5."));

  for (guint i = 0; i < a->screening->len; i++)
    {
      LkScreeningTopic *t = g_ptr_array_index (a->screening, i);

      if (lk_text_is_blank (t->topic) || !lk_text_is_valid (t->topic))
        return lk_set_invalid (error, _("Every screened topic needs a name."));
    }

  for (guint i = 0; i < a->risks->len; i++)
    if (!risk_validate (g_ptr_array_index (a->risks, i), i + 1, error))
      return FALSE;

  return TRUE;
}
