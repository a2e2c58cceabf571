/* lk-ten-factor-page.c
 *
 * One round at a time: its result against the comparison values and the
 * unit's previous round, how the answers spread, the unit's rounds over
 * time, and the follow-up KS describes (factors to keep and to improve,
 * goal statements, tiltak, quarterly reviews, and the next round's value
 * to tell whether it worked). Every round comes from the store with the
 * anonymity rule applied; what is hidden says why where it would be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lk-a11y.h"
#include "lk-chart-ten-factor.h"
#include "lk-chart-view.h"
#include "lk-choice.h"
#include "lk-date.h"
#include "lk-dialogs.h"
#include "lk-masterplan.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"
#include "lk-round-editor.h"
#include "lk-ten-factor-import.h"
#include "lk-ten-factor-page.h"

#define AREA "ten-factor"

struct _LkTenFactorPage
{
  LkPage            parent_instance;

  LkStore          *store;
  GPtrArray        *rounds;        /* LkSurveyRound, newest first */
  GListStore       *round_choices; /* LkChoice: "Unit 2025" → uuid */
  GListStore       *unit_choices;  /* LkChoice: unit → unit */
  LkSurveyRound    *current;       /* in rounds */
  LkSurveyRound    *previous;      /* in rounds, or NULL */
  GPtrArray        *unit_rounds;   /* the current unit's rounds, for the trend */
  guint             threshold;
  gboolean          filling;
  gboolean          saving;
  GPtrArray        *follow_groups;    /* the groups added to follow_box */

  GtkStack         *stack;
  AdwViewStack     *views;
  GtkDropDown      *round_choice;
  GtkDropDown      *unit_choice;
  LkChartView      *round_chart;
  LkChartView      *spread_chart;
  GtkLabel         *spread_heading;
  LkChartView      *trend_chart;
  GtkBox           *follow_box;
  AdwPreferencesGroup *meetings_group;
  AdwEntryRow      *meeting1_row;
  AdwEntryRow      *meeting2_row;
  GtkWidget        *choose_button;
};

G_DEFINE_FINAL_TYPE (LkTenFactorPage, lk_ten_factor_page, LK_TYPE_PAGE)

static void update_round (LkTenFactorPage *self);

static char *
focus_label (LkSurveyFocus *focus)
{
  /* The tiltak's source as the example data and Tiltak show it */
  return g_strdup_printf ("%s (%s)", lk_ten_factor_name (focus->factor),
                          focus->kind == LK_FOCUS_KEEP ? _("keep") : _("improve"));
}

/* --- saving the open round ------------------------------------------------------ */

static gboolean
save_now (LkTenFactorPage *self)
{
  g_autoptr(LkSurveyRound) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->current == NULL)
    return TRUE;
  copy = lk_survey_round_copy (self->current);
  self->saving = TRUE;
  if (!lk_store_save_survey_round (self->store, copy, &error))
    {
      self->saving = FALSE;
      lk_show_error (GTK_WIDGET (self), _("Could Not Save the Follow-up"), error);
      return FALSE;
    }
  self->saving = FALSE;
  g_free (self->current->updated);
  self->current->updated = g_strdup (copy->updated);

  return TRUE;
}

/* --- the charts ------------------------------------------------------------------ */

static void
draw_round (cairo_t            *cr,
            double              width,
            double              height,
            const LkChartStyle *style,
            gpointer            data)
{
  LkTenFactorPage *self = data;

  if (self->current != NULL)
    lk_chart_ten_factor_round_draw (cr, width, height, self->current, self->previous, self->threshold, style);
}

static void
draw_spread (cairo_t            *cr,
             double              width,
             double              height,
             const LkChartStyle *style,
             gpointer            data)
{
  LkTenFactorPage *self = data;

  if (self->current != NULL)
    lk_chart_ten_factor_spread_draw (cr, width, height, self->current, self->threshold, style);
}

static void
draw_trend (cairo_t            *cr,
            double              width,
            double              height,
            const LkChartStyle *style,
            gpointer            data)
{
  LkTenFactorPage *self = data;

  if (self->unit_rounds != NULL && self->unit_rounds->len > 0)
    lk_chart_ten_factor_trend_draw (cr, width, height, self->unit_rounds, style);
}

/* A row's numbers in words, for pointing at it and for screen readers */
static char *
describe_factor (LkTenFactorPage *self,
                 guint            factor)
{
  const LkFactorResult *r = lk_survey_round_get_result (self->current, factor);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u %s", factor, lk_ten_factor_name (factor));
  if (r != NULL && !isnan (r->mean))
    {
      g_autofree char *mean = lk_format_number (r->mean, 2);

      g_string_append_printf (text, ": %s", mean);
    }
  for (guint k = 0; k < LK_COMPARISON_N; k++)
    {
      LkSurveyComparison *c = lk_survey_round_get_comparison (self->current, k);

      if (c != NULL && !isnan (c->means[factor - 1]))
        {
          g_autofree char *v = lk_format_number (c->means[factor - 1], 2);

          g_string_append_printf (text, " · %s %s", *c->label ? c->label : lk_comparison_kind_label (k), v);
        }
    }
  if (self->previous != NULL && lk_survey_round_get_result (self->previous, factor) != NULL)
    {
      g_autofree char *v = lk_format_number (lk_survey_round_get_result (self->previous, factor)->mean, 2);

      g_string_append_printf (text, " · %d %s", self->previous->year, v);
    }
  g_string_append_printf (text, "\n%s", lk_ten_factor_description (factor));

  return g_string_free (text, FALSE);
}

static gboolean
on_round_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  LkTenFactorPage *self)
{
  LkTfRoundLayout layout;
  g_autofree char *text = NULL;
  double nx, ny;
  int factor;

  if (self->current == NULL || keyboard)
    return FALSE;
  lk_chart_view_to_natural (self->round_chart, x, y, &nx, &ny);
  lk_chart_ten_factor_round_layout (self->current, self->previous, gtk_widget_get_width (widget),
                                    gtk_widget_get_height (widget), &layout);
  if ((factor = lk_chart_ten_factor_row_at (&layout, nx, ny)) == 0)
    return FALSE;
  text = describe_factor (self, factor);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
update_charts (LkTenFactorPage *self)
{
  g_autofree char *title = NULL;
  GString *summary = g_string_new (NULL);

  if (self->current == NULL)
    {
      g_string_free (summary, TRUE);
      return;
    }
  title = g_strdup_printf (_("10-faktor %s %d"), self->current->unit, self->current->year);
  lk_chart_view_set_title (self->round_chart, title);
  g_string_append_printf (summary, "%s. ", title);
  if (self->current->visibility != LK_RESULT_SHOWN)
    {
      g_autofree char *why = lk_survey_round_explain_hidden (self->current, self->threshold);

      g_string_append (summary, why);
    }
  else
    for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
      {
        g_autofree char *line = describe_factor (self, f);

        *strchr (line, '\n') = '\0';
        g_string_append_printf (summary, "%s. ", line);
      }
  lk_chart_view_set_summary (self->round_chart, summary->str);
  g_string_free (summary, TRUE);
  {
    g_autofree char *spread = g_strdup_printf (_("How the answers spread, %s %d"), self->current->unit,
                                               self->current->year);

    lk_chart_view_set_title (self->spread_chart, spread);
    lk_chart_view_set_summary (self->spread_chart, spread);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->spread_chart), lk_survey_round_has_counts (self->current));
  gtk_widget_set_visible (GTK_WIDGET (self->spread_heading), lk_survey_round_has_counts (self->current));
  gtk_widget_queue_draw (GTK_WIDGET (self->round_chart));
  gtk_widget_queue_draw (GTK_WIDGET (self->spread_chart));
}

static void
update_trend (LkTenFactorPage *self)
{
  const char *unit = lk_choice_selected_id (G_LIST_MODEL (self->unit_choices),
                                            gtk_drop_down_get_selected (self->unit_choice));
  g_autofree char *title = NULL;

  g_clear_pointer (&self->unit_rounds, g_ptr_array_unref);
  self->unit_rounds = g_ptr_array_new ();
  for (guint i = 0; self->rounds && unit && i < self->rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (self->rounds, i);
      g_autofree char *a = g_utf8_casefold (r->unit, -1);
      g_autofree char *b = g_utf8_casefold (unit, -1);

      if (g_utf8_collate (a, b) == 0)
        g_ptr_array_add (self->unit_rounds, r);
    }
  title = g_strdup_printf (_("10-faktor over time, %s"), unit ? unit : "");
  lk_chart_view_set_title (self->trend_chart, title);
  lk_chart_view_set_summary (self->trend_chart, title);
  gtk_widget_queue_draw (GTK_WIDGET (self->trend_chart));
}

/* --- the follow-up ------------------------------------------------------------------ */

static LkSurveyRound *
next_round (LkTenFactorPage *self)
{
  LkSurveyRound *best = NULL;

  for (guint i = 0; self->rounds && i < self->rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (self->rounds, i);
      g_autofree char *a = g_utf8_casefold (r->unit, -1);
      g_autofree char *b = g_utf8_casefold (self->current->unit, -1);

      if (r->year > self->current->year && g_utf8_collate (a, b) == 0 && (best == NULL || r->year < best->year))
        best = r;
    }

  return best;
}

/* "Did it work?": the factor now, and in the next round once there is one */
static char *
describe_effect (LkTenFactorPage *self,
                 guint            factor)
{
  const LkFactorResult *now = lk_survey_round_get_result (self->current, factor);
  LkSurveyRound *next = next_round (self);
  const LkFactorResult *then = next ? lk_survey_round_get_result (next, factor) : NULL;
  g_autofree char *a = now ? lk_format_number (now->mean, 2) : NULL;
  g_autofree char *b = then ? lk_format_number (then->mean, 2) : NULL;
  g_autofree char *change = NULL;

  if (now == NULL)
    return g_strdup (_("No result to start from."));
  if (then == NULL)
    return g_strdup_printf (_("%s in %d. The next round will tell whether it worked."), a, self->current->year);
  change = lk_format_number (fabs (then->mean - now->mean), 2);
  if (then->mean > now->mean + 0.005)
    return g_strdup_printf (_("%s in %d, %s in %d: up %s."), a, self->current->year, b, next->year, change);
  if (then->mean < now->mean - 0.005)
    return g_strdup_printf (_("%s in %d, %s in %d: down %s."), a, self->current->year, b, next->year, change);

  return g_strdup_printf (_("%s in %d and in %d: unchanged."), a, self->current->year, next->year);
}

typedef struct
{
  LkSurveyFocus *focus;
  GtkTextBuffer *buffer;
} StatementDialog;

static void
statement_dialog_free (gpointer data)
{
  StatementDialog *d = data;

  g_object_unref (d->focus);
  g_object_unref (d->buffer);
  g_free (d);
}

static void
statement_save (GtkWidget *from,
                gpointer   data)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (from);
  StatementDialog *d = data;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (d->buffer, &start, &end);
  text = gtk_text_buffer_get_text (d->buffer, &start, &end, FALSE);
  lk_set_text (&d->focus->statement, g_strstrip (text), FALSE);
  if (save_now (self))
    update_round (self);
}

/* The chosen factor a button of its group stands for: its place among
 * the round's choices, the target of the group's actions */
static LkSurveyFocus *
focus_at (LkTenFactorPage *self,
          GVariant        *param)
{
  guint index = g_variant_get_uint32 (param);

  if (self->current == NULL || index >= self->current->focus->len)
    return NULL;

  return g_ptr_array_index (self->current->focus, index);
}

static void
edit_statement_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  LkSurveyFocus *focus = focus_at (self, param);
  g_autoptr(GtkBuilder) form = NULL;
  g_autofree char *heading = NULL;
  StatementDialog *d;
  GtkWidget *view;

  if (focus == NULL)
    return;
  form = gtk_builder_new_from_resource ("/io/github/lederkompass/Lederkompass/lk-statement-form.ui");
  view = GTK_WIDGET (gtk_builder_get_object (form, "view"));
  d = g_new0 (StatementDialog, 1);
  d->focus = g_object_ref (focus);
  d->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gtk_text_buffer_set_text (d->buffer, focus->statement, -1);
  heading = g_strdup_printf (_("Goal Statement for %s"), lk_ten_factor_name (focus->factor));
  lk_ask (GTK_WIDGET (self), heading, _("Where you want to be, in the words of the team."),
          GTK_WIDGET (gtk_builder_get_object (form, "form")), _("_Save"), statement_save, d, statement_dialog_free);
  gtk_widget_grab_focus (view);
}

static void
edit_measure_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) measure = lk_store_get_measure (self->store, g_variant_get_string (param, NULL), &error);

  if (measure == NULL)
    {
      lk_show_error (widget, _("Could Not Open the Tiltak"), error);
      return;
    }
  lk_present (lk_measure_editor_new (lk_parent_window (widget), self->store, measure), self);
}

static void
new_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  LkSurveyFocus *focus = focus_at (self, param);
  g_autofree char *label = NULL;

  if (focus == NULL)
    return;
  label = focus_label (focus);

  /* The tiltak links to the choice by its uuid: the choice is saved first */
  if (!save_now (self))
    return;
  lk_present (lk_measure_editor_new_for_source (lk_parent_window (GTK_WIDGET (self)), self->store,
                                                LK_SOURCE_TEN_FACTOR, focus->uuid, label),
              self);
}

static void
remove_focus_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  LkSurveyFocus *focus = focus_at (self, param);
  guint index;

  if (focus == NULL)
    return;
  save_now (self);
  if (!g_ptr_array_find (self->current->focus, focus, &index))
    return;
  g_ptr_array_remove_index (self->current->focus, index);
  save_now (self);
  update_round (self);
}

typedef struct
{
  LkSurveyFocus *focus;
  AdwEntryRow   *date;
  AdwEntryRow   *note;
} ReviewDialog;

static void
review_dialog_free (gpointer data)
{
  ReviewDialog *d = data;

  g_object_unref (d->focus);
  g_free (d);
}

static void
review_add (GtkWidget *from,
            gpointer   data)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (from);
  ReviewDialog *d = data;
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  date = lk_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (d->date)));
  if (date == NULL)
    {
      g_set_error_literal (&error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The date is not one Lederkompass can read. Write it like 15.03.2026."));
      lk_show_error (from, _("Could Not Add the Review"), error);
      return;
    }
  save_now (self);
  g_ptr_array_add (d->focus->reviews, lk_survey_review_new (NULL, date, gtk_editable_get_text (GTK_EDITABLE (d->note))));
  save_now (self);
  update_round (self);
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  LkSurveyFocus *focus = focus_at (self, param);
  ReviewDialog *d;
  g_autofree char *today = lk_date_today ();
  g_autofree char *shown = lk_date_format_input (today);
  g_autofree char *heading = NULL;
  g_autoptr(GtkBuilder) form = NULL;

  if (focus == NULL)
    return;
  form = gtk_builder_new_from_resource ("/io/github/lederkompass/Lederkompass/lk-review-form.ui");
  d = g_new0 (ReviewDialog, 1);
  d->focus = g_object_ref (focus);
  d->date = ADW_ENTRY_ROW (gtk_builder_get_object (form, "date"));
  d->note = ADW_ENTRY_ROW (gtk_builder_get_object (form, "note"));
  gtk_editable_set_text (GTK_EDITABLE (d->date), shown);
  heading = g_strdup_printf (_("Review of %s"), lk_ten_factor_name (focus->factor));
  lk_ask (GTK_WIDGET (self), heading, _("What have the tiltak done for this factor since last time?"),
          GTK_WIDGET (gtk_builder_get_object (form, "form")), _("_Add"), review_add, d, review_dialog_free);
  gtk_widget_grab_focus (GTK_WIDGET (d->note));
}

static GtkWidget *
flat_button (const char *icon,
             const char *label,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  if (tooltip)
    gtk_widget_set_tooltip_text (button, tooltip);

  return button;
}

/* One group per chosen factor: its statement, whether it worked, its
 * tiltak and its reviews */
static GtkWidget *
focus_group (LkTenFactorPage *self,
             guint            index)
{
  LkSurveyFocus *focus = g_ptr_array_index (self->current->focus, index);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *statement, *effect, *remove, *buttons, *new_measure, *add_review;
  g_autofree char *title = g_strdup_printf ("%u %s · %s", focus->factor, lk_ten_factor_name (focus->factor),
                                            lk_focus_kind_label (focus->kind));
  g_autofree char *effect_text = describe_effect (self, focus->factor);
  g_autoptr(GListStore) measures = NULL;
  LkMeasureFilter filter;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), lk_ten_factor_description (focus->factor));
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove This Choice"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "ten-factor.remove-focus");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);

  /* The whole statement, wrapped; edited in a dialog of its own */
  statement = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (statement), _("Goal statement"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (statement),
                               *focus->statement ? focus->statement : _("No goal statement yet."));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (statement), 0);
  {
    GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");

    gtk_widget_add_css_class (edit, "flat");
    gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (edit, _("Edit the Goal Statement"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "ten-factor.edit-statement");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "u", index);
    adw_action_row_add_suffix (ADW_ACTION_ROW (statement), edit);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (statement), edit);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), statement);

  effect = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (effect), _("Did it work?"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (effect), effect_text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (effect), 3);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), effect);

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_TEN_FACTOR;
  filter.source_uuid = focus->uuid;
  measures = lk_store_list_measures (self->store, &filter, NULL);
  for (guint i = 0; measures && i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (measures), i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *deadline = lk_measure_get_deadline (measure) ? lk_date_format (lk_measure_get_deadline (measure))
                                                                  : NULL;
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", lk_measure_status_to_label (lk_measure_get_status (measure)),
                                                   *lk_measure_get_owner (measure) ? lk_measure_get_owner (measure) : _("No owner"),
                                                   deadline && *deadline ? deadline : _("No deadline"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_measure_get_title (measure));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("lk-measures-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "ten-factor.edit-measure");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", lk_measure_get_uuid (measure));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  for (guint i = 0; i < focus->reviews->len; i++)
    {
      LkSurveyReview *review = g_ptr_array_index (focus->reviews, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = lk_date_format (review->date);
      g_autofree char *title_text = g_strdup_printf (_("Review %s"), date);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *review->note ? review->note : _("No note"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  new_measure = flat_button ("list-add-symbolic", _("New _Tiltak"), _("A Tiltak for This Factor"));
  add_review = flat_button ("document-edit-symbolic", _("Add _Review"), _("Note What the Tiltak Did"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_measure), "ten-factor.new-measure");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (new_measure), "u", index);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_review), "ten-factor.add-review");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add_review), "u", index);
  gtk_box_append (GTK_BOX (buttons), new_measure);
  gtk_box_append (GTK_BOX (buttons), add_review);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), buttons);

  return group;
}

static void
update_follow_up (LkTenFactorPage *self)
{
  g_autofree char *m1 = NULL;
  g_autofree char *m2 = NULL;

  for (guint i = 0; i < self->follow_groups->len; i++)
    gtk_box_remove (self->follow_box, g_ptr_array_index (self->follow_groups, i));
  g_ptr_array_set_size (self->follow_groups, 0);
  if (self->current == NULL)
    return;

  self->filling = TRUE;
  m1 = self->current->meeting1 ? lk_date_format_input (self->current->meeting1) : g_strdup ("");
  m2 = self->current->meeting2 ? lk_date_format_input (self->current->meeting2) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->meeting1_row), m1);
  gtk_editable_set_text (GTK_EDITABLE (self->meeting2_row), m2);
  for (guint i = 0; i < self->current->focus->len; i++)
    {
      GtkWidget *group = focus_group (self, i);

      gtk_box_append (self->follow_box, group);
      g_ptr_array_add (self->follow_groups, group);
    }
  if (self->current->focus->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No factors chosen yet. Choose one to keep and one to improve."));

      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_box_append (self->follow_box, empty);
      g_ptr_array_add (self->follow_groups, empty);
    }
  self->filling = FALSE;
  gtk_widget_set_sensitive (self->choose_button, self->current->focus->len < LK_SURVEY_MAX_FOCUS);
}

static void
on_meeting_applied (AdwEntryRow     *row,
                    LkTenFactorPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *date = lk_text_is_blank (text) ? NULL : lk_date_parse_user (text);
  char **field;

  if (self->current == NULL || self->filling)
    return;
  field = row == self->meeting1_row ? &self->current->meeting1 : &self->current->meeting2;
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (!lk_text_is_blank (text) && date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  g_free (*field);
  *field = g_steal_pointer (&date);
  save_now (self);
}

/* --- choosing a factor to keep or improve ---------------------------------------------- */

typedef struct
{
  LkFocusKind  kind;
  AdwComboRow *factor;
  GListStore  *factors;
  AdwEntryRow *statement;
} ChooseDialog;

static void
choose_dialog_free (gpointer data)
{
  ChooseDialog *d = data;

  g_object_unref (d->factors);
  g_free (d);
}

static void
factor_choose (GtkWidget *from,
               gpointer   data)
{
  ChooseDialog *d = data;
  const char *id = lk_choice_selected_id (G_LIST_MODEL (d->factors), adw_combo_row_get_selected (d->factor));
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (from);
  g_autoptr(GError) error = NULL;
  LkSurveyFocus *focus;

  if (id == NULL || self->current == NULL)
    return;
  save_now (self);
  focus = lk_survey_focus_new (NULL, atoi (id), d->kind, gtk_editable_get_text (GTK_EDITABLE (d->statement)));
  g_ptr_array_add (self->current->focus, focus);
  if (!lk_survey_round_validate (self->current, &error))
    {
      g_ptr_array_remove (self->current->focus, focus);
      lk_show_error (GTK_WIDGET (self), _("Could Not Choose the Factor"), error);
      return;
    }
  save_now (self);
  update_round (self);
  adw_view_stack_set_visible_child_name (self->views, "follow-up");
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  LkFocusKind kind = g_str_equal (g_variant_get_string (param, NULL), "keep") ? LK_FOCUS_KEEP : LK_FOCUS_IMPROVE;
  g_autoptr(GtkBuilder) form = NULL;
  ChooseDialog *d;

  if (self->current == NULL)
    return;
  d = g_new0 (ChooseDialog, 1);
  d->kind = kind;
  d->factors = g_list_store_new (LK_TYPE_CHOICE);
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    if (lk_survey_round_get_focus (self->current, f) == NULL)
      {
        const LkFactorResult *r = lk_survey_round_get_result (self->current, f);
        g_autofree char *mean = r ? lk_format_number (r->mean, 2) : NULL;
        g_autofree char *label = mean ? g_strdup_printf ("%u %s (%s)", f, lk_ten_factor_name (f), mean)
                                      : g_strdup_printf ("%u %s", f, lk_ten_factor_name (f));
        g_autofree char *id = g_strdup_printf ("%u", f);

        lk_choice_append (d->factors, label, id);
      }

  form = gtk_builder_new_from_resource ("/io/github/lederkompass/Lederkompass/lk-factor-form.ui");
  d->factor = ADW_COMBO_ROW (gtk_builder_get_object (form, "factor"));
  adw_combo_row_set_expression (d->factor, lk_choice_expression ());
  adw_combo_row_set_model (d->factor, G_LIST_MODEL (d->factors));
  d->statement = ADW_ENTRY_ROW (gtk_builder_get_object (form, "statement"));
  lk_ask (GTK_WIDGET (self), kind == LK_FOCUS_KEEP ? _("Choose a Factor to Keep") : _("Choose a Factor to Improve"),
          kind == LK_FOCUS_KEEP
          ? _("A strength to hold on to (bevaringsområde), with a goal statement that says what you will keep doing.")
          : _("Where to make an effort (innsatsområde), with a goal statement that says where you want to be."),
          GTK_WIDGET (gtk_builder_get_object (form, "form")), _("_Choose"), factor_choose, d, choose_dialog_free);
}

/* --- the rounds ------------------------------------------------------------------------ */

static void
update_round (LkTenFactorPage *self)
{
  const char *uuid = lk_choice_selected_id (G_LIST_MODEL (self->round_choices),
                                            gtk_drop_down_get_selected (self->round_choice));

  self->current = NULL;
  for (guint i = 0; self->rounds && uuid && i < self->rounds->len; i++)
    if (g_str_equal (((LkSurveyRound *) g_ptr_array_index (self->rounds, i))->uuid, uuid))
      self->current = g_ptr_array_index (self->rounds, i);
  self->previous = self->current ? lk_survey_previous_round (self->rounds, self->current) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ten-factor.edit-round", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ten-factor.delete-round", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ten-factor.choose", self->current != NULL);
  update_charts (self);
  update_follow_up (self);
}

static void
on_round_selected (LkTenFactorPage *self)
{
  if (self->filling)
    return;
  save_now (self);
  update_round (self);
}

static void
refresh (LkTenFactorPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = self->current ? g_strdup (self->current->uuid) : NULL;
  g_autofree char *keep_unit = g_strdup (lk_choice_selected_id (G_LIST_MODEL (self->unit_choices),
                                                                gtk_drop_down_get_selected (self->unit_choice)));
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint selected = 0, unit_selected = 0;

  save_now (self);
  self->threshold = lk_store_get_anonymity_threshold (self->store);
  self->current = self->previous = NULL;
  g_clear_pointer (&self->unit_rounds, g_ptr_array_unref);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  self->rounds = lk_store_list_survey_rounds (self->store, &error);
  if (self->rounds == NULL)
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Read the 10-faktor Results"), error);
      self->rounds = g_ptr_array_new_with_free_func (g_object_unref);
    }

  self->filling = TRUE;
  g_list_store_remove_all (self->round_choices);
  g_list_store_remove_all (self->unit_choices);
  for (guint i = 0; i < self->rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (self->rounds, i);
      g_autofree char *label = g_strdup_printf ("%s %d", r->unit, r->year);
      g_autofree char *folded = g_utf8_casefold (r->unit, -1);

      lk_choice_append (self->round_choices, label, r->uuid);
      if (g_strcmp0 (r->uuid, keep) == 0)
        selected = i;
      if (!g_hash_table_contains (units, folded))
        {
          g_hash_table_add (units, g_steal_pointer (&folded));
          if (keep_unit && g_str_equal (r->unit, keep_unit))
            unit_selected = g_list_model_get_n_items (G_LIST_MODEL (self->unit_choices));
          lk_choice_append (self->unit_choices, r->unit, r->unit);
        }
    }
  gtk_drop_down_set_selected (self->round_choice, selected);
  gtk_drop_down_set_selected (self->unit_choice, unit_selected);
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (self->stack, self->rounds->len > 0 ? "rounds" : "empty");
  update_round (self);
  update_trend (self);
}

static void
on_store_changed (LkTenFactorPage *self)
{
  /* Our own saves change nothing the page shows but its data */
  if (!self->saving)
    lk_page_queue_refresh (LK_PAGE (self));
}

static void
new_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);

  lk_present (lk_round_editor_new (lk_parent_window (widget), self->store, NULL), self);
}

static void
edit_round_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);

  if (self->current == NULL)
    return;
  save_now (self);
  lk_present (lk_round_editor_new (lk_parent_window (widget), self->store, self->current), self);
}

static void
on_delete_confirmed (AdwMessageDialog *dialog,
                     const char       *response,
                     LkTenFactorPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->current == NULL)
    return;
  if (!lk_store_delete_survey_round (self->store, self->current->uuid, &error))
    lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Round"), error);
  else
    lk_toast_emit_text (self, _("Round deleted"));
}

static void
delete_round_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->current == NULL)
    return;
  heading = g_strdup_printf (_("Delete %s %d?"), self->current->unit, self->current->year);
  lk_confirm_delete (lk_parent_window (widget), heading,
                     _("Its results, comparison values and follow-up go with it. Tiltak made from it stay in Tiltak."),
                     G_CALLBACK (on_delete_confirmed), self);
}

/* --- import and export ---------------------------------------------------------------- */

static void
import_confirmed (GtkWidget *from,
                  gpointer   data)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (from);
  LkTenFactorImport *import = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = import->rounds->len;

  if (!lk_ten_factor_apply (self->store, import, &error))
    {
      lk_show_error (from, _("Could Not Import the Results"), error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round imported", "%u rounds imported", n), n);
  lk_toast_emit_text (self, message);
  adw_view_stack_set_visible_child_name (self->views, "results");
}

/* What the file holds and what it will replace, before anything is written */
static void
show_preview (LkTenFactorPage   *self,
              LkTenFactorImport *import)
{
  g_autoptr(GError) error = NULL;
  GString *body = g_string_new (NULL);
  guint n = import->rounds->len;

  if (!lk_ten_factor_preview (self->store, import, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Import the Results"), error);
      lk_ten_factor_import_free (import);
      g_string_free (body, TRUE);
      return;
    }
  for (guint i = 0; i < n && i < 12; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (import->rounds, i);
      g_autofree char *response = lk_survey_round_describe_response (round);

      g_string_append_printf (body, "• %s %d, %s%s\n", round->unit, round->year, response,
                              g_array_index (import->replaces, gboolean, i) ? _(": replaces the results here") : "");
    }
  if (n > 12)
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "• and %u more round\n", "• and %u more rounds\n",
                                               n - 12), n - 12);
  for (guint i = 0; i < import->warnings->len && i < 8; i++)
    g_string_append_printf (body, "\n%s", (char *) g_ptr_array_index (import->warnings, i));

  lk_ask (GTK_WIDGET (self), g_dngettext (GETTEXT_PACKAGE, "Import This Round?", "Import These Rounds?", n),
          body->str, NULL, _("_Import"), import_confirmed, import, (GDestroyNotify) lk_ten_factor_import_free);
  g_string_free (body, TRUE);
}

/* A CSV or JSON file of results: what importing it would do, or what is
 * wrong with it; nothing is written until the preview is accepted */
static void
read_results (GtkWidget  *from,
              const char *path,
              const char *data,
              gsize       length)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (from);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gboolean json = g_str_has_suffix (path, ".json") || g_str_has_suffix (path, ".JSON");
  LkTenFactorImport *import = json ? lk_ten_factor_read_json (data, length, &error)
                                   : lk_ten_factor_read_csv (data, length, base, &error);

  if (import == NULL)
    lk_show_error (from, _("Could Not Import the Results"), error);
  else
    show_preview (self, import);
}

static void
import_choose_file (GtkWidget *from,
                    gpointer   data)
{
  static const char *patterns[] = { "*.csv", "*.CSV", "*.txt", "*.json", NULL };

  lk_choose_file_to_read (from, _("Import 10-faktor Results"),
                          _("Spreadsheets (CSV) and Lederkompass results (JSON)"), patterns,
                          LK_TEN_FACTOR_MAX_SIZE, _("Could Not Import the Results"), read_results);
}

/* The columns the file needs, said before the file is chosen */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  lk_ask (widget, _("Import 10-faktor Results"),
          _("A spreadsheet saved as CSV, with a row of column names:\n\n"
            "• År, Enhet and Svar (Year, Unit, Respondents); Inviterte, Enhetstype and "
            "Del av if you have them;\n"
            "• then either Faktor (1–10 or its name) and Snitt (the mean), with the answers "
            "1 to 5 and the comparison values Kommunen, Alle kommuner and Snitt enhetstype "
            "if you have them, one row per factor;\n"
            "• or one column per factor, named by its number or name, holding the mean.\n\n"
            "Semicolons, commas or tabs; decimal comma or point. You see what will be "
            "imported before anything is stored. A sample: 10-faktor-eksempel.csv in "
            "Lederkompass’s data folder."),
          NULL, _("_Choose File…"), import_choose_file, NULL, NULL);
}

static gboolean
save_json (const char  *path,
           gpointer     data,
           GError     **error)
{
  gsize length = 0;
  g_autofree char *json = lk_ten_factor_export_json (data, &length);

  return g_file_set_contents_full (path, json, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (widget);
  static const LkFileType json_type[] = { { N_("JSON"), ".json", "application/json" } };

  if (self->rounds == NULL || self->rounds->len == 0)
    return;
  /* The rounds as listed: hidden results are not in them */
  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Results as JSON"),
                                     .failed = _("Could Not Export the Results"),
                                     .done = _("Results exported"),
                                     .types = json_type, .n_types = 1 },
                       _("10-faktor.json"), save_json,
                       g_ptr_array_ref (self->rounds), (GDestroyNotify) g_ptr_array_unref);
}

/* --- the page ---------------------------------------------------------------------- */

/* A tiltak opens the choice it was made for */
static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (page);

  for (guint i = 0; self->rounds && i < self->rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (self->rounds, i);

      /* The round itself (from the ROS brief), or one of its chosen factors */
      if (g_strcmp0 (r->uuid, target) == 0)
        {
          gtk_drop_down_set_selected (self->round_choice, i);
          adw_view_stack_set_visible_child_name (self->views, "results");
          return TRUE;
        }
      for (guint f = 0; f < r->focus->len; f++)
        if (g_strcmp0 (((LkSurveyFocus *) g_ptr_array_index (r->focus, f))->uuid, target) == 0)
          {
            gtk_drop_down_set_selected (self->round_choice, i);
            adw_view_stack_set_visible_child_name (self->views, "follow-up");
            return TRUE;
          }
    }

  return FALSE;
}

static void
page_flush (LkPage *page)
{
  save_now (LK_TEN_FACTOR_PAGE (page));
}

/* Narrow: the small multiples one under the other, scrolled */
static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (page);

  gtk_widget_set_size_request (GTK_WIDGET (self->trend_chart), -1, narrow ? 10 * 130 + 60 : 520);
  gtk_widget_set_size_request (GTK_WIDGET (self->round_chart), -1, narrow ? 620 : 560);
}

static void
lk_ten_factor_page_constructed (GObject *object)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (object);

  G_OBJECT_CLASS (lk_ten_factor_page_parent_class)->constructed (object);

  self->store = g_object_ref (lk_page_get_store (LK_PAGE (self)));
  lk_store_watch (self->store, (const char *[]) { AREA, "measures", NULL }, G_CALLBACK (on_store_changed), self);
  refresh (self);
}

static void
lk_ten_factor_page_dispose (GObject *object)
{
  LkTenFactorPage *self = LK_TEN_FACTOR_PAGE (object);

  if (self->store != NULL)
    {
      save_now (self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_TEN_FACTOR_PAGE);
  self->current = self->previous = NULL;
  g_clear_pointer (&self->unit_rounds, g_ptr_array_unref);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->follow_groups, g_ptr_array_unref);
  g_clear_object (&self->round_choices);
  g_clear_object (&self->unit_choices);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lk_ten_factor_page_parent_class)->dispose (object);
}

LkSurveyRound *
lk_ten_factor_page_get_round (LkTenFactorPage *self)
{
  g_return_val_if_fail (LK_IS_TEN_FACTOR_PAGE (self), NULL);

  return self->current;
}

static void
lk_ten_factor_page_class_init (LkTenFactorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->constructed = lk_ten_factor_page_constructed;
  object_class->dispose = lk_ten_factor_page_dispose;
  page_class->show = page_show;
  page_class->refresh = (void (*) (LkPage *)) refresh;
  page_class->flush = page_flush;
  page_class->set_narrow = page_set_narrow;

  g_type_ensure (LK_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-ten-factor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, views);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, round_choice);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, unit_choice);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, round_chart);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, spread_chart);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, spread_heading);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, follow_box);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, meeting1_row);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, meeting2_row);
  gtk_widget_class_bind_template_child (widget_class, LkTenFactorPage, choose_button);

  gtk_widget_class_install_action (widget_class, "ten-factor.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.edit-round", NULL, edit_round_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.delete-round", NULL, delete_round_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.choose", "s", choose_action);
  /* The buttons of a chosen factor's group; the target is its place */
  gtk_widget_class_install_action (widget_class, "ten-factor.edit-statement", "u", edit_statement_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.remove-focus", "u", remove_focus_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.new-measure", "u", new_measure_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.add-review", "u", add_review_action);
  gtk_widget_class_install_action (widget_class, "ten-factor.edit-measure", "s", edit_measure_action);
}

static void
lk_ten_factor_page_init (LkTenFactorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lk_page_set_views (LK_PAGE (self), self->views);

  self->round_choices = g_list_store_new (LK_TYPE_CHOICE);
  self->unit_choices = g_list_store_new (LK_TYPE_CHOICE);
  self->follow_groups = g_ptr_array_new ();
  gtk_drop_down_set_expression (self->round_choice, lk_choice_expression ());
  gtk_drop_down_set_model (self->round_choice, G_LIST_MODEL (self->round_choices));
  gtk_drop_down_set_expression (self->unit_choice, lk_choice_expression ());
  gtk_drop_down_set_model (self->unit_choice, G_LIST_MODEL (self->unit_choices));
  g_signal_connect_swapped (self->round_choice, "notify::selected", G_CALLBACK (on_round_selected), self);
  g_signal_connect_swapped (self->unit_choice, "notify::selected", G_CALLBACK (update_trend), self);

  lk_chart_view_set_draw_func (self->round_chart, draw_round, self, NULL);
  lk_chart_view_set_draw_func (self->spread_chart, draw_spread, self, NULL);
  lk_chart_view_set_draw_func (self->trend_chart, draw_trend, self, NULL);
  lk_chart_view_set_export_size (self->round_chart, 842, 595);
  lk_chart_view_set_export_size (self->spread_chart, 842, 595);
  lk_chart_view_set_export_size (self->trend_chart, 1190, 842);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->round_chart), TRUE);
  g_signal_connect (self->round_chart, "query-tooltip", G_CALLBACK (on_round_tooltip), self);

  adw_entry_row_set_show_apply_button (self->meeting1_row, TRUE);
  adw_entry_row_set_show_apply_button (self->meeting2_row, TRUE);
  g_signal_connect (self->meeting1_row, "apply", G_CALLBACK (on_meeting_applied), self);
  g_signal_connect (self->meeting2_row, "apply", G_CALLBACK (on_meeting_applied), self);
}
