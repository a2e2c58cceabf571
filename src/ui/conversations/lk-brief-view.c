/* lk-brief-view.c
 *
 * The conversation's details, then the agenda's topics in the handbook's
 * order: what the leader prepares, what the brief assembled from the
 * other areas (a click opens the item where it lives), and the notes
 * from the conversation; the budget figures under their topic; the
 * agreed tiltak at the end. Everything typed is saved a moment later, as
 * a whole, and only when it is valid (a date being typed is not saved
 * half-way). Once held, the brief and the preparation stay as they were;
 * notes and agreed tiltak can still be added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lk-brief-view.h"
#include "lk-date.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-masterplan.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"
#include "lk-later.h"
#include "lk-page.h"
#include "lk-risk.h"
#include "lk-ten-factor.h"

#define SAVE_DELAY_MS 600

typedef struct
{
  AdwPreferencesGroup *group;
  GtkTextView         *text;
  GtkTextView         *notes;
  GtkListBox          *rows;
  GtkLabel            *empty;
} Topic;

struct _LkBriefView
{
  AdwBin           parent_instance;

  LkStore         *store;
  LkConversation  *conversation;   /* the view's own copy, saved whole */
  GListStore      *agreed;         /* LkMeasure */
  Topic            topics[LK_TOPIC_N];
  AdwEntryRow     *budget_row;
  AdwEntryRow     *spent_row;
  AdwEntryRow     *forecast_row;
  AdwActionRow    *deviation_row;
  LkLater          autosave;
  gboolean         dirty;       /* typed since the last save */
  gboolean         filling;

  GtkScrolledWindow *scroller;
  GtkLabel        *state_label;
  GtkLabel        *error_label;
  AdwEntryRow     *with_row;
  AdwEntryRow     *role_row;
  AdwEntryRow     *unit_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *time_row;
  AdwComboRow     *period_row;
  AdwEntryRow     *period_text_row;
  AdwEntryRow     *next_row;
  GtkBox          *topics_box;
  GtkListBox      *agreed_list;
};

G_DEFINE_FINAL_TYPE (LkBriefView, lk_brief_view, ADW_TYPE_BIN)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- reading the fields ------------------------------------------------------------- */

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strstrip (g_steal_pointer (&text));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
mark (AdwEntryRow *row,
      gboolean     bad)
{
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* An optional date: empty is none; else day first, or ISO */
static gboolean
read_date (AdwEntryRow  *row,
           gboolean      required,
           char        **out)
{
  g_autofree char *text = entry_text (row);
  g_autofree char *iso = NULL;

  if (*text == '\0')
    {
      mark (row, required);
      *out = NULL;
      return !required;
    }
  iso = lk_date_parse_user (text);
  mark (row, iso == NULL);
  *out = g_steal_pointer (&iso);

  return *out != NULL;
}

static gboolean
read_amount (AdwEntryRow *row,
             double      *out)
{
  g_autofree char *text = entry_text (row);
  double value;

  *out = NAN;
  if (*text == '\0')
    {
      mark (row, FALSE);
      return TRUE;
    }
  if (!lk_parse_number (text, &value) || !isfinite (value) || fabs (value) >= 1e13)
    {
      mark (row, TRUE);
      return FALSE;
    }
  mark (row, FALSE);
  *out = value;

  return TRUE;
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (lk_text_is_blank (text))
    g_clear_pointer (&text, g_free);

  return text;
}

static char *
format_amount (double value)
{
  return isnan (value) ? g_strdup ("") : lk_format_number (value, 0);
}

static void
update_deviation (LkBriefView *self)
{
  double percent, deviation = lk_conversation_deviation (self->conversation, &percent);

  if (isnan (deviation))
    adw_action_row_set_subtitle (self->deviation_row, _("Give the budget and the forecast to see the deviation."));
  else
    {
      g_autofree char *amount = lk_format_number (deviation, 0);
      g_autofree char *share = lk_format_number (percent, 1);
      g_autofree char *text = deviation < 0
        /* Translators: the budget's deviation: kroner, per cent */
        ? g_strdup_printf (_("%s kr (%s %%): an overrun"), amount, share)
        : g_strdup_printf (_("%s kr (%s %%) left"), amount, share);

      adw_action_row_set_subtitle (self->deviation_row, text);
    }
}

/* What the fields say, into the conversation; FALSE (and nothing changed)
 * when a field is not valid yet */
static gboolean
collect (LkBriefView *self)
{
  LkConversation *c = self->conversation;
  g_autofree char *with = entry_text (self->with_row);
  g_autofree char *date = NULL;
  g_autofree char *next = NULL;
  g_autofree char *time = entry_text (self->time_row);
  double budget, spent, forecast;
  gboolean ok = TRUE;
  guint period = adw_combo_row_get_selected (self->period_row);
  g_autoptr(LkConversation) candidate = NULL;
  g_autoptr(GError) error = NULL;

  ok &= read_date (self->date_row, TRUE, &date);
  ok &= read_date (self->next_row, FALSE, &next);
  ok &= read_amount (self->budget_row, &budget);
  ok &= read_amount (self->spent_row, &spent);
  ok &= read_amount (self->forecast_row, &forecast);
  mark (self->with_row, *with == '\0');
  ok &= *with != '\0';
  if (!ok)
    {
      gtk_label_set_text (self->error_label, *with == '\0' ? _("Write whom the conversation is with.")
                                                           : _("A date or a sum is not valid yet: it is saved once it is."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  candidate = lk_conversation_copy (c);
  g_free (candidate->with_name);
  candidate->with_name = g_steal_pointer (&with);
  g_free (candidate->with_role);
  candidate->with_role = entry_text (self->role_row);
  g_free (candidate->unit);
  candidate->unit = entry_text (self->unit_row);
  g_free (candidate->date);
  candidate->date = g_steal_pointer (&date);
  g_free (candidate->time);
  candidate->time = *time ? g_steal_pointer (&time) : NULL;
  candidate->period = MIN (period, LK_PERIOD_OTHER);
  g_free (candidate->period_text);
  candidate->period_text = entry_text (self->period_text_row);
  g_free (candidate->next_date);
  candidate->next_date = g_steal_pointer (&next);
  candidate->budget = budget;
  candidate->spent = spent;
  candidate->forecast = forecast;
  for (guint t = 0; t < LK_TOPIC_N; t++)
    {
      g_free (candidate->texts[t]);
      candidate->texts[t] = text_view_text (self->topics[t].text);
      g_free (candidate->notes[t]);
      candidate->notes[t] = text_view_text (self->topics[t].notes);
    }

  /* The model's rules, in words, before anything is saved */
  mark (self->time_row, FALSE);
  if (!lk_conversation_validate (candidate, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_set_object (&self->conversation, candidate);

  return TRUE;
}

gboolean
lk_brief_view_save_now (LkBriefView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LK_IS_BRIEF_VIEW (self), FALSE);

  lk_later_cancel (&self->autosave);
  if (!self->dirty || self->conversation == NULL || self->store == NULL)
    return TRUE;
  if (!collect (self))
    return FALSE;
  if (!lk_store_save_conversation (self->store, self->conversation, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Save the Conversation"), error);
      return FALSE;
    }
  self->dirty = FALSE;
  update_deviation (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);

  return TRUE;
}

static void
on_changed (LkBriefView *self)
{
  if (self->filling || self->conversation == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->period_text_row),
                          adw_combo_row_get_selected (self->period_row) == LK_PERIOD_OTHER);
  self->dirty = TRUE;
  lk_later_restart (&self->autosave);
}

/* --- the brief's rows ---------------------------------------------------------------- */

static GtkWidget *
badge (const char *text,
       const char *klass,
       const char *kind)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, klass);
  gtk_widget_add_css_class (label, kind);

  return label;
}

static const char *
status_class (int status)
{
  static const char *names[] = { "status-none", "status-green", "status-yellow", "status-red" };

  return names[CLAMP (status, 0, 3)];
}

static const char *
zone_class (int zone)
{
  static const char *names[] = { "zone-green", "zone-yellow", "zone-red" };

  return zone < 0 ? "zone-none" : names[MIN (zone, 2)];
}

static const char *
trend_words (int trend)
{
  switch (trend)
    {
    case LK_TREND_BETTER: return _("better since the last conversation");
    case LK_TREND_SAME:   return _("the same as at the last conversation");
    case LK_TREND_WORSE:  return _("worse since the last conversation");
    default:              return NULL;
    }
}

static GtkWidget *
create_item_row (LkBriefItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = item->date ? lk_date_format (item->date) : NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  switch (item->kind)
    {
    case LK_BRIEF_KPI:
    case LK_BRIEF_GOAL:
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 badge (lk_goal_status_name (item->grade), "goal-status", status_class (item->grade)));
      if (item->kind == LK_BRIEF_KPI)
        {
          const char *trend = trend_words (item->trend);

          g_string_append (subtitle, item->subtitle ? item->subtitle : "");
          if (item->value)
            /* Translators: a KPI's latest value and its target in the brief */
            g_string_append_printf (subtitle, _(" · now %s, target %s"), item->value, item->target ? item->target : "–");
          if (trend)
            g_string_append_printf (subtitle, " · %s", trend);
        }
      else if (item->text)
        g_string_append (subtitle, item->text);
      break;
    case LK_BRIEF_MEASURE:
      g_string_append_printf (subtitle, "%s · %s%s%s", lk_brief_measure_group_title (item->grade),
                              lk_measure_status_to_label (CLAMP (item->trend, 0, LK_MEASURE_STATUS_N - 1)),
                              item->owner && *item->owner ? " · " : "", item->owner ? item->owner : "");
      if (date)
        g_string_append_printf (subtitle, _(" · due %s"), date);
      if (item->grade == LK_BRIEF_OVERDUE)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge (_("Overdue"), "goal-status", "status-red"));
      break;
    case LK_BRIEF_RISK:
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 badge (item->trend >= 0 ? lk_zone_to_label (item->trend) : lk_zone_to_label (item->grade),
                                        "zone-badge", zone_class (item->trend >= 0 ? item->trend : item->grade)));
      /* Translators: a risk in the brief: its assessment, its zone before and after measures */
      g_string_append_printf (subtitle, _("%s · before: %s · after: %s"), item->subtitle ? item->subtitle : "",
                              lk_zone_to_label (MAX (item->grade, 0)),
                              item->trend >= 0 ? lk_zone_to_label (item->trend) : _("not assessed"));
      break;
    case LK_BRIEF_DEVIATIONS:
      g_string_append_printf (subtitle, _("%.0f in the period · %.0f still open · %.0f of high severity"),
                              isnan (item->v[0]) ? 0 : item->v[0], isnan (item->v[1]) ? 0 : item->v[1],
                              isnan (item->v[2]) ? 0 : item->v[2]);
      break;
    case LK_BRIEF_DEVIATION:
      g_string_append_printf (subtitle, _("Open deviation · %s · %s severity · %s"), date ? date : "–",
                              lk_deviation_severity_to_label (CLAMP (item->grade, 1, 3)),
                              item->subtitle ? item->subtitle : "");
      break;
    case LK_BRIEF_SURVEY:
      if (item->grade != LK_RESULT_SHOWN)
        g_string_append (subtitle, item->text ? item->text : _("Too few answered to show the results."));
      else if (!isnan (item->v[1]))
        g_string_append_printf (subtitle, _("10-faktor %.0f · %.0f of %.0f answered"), item->v[2], item->v[0], item->v[1]);
      else
        g_string_append_printf (subtitle, _("10-faktor %.0f · %.0f answered"), item->v[2], item->v[0]);
      break;
    case LK_BRIEF_SURVEY_FACTOR:
      {
        g_autofree char *mean = isnan (item->v[0]) ? g_strdup ("–") : lk_format_number (item->v[0], 1);
        g_autofree char *municipality = isnan (item->v[1]) ? g_strdup ("–") : lk_format_number (item->v[1], 1);
        g_autofree char *before = isnan (item->v[2]) ? g_strdup ("–") : lk_format_number (item->v[2], 1);

        /* Translators: a 10-faktor factor's result, the municipality's and the previous round's */
        g_string_append_printf (subtitle, _("%s · the municipality %s · last round %s"), mean, municipality, before);
      }
      break;
    case LK_BRIEF_SURVEY_FOCUS:
      g_string_append_printf (subtitle, "%s · %s", lk_focus_kind_label (item->trend), item->text ? item->text : "");
      if (item->subtitle && *item->subtitle)
        g_string_append_printf (subtitle, _(" · last review: %s"), item->subtitle);
      break;
    case LK_BRIEF_BENEFIT:
      {
        g_autofree char *identified = isnan (item->v[0]) ? g_strdup ("0") : lk_format_number (item->v[0], 0);
        g_autofree char *realised = isnan (item->v[1]) ? g_strdup ("0") : lk_format_number (item->v[1], 0);

        g_string_append_printf (subtitle, _("Benefit · %s kr identified, %s kr realised"), identified, realised);
      }
      break;
    case LK_BRIEF_DEV_GOAL:
      g_string_append_printf (subtitle, _("Jeg-plan · %.0f %% of the way"), isnan (item->v[0]) ? 0 : item->v[0]);
      break;
    case LK_BRIEF_LOG_ENTRY:
      g_string_append_printf (subtitle, _("Shared from the learning log · %s"), date ? date : "");
      if (item->text)
        g_string_append_printf (subtitle, "\n%s", item->text);
      break;
    case LK_BRIEF_NOTE:
    default:
      gtk_widget_add_css_class (row, "dim-label");
      break;
    }
  if (subtitle->len > 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (item->area && item->ref)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      /* Opened where it lives, through the window */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", item->area, item->ref);
    }
  else
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
fill_topic (LkBriefView *self,
            guint        t)
{
  Topic *topic = &self->topics[t];
  LkConversation *c = self->conversation;
  guint n = 0;

  lk_list_box_clear (topic->rows);
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);

      if (item->topic != t)
        continue;
      gtk_list_box_append (topic->rows, create_item_row (item));
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (topic->rows), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (topic->empty), c->prepared == NULL);
}

static void
set_buffer (GtkTextView *view,
            const char  *text,
            gboolean     editable)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
  /* Not cursor-visible too: GTK 4.8 asserts when the blink of a focused
   * view outlives it */
  gtk_text_view_set_editable (view, editable);
}

static void
fill (LkBriefView *self)
{
  LkConversation *c = self->conversation;
  /* A database opened only to look at is read, not written */
  gboolean read_only = self->store != NULL && lk_store_is_read_only (self->store);
  gboolean held = c->held != NULL || read_only;
  g_autofree char *date = lk_date_format_input (c->date);
  g_autofree char *next = c->next_date ? lk_date_format_input (c->next_date) : NULL;
  g_autofree char *budget = format_amount (c->budget);
  g_autofree char *spent = format_amount (c->spent);
  g_autofree char *forecast = format_amount (c->forecast);
  g_autofree char *state = NULL;

  self->filling = TRUE;
  set_entry (self->with_row, c->with_name);
  set_entry (self->role_row, c->with_role);
  set_entry (self->unit_row, c->unit);
  set_entry (self->date_row, date);
  set_entry (self->time_row, c->time);
  adw_combo_row_set_selected (self->period_row, c->period);
  set_entry (self->period_text_row, c->period_text);
  gtk_widget_set_visible (GTK_WIDGET (self->period_text_row), c->period == LK_PERIOD_OTHER);
  set_entry (self->next_row, next);
  set_entry (self->budget_row, budget);
  set_entry (self->spent_row, spent);
  set_entry (self->forecast_row, forecast);
  for (guint t = 0; t < LK_TOPIC_N; t++)
    {
      /* What was prepared stays as it was on the table */
      set_buffer (self->topics[t].text, c->texts[t], !held);
      set_buffer (self->topics[t].notes, c->notes[t], !read_only);
      fill_topic (self, t);
    }
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->with_row, self->role_row, self->unit_row, self->date_row,
                                              self->time_row, self->period_text_row, self->next_row,
                                              self->budget_row, self->spent_row, self->forecast_row, NULL };
       *row != NULL; row++)
    mark (*row, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (c->held != NULL)
    {
      g_autofree char *when = g_strndup (c->held, 10);
      g_autofree char *shown = lk_date_format (when);

      /* Translators: the brief of a conversation held, frozen */
      state = g_strdup_printf (_("Held. The brief is kept as it was on %s; notes and agreed tiltak can still be added."),
                               shown);
    }
  else if (c->prepared)
    {
      g_autofree char *when = g_strndup (c->prepared, 10);
      g_autofree char *shown = lk_date_format (when);

      state = g_strdup_printf (_("Figures as of %s. Refresh the brief to gather them again."), shown);
    }
  else
    state = g_strdup (_("Not prepared yet. Prepare the brief to gather goals, tiltak, risks, 10-faktor and what you "
                        "share from your Jeg-plan."));
  gtk_label_set_text (self->state_label, state);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->with_row), GTK_WIDGET (self->role_row),
                                         GTK_WIDGET (self->unit_row), GTK_WIDGET (self->date_row),
                                         GTK_WIDGET (self->time_row), GTK_WIDGET (self->period_row),
                                         GTK_WIDGET (self->period_text_row), NULL };
       *w != NULL; w++)
    gtk_widget_set_sensitive (*w, !held);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->next_row), GTK_WIDGET (self->budget_row),
                                         GTK_WIDGET (self->spent_row), GTK_WIDGET (self->forecast_row), NULL };
       *w != NULL; w++)
    gtk_widget_set_sensitive (*w, !read_only);
  update_deviation (self);
  self->filling = FALSE;
}

/* --- agreed tiltak ------------------------------------------------------------------- */

static GtkWidget *
create_agreed_row (gpointer item,
                   gpointer user_data)
{
  LkMeasure *m = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = lk_measure_get_deadline (m) ? lk_date_format (lk_measure_get_deadline (m)) : NULL;
  g_autofree char *subtitle = NULL;
  const char *owner = lk_measure_get_owner (m);

  subtitle = g_strjoin (" · ", lk_measure_status_to_label (lk_measure_get_status (m)),
                        owner && *owner ? owner : _("no owner"),
                        date ? date : _("no deadline"), NULL);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_measure_get_title (m));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

void
lk_brief_view_reload_agreed (LkBriefView *self)
{
  g_autoptr(GListStore) measures = NULL;

  if (self->conversation == NULL || self->store == NULL)
    {
      g_list_store_remove_all (self->agreed);
      return;
    }
  measures = lk_store_list_agreed_measures (self->store, self->conversation, NULL);
  if (measures != NULL)
    {
      g_autoptr(GPtrArray) items = lk_list_model_items (G_LIST_MODEL (measures));

      lk_list_store_replace (self->agreed, items);
    }
}

static void
on_agreed_activated (GtkListBox    *list,
                     GtkListBoxRow *row,
                     LkBriefView   *self)
{
  g_autoptr(LkMeasure) m = lk_list_row_item (G_LIST_MODEL (self->agreed), row);

  if (m != NULL)
    lk_present (lk_measure_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, m), self);
}

static void
add_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkBriefView *self = LK_BRIEF_VIEW (widget);
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;

  if (self->conversation == NULL)
    return;
  /* The tiltak links to the conversation by its uuid: it is saved first */
  if (!lk_brief_view_save_now (self) || self->conversation->id == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  title = lk_conversation_title (self->conversation);
  /* Translators: where an agreed tiltak comes from, in Tiltak */
  label = g_strdup_printf (_("ROS-samtale: %s"), title);
  lk_present (lk_measure_editor_new_for_source (lk_parent_window (widget), self->store, LK_SOURCE_CONVERSATION,
                                                self->conversation->uuid, label),
              self);
}

/* --- the topics, made once --------------------------------------------------------------- */

static GtkTextView *
text_area (LkBriefView *self,
           GtkBox      *box,
           const char  *heading,
           const char  *placeholder_hint)
{
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_widget_set_tooltip_text (view, placeholder_hint);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (box, label);
  gtk_box_append (box, frame);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_changed), self);

  return GTK_TEXT_VIEW (view);
}

static AdwEntryRow *
amount_row (LkBriefView         *self,
            AdwPreferencesGroup *group,
            const char          *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_alignment (GTK_EDITABLE (row), 1.0);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed), self);

  return row;
}

static void
build_topics (LkBriefView *self)
{
  for (guint t = 0; t < LK_TOPIC_N; t++)
    {
      Topic *topic = &self->topics[t];
      g_autofree char *title = g_strdup_printf ("%u. %s", t + 1, lk_agenda_topic_title (t));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      topic->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (topic->group, title);
      adw_preferences_group_set_description (topic->group, lk_agenda_topic_hint (t));

      topic->text = text_area (self, GTK_BOX (box), _("Your preparation"), lk_agenda_topic_hint (t));

      if (t == LK_TOPIC_BUDGET)
        {
          AdwPreferencesGroup *figures = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

          adw_preferences_group_set_title (figures, _("Budget Figures"));
          adw_preferences_group_set_description (figures, _("In kroner, for the unit's year."));
          self->budget_row = amount_row (self, figures, _("Budget"));
          self->spent_row = amount_row (self, figures, _("Spent so far"));
          self->forecast_row = amount_row (self, figures, _("Forecast for the year"));
          self->deviation_row = ADW_ACTION_ROW (adw_action_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deviation_row), _("Deviation"));
          adw_preferences_group_add (figures, GTK_WIDGET (self->deviation_row));
          gtk_widget_set_margin_top (GTK_WIDGET (figures), 12);
          gtk_box_append (GTK_BOX (box), GTK_WIDGET (figures));
        }

      topic->empty = GTK_LABEL (gtk_label_new (_("Prepare the brief to see what the other areas hold for this topic.")));
      gtk_label_set_xalign (topic->empty, 0);
      gtk_label_set_wrap (topic->empty, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (topic->empty), "dim-label");
      gtk_widget_set_margin_top (GTK_WIDGET (topic->empty), 6);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (topic->empty));

      topic->rows = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (topic->rows, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (topic->rows), "boxed-list");
      gtk_widget_set_margin_top (GTK_WIDGET (topic->rows), 12);
      gtk_accessible_update_property (GTK_ACCESSIBLE (topic->rows), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lk_agenda_topic_title (t), -1);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (topic->rows));

      topic->notes = text_area (self, GTK_BOX (box), _("Notes from the conversation"),
                                _("What was said and agreed on this topic"));

      adw_preferences_group_add (topic->group, box);
      gtk_box_append (self->topics_box, GTK_WIDGET (topic->group));
    }
}

/* --- public ---------------------------------------------------------------------------- */

void
lk_brief_view_set_conversation (LkBriefView    *self,
                                LkStore        *store,
                                LkConversation *conversation)
{
  g_return_if_fail (LK_IS_BRIEF_VIEW (self));

  if (self->conversation != NULL && conversation != NULL &&
      g_strcmp0 (self->conversation->uuid, conversation->uuid) != 0)
    lk_brief_view_save_now (self);
  lk_later_cancel (&self->autosave);
  self->dirty = FALSE;
  g_set_object (&self->store, store);
  g_clear_object (&self->conversation);
  if (conversation != NULL)
    {
      self->conversation = lk_conversation_copy (conversation);
      fill (self);
    }
  lk_brief_view_reload_agreed (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "brief.add-measure",
                                 conversation != NULL && store != NULL && !lk_store_is_read_only (store));
}

/* Returns: (transfer none) (nullable): what the view shows, as last saved or read */
LkConversation *
lk_brief_view_get_conversation (LkBriefView *self)
{
  g_return_val_if_fail (LK_IS_BRIEF_VIEW (self), NULL);

  return self->conversation;
}

static void
lk_brief_view_dispose (GObject *object)
{
  LkBriefView *self = LK_BRIEF_VIEW (object);

  lk_brief_view_save_now (self);
  lk_later_cancel (&self->autosave);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_BRIEF_VIEW);
  g_clear_object (&self->conversation);
  g_clear_object (&self->agreed);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lk_brief_view_parent_class)->dispose (object);
}

static void
lk_brief_view_class_init (LkBriefViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_brief_view_dispose;

  /* Saved to the store: the page updates its list and title */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  lk_toast_signal_new (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-brief-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, state_label);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, error_label);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, with_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, role_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, date_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, time_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, period_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, period_text_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, next_row);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, topics_box);
  gtk_widget_class_bind_template_child (widget_class, LkBriefView, agreed_list);

  gtk_widget_class_install_action (widget_class, "brief.add-measure", NULL, add_measure_action);
}

static void
lk_brief_view_init (LkBriefView *self)
{
  lk_later_init (&self->autosave, SAVE_DELAY_MS, (LkLaterFunc) lk_brief_view_save_now, self);
  gtk_widget_init_template (GTK_WIDGET (self));

  build_topics (self);
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->with_row, self->role_row, self->unit_row, self->date_row,
                                              self->time_row, self->period_text_row, self->next_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->period_row, "notify::selected", G_CALLBACK (on_changed), self);

  self->agreed = g_list_store_new (LK_TYPE_MEASURE);
  gtk_list_box_set_placeholder (self->agreed_list,
                                lk_list_placeholder_new (_("No tiltak agreed yet. Add what you agree on, "
                                                           "with owner and deadline.")));
  gtk_list_box_bind_model (self->agreed_list, G_LIST_MODEL (self->agreed), create_agreed_row, self, NULL);
  g_signal_connect (self->agreed_list, "row-activated", G_CALLBACK (on_agreed_activated), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "brief.add-measure", FALSE);
}
