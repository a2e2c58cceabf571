/* lk-measure-editor.c
 *
 * Edits a copy, so Cancel leaves the measure untouched; Save stores it in
 * one transaction. The fields are checked as the user types, and Save is
 * offered only for a measure that can be stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lk-benefit-editor.h"
#include "lk-date.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-measure-editor.h"
#include "lk-list.h"
#include "lk-page.h"

struct _LkMeasureEditor
{
  LkEditor        parent_instance;

  LkStore        *store;
  LkMeasure      *measure;      /* the copy being edited */

  AdwEntryRow    *title_row;
  AdwEntryRow    *owner_row;
  AdwEntryRow    *deadline_row;
  GtkMenuButton  *deadline_button;
  GtkCalendar    *deadline_calendar;
  AdwComboRow    *status_row;
  AdwEntryRow    *review_row;
  GtkTextView    *description_view;
  AdwComboRow    *source_row;
  AdwEntryRow    *source_label_row;
  GtkWidget      *open_source_button;
  AdwPreferencesGroup *benefits_group;
  GtkListBox     *benefits_list;
  GListStore     *benefits;     /* LkBenefit of this tiltak */
};

G_DEFINE_FINAL_TYPE (LkMeasureEditor, lk_measure_editor, LK_TYPE_EDITOR)

/**
 * lk_measure_delete_with_undo:
 *
 * Deletes at once.
 *
 * Returns: (transfer full): a toast that offers Undo for as long as it
 *   shows, for the opener to show; %NULL with @error set when it failed
 */
AdwToast *
lk_measure_delete_with_undo (LkStore    *store,
                             LkMeasure  *measure,
                             GError    **error)
{
  g_autoptr(LkMeasure) kept = lk_measure_copy (measure);
  g_autofree char *title = NULL;

  if (!lk_store_delete_measure (store, measure, error))
    return NULL;

  title = g_strdup_printf (_("“%s” deleted"), lk_measure_get_title (kept));

  return lk_undo_toast_new (title, store, kept, (LkStorePutFunc)lk_store_restore_measure);
}

static char *
get_description (LkMeasureEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
mark_row (AdwEntryRow *row,
          gboolean     valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Copies the fields into the measure; says what is wrong, if anything. */
static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (editor);
  const char *deadline_text = gtk_editable_get_text (GTK_EDITABLE (self->deadline_row));
  const char *review_text = gtk_editable_get_text (GTK_EDITABLE (self->review_row));
  g_autofree char *deadline = lk_date_parse_user (deadline_text);
  g_autofree char *review = lk_date_parse_user (review_text);
  g_autofree char *description = get_description (self);
  g_autofree char *title = lk_editor_field_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *owner = lk_editor_field_get_text (GTK_EDITABLE (self->owner_row));
  gboolean deadline_ok = *deadline_text == '\0' || deadline != NULL;
  gboolean review_ok = *review_text == '\0' || review != NULL;

  mark_row (self->deadline_row, deadline_ok);
  mark_row (self->review_row, review_ok);

  if (!deadline_ok || !review_ok)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Write dates as day.month.year, like 31.12.2026."));
      return FALSE;
    }

  lk_measure_set_title (self->measure, title);
  lk_measure_set_owner (self->measure, owner);
  lk_measure_set_deadline (self->measure, deadline);
  lk_measure_set_review_date (self->measure, review);
  lk_measure_set_description (self->measure, description);
  lk_measure_set_status (self->measure, adw_combo_row_get_selected (self->status_row));
  lk_measure_set_source (self->measure,
                         adw_combo_row_get_selected (self->source_row),
                         lk_measure_get_source_uuid (self->measure),
                         gtk_editable_get_text (GTK_EDITABLE (self->source_label_row)));

  return lk_measure_validate (self->measure, error);
}

/* An empty title is obvious while typing; say only what is not. */
static gboolean
is_blank (LkEditor *editor)
{
  return *lk_measure_get_title (LK_MEASURE_EDITOR (editor)->measure) == '\0';
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (editor);

  return lk_store_save_measure (self->store, self->measure, error);
}

/* At once, with Undo in the toast */
static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (editor);
  AdwToast *toast;

  if (!(toast = lk_measure_delete_with_undo (self->store, self->measure, error)))
    return FALSE;

  lk_toast_emit (self, toast);
  return TRUE;
}

static void
on_day_selected (LkMeasureEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->deadline_calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = lk_date_format_input (iso);

  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), text);
  gtk_menu_button_popdown (self->deadline_button);
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* The area that can show a source item by its uuid, or NULL */
static const char *
source_area (LkSourceKind kind)
{
  switch (kind)
    {
    case LK_SOURCE_CAUSE:
      return "fishbone";
    case LK_SOURCE_GOAL:
      return "masterplan";
    case LK_SOURCE_NONE:
    case LK_SOURCE_RISK:
    case LK_SOURCE_TEN_FACTOR:
    case LK_SOURCE_CONVERSATION:
    case LK_SOURCE_DEVIATION:
    case LK_SOURCE_DEV_GOAL:
    default:
      return NULL;
    }
}

static void
update_open_source (LkMeasureEditor *self)
{
  gtk_widget_set_visible (self->open_source_button,
                          source_area (lk_measure_get_source_kind (self->measure)) != NULL &&
                          lk_measure_get_source_uuid (self->measure) != NULL);
}

static void
open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (widget);
  const char *area = source_area (lk_measure_get_source_kind (self->measure));

  if (area != NULL && lk_measure_get_source_uuid (self->measure) != NULL)
    g_signal_emit_by_name (self, "open", area, lk_measure_get_source_uuid (self->measure));
}

static void
fill (LkMeasureEditor *self)
{
  g_autofree char *deadline = lk_date_format_input (lk_measure_get_deadline (self->measure));
  g_autofree char *review = lk_date_format_input (lk_measure_get_review_date (self->measure));
  const char *iso = lk_measure_get_deadline (self->measure);
  int y, m, d;

  lk_editor_begin_fill (LK_EDITOR (self));
  set_entry (self->title_row, lk_measure_get_title (self->measure));
  set_entry (self->owner_row, lk_measure_get_owner (self->measure));
  set_entry (self->deadline_row, deadline);
  set_entry (self->review_row, review);
  set_entry (self->source_label_row, lk_measure_get_source_label (self->measure));
  update_open_source (self);
  adw_combo_row_set_selected (self->status_row, lk_measure_get_status (self->measure));
  adw_combo_row_set_selected (self->source_row, lk_measure_get_source_kind (self->measure));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            lk_measure_get_description (self->measure), -1);

  if (iso != NULL && sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (y, m, d, 0, 0, 0);

      if (dt != NULL)
        {
          g_signal_handlers_block_by_func (self->deadline_calendar, on_day_selected, self);
          gtk_calendar_select_day (self->deadline_calendar, dt);
          g_signal_handlers_unblock_by_func (self->deadline_calendar, on_day_selected, self);
        }
    }
  lk_editor_end_fill (LK_EDITOR (self));
}

/**
 * lk_measure_editor_new:
 * @measure: (nullable): the measure to edit, or %NULL for a new one
 */
/* --- benefits (gevinster) of a stored tiltak ------------------------------ */

static void
fill_benefits (LkMeasureEditor *self)
{
  g_autoptr(GPtrArray) all = lk_store_list_benefits (self->store, NULL);
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  const char *uuid = lk_measure_get_uuid (self->measure);

  for (guint i = 0; all != NULL && i < all->len; i++)
    if (g_strcmp0 (((LkBenefit *) all->pdata[i])->measure_uuid, uuid) == 0)
      g_ptr_array_add (mine, all->pdata[i]);
  lk_list_store_replace (self->benefits, mine);
  gtk_widget_set_visible (GTK_WIDGET (self->benefits_list), mine->len > 0);
}

static GtkWidget *
create_benefit_row (gpointer item,
                    gpointer data)
{
  LkBenefit *b = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *sub = lk_benefit_describe (b);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_benefit_kind_label (b->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
on_benefit_activated (GtkListBox      *list,
                      GtkListBoxRow   *row,
                      LkMeasureEditor *self)
{
  g_autoptr(LkBenefit) b = lk_list_row_item (G_LIST_MODEL (self->benefits), row);

  if (b != NULL)
    lk_present (lk_benefit_editor_new (GTK_WINDOW (self), self->store, b, NULL), self);
}

static void
add_benefit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (widget);

  lk_present (lk_benefit_editor_new_for_measure (GTK_WINDOW (self), self->store,
                                                 lk_measure_get_uuid (self->measure)),
              self);
}

GtkWindow *
lk_measure_editor_new (GtkWindow *parent,
                       LkStore   *store,
                       LkMeasure *measure)
{
  LkMeasureEditor *self;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  self = g_object_new (LK_TYPE_MEASURE_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);

  if (measure != NULL)
    self->measure = lk_measure_copy (measure);
  else
    {
      g_autofree char *owner = lk_store_get_setting (store, "default-owner");

      self->measure = lk_measure_new ("");
      lk_measure_set_owner (self->measure, owner);
    }

  lk_editor_set_is_new (LK_EDITOR (self), measure == NULL, _("New Measure"), _("Edit Measure"));
  fill (self);
  /* A stored tiltak can have benefits; they are saved on their own */
  if (measure != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->benefits_group), TRUE);
      fill_benefits (self);
      lk_store_watch (store, (const char *[]) { "masterplan", NULL }, G_CALLBACK (fill_benefits), self);
    }
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return GTK_WINDOW (self);
}

/**
 * lk_measure_editor_new_for_source:
 *
 * A new measure that comes from something in an area (a risk, a factor, a
 * goal), so it is listed there and in Tiltak with where it came from.
 */
GtkWindow *
lk_measure_editor_new_for_source (GtkWindow    *parent,
                                  LkStore      *store,
                                  LkSourceKind  kind,
                                  const char   *uuid,
                                  const char   *label)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (lk_measure_editor_new (parent, store, NULL));

  lk_editor_begin_fill (LK_EDITOR (self));
  lk_measure_set_source (self->measure, kind, uuid, label);
  adw_combo_row_set_selected (self->source_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->source_label_row), label ? label : "");
  update_open_source (self);
  lk_editor_end_fill (LK_EDITOR (self));
  lk_editor_validate (LK_EDITOR (self));

  return GTK_WINDOW (self);
}

static void
lk_measure_editor_dispose (GObject *object)
{
  LkMeasureEditor *self = LK_MEASURE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_MEASURE_EDITOR);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->measure);
  g_clear_object (&self->benefits);

  G_OBJECT_CLASS (lk_measure_editor_parent_class)->dispose (object);
}

static void
lk_measure_editor_class_init (LkMeasureEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_measure_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_failed = N_("Could Not Delete the Measure");

  lk_editor_class_set_template (widget_class,
                                "/io/github/lederkompass/Lederkompass/lk-measure-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, deadline_button);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, deadline_calendar);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, source_label_row);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, open_source_button);
  gtk_widget_class_install_action (widget_class, "editor.open-source", NULL, open_source_action);
  gtk_widget_class_install_action (widget_class, "editor.add-benefit", NULL, add_benefit_action);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, benefits_group);
  gtk_widget_class_bind_template_child (widget_class, LkMeasureEditor, benefits_list);
}

static void
lk_measure_editor_init (LkMeasureEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->benefits = g_list_store_new (LK_TYPE_BENEFIT);
  gtk_list_box_bind_model (self->benefits_list, G_LIST_MODEL (self->benefits), create_benefit_row, self, NULL);
  g_signal_connect (self->benefits_list, "row-activated", G_CALLBACK (on_benefit_activated), self);

  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    gtk_string_list_append (statuses, lk_measure_status_to_label (i));
  for (guint i = 0; i < LK_SOURCE_N; i++)
    gtk_string_list_append (sources, lk_source_kind_to_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));

  g_signal_connect_swapped (self->deadline_calendar, "day-selected",
                            G_CALLBACK (on_day_selected), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->owner_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->deadline_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->review_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->source_label_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (lk_editor_changed), self);
}
