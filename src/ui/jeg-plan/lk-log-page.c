/* lk-log-page.c
 *
 * The editor saves by itself: 600 ms after the last change, and at once
 * when the entry is left. Nothing is written anywhere but the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-log-model.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-log-entry-view.h"
#include "lk-template-dialog.h"
#include "lk-page.h"
#include "lk-log-page.h"
#include "lk-a11y.h"

#define SEARCH_LIMIT 50

struct _LkLogPage
{
  AdwBin          parent_instance;

  LkStore        *store;
  LkLogModel     *model;
  GtkStringList  *tags;
  GListStore     *filter_goals;   /* LkDevGoal, after one without a uuid: "All goals" */
  GListStore     *hits;           /* LkLogHit, in results_list */

  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkDropDown    *tag_dropdown;
  GtkDropDown    *goal_dropdown;
  GtkMenuButton  *new_button;
  GtkStack       *list_stack;
  GtkListView    *list_view;
  GtkListBox     *results_list;
  LkLogEntryView *entry_view;
};

G_DEFINE_FINAL_TYPE (LkLogPage, lk_log_page, ADW_TYPE_BIN)

/* --- the list ---------------------------------------------------------------- */

static void reload (LkLogPage *self);

static void
update_list_page (LkLogPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (*text != '\0')
    return;

  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0
                                    ? "entries" : "empty");
}

static void
refresh_tags (LkLogPage *self)
{
  g_auto(GStrv) tags = lk_store_list_log_tags (self->store, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tags));

  gtk_string_list_splice (self->tags, 1, n - 1, (const char * const *)tags);
}

/* Goals and gatherings for the filter and the editor, each list after the
 * choice of none */
static void
refresh_choices (LkLogPage *self)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (self->store, 0, FALSE, NULL);
  g_autoptr(GPtrArray) goal_items = goals ? lk_list_model_items (G_LIST_MODEL (goals)) : NULL;

  g_signal_handlers_block_by_func (self->goal_dropdown, reload, self);
  g_list_store_splice (self->filter_goals, 1,
                       g_list_model_get_n_items (G_LIST_MODEL (self->filter_goals)) - 1,
                       goal_items ? goal_items->pdata : NULL, goal_items ? goal_items->len : 0);
  gtk_drop_down_set_selected (self->goal_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->goal_dropdown, reload, self);

  lk_log_entry_view_refresh_choices (self->entry_view);
}

static void
append_none (GListStore *store,
             gpointer    item)
{
  g_list_store_append (store, item);
  g_object_unref (item);
}

static void
reload (LkLogPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);
  LkDevGoal *goal = gtk_drop_down_get_selected_item (self->goal_dropdown);
  LkLogFilter filter = { 0 };
  g_autoptr(GError) error = NULL;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    filter.tag = gtk_string_list_get_string (self->tags, selected);
  if (goal != NULL)
    filter.goal_uuid = lk_dev_goal_get_uuid (goal);

  if (!lk_log_model_set_filter (self->model, &filter, &error))
    g_warning ("Could not list the log: %s", error->message);
  update_list_page (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *header = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *preview = gtk_label_new (NULL);

  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (preview, "dim-label");
  gtk_widget_add_css_class (title, "log-title");
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), preview);
  for (GtkWidget *l = gtk_widget_get_first_child (box); l != NULL; l = gtk_widget_get_next_sibling (l))
    {
      gtk_label_set_xalign (GTK_LABEL (l), 0.0);
      lk_label_set_lines (GTK_LABEL (l), 3);
    }
  /* The preview is the start of the text, not all of it: an excerpt may
   * end in "…"; the entry opens with a click */
  lk_label_set_lines (GTK_LABEL (preview), 2);
  gtk_widget_add_css_class (preview, "excerpt");
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static char *
month_heading (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 ||
      !(dt = g_date_time_new_local (y, m, 1, 0, 0, 0)))
    return g_strdup ("");

  /* Translators: a month heading in the learning log, like "November 2026" */
  return g_date_time_format (dt, _("%B %Y"));
}

/* The month heading shows above the first entry of each month. */
static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          LkLogPage                *self)
{
  LkLogEntry *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  GtkWidget *header = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_next_sibling (header);
  GtkWidget *meta = gtk_widget_get_next_sibling (title);
  GtkWidget *preview = gtk_widget_get_next_sibling (meta);
  const char *date = lk_log_entry_get_date (entry);
  g_autofree char *month = month_heading (date);
  g_autofree char *when = lk_date_format (date);
  g_autofree char *tags = g_strjoinv (", ", (char **)lk_log_entry_get_tags (entry));
  g_autofree char *meta_text = *tags ? g_strdup_printf ("%s · %s", when, tags) : g_strdup (when);
  g_autofree char *first_line = NULL;
  const char *body = lk_log_entry_get_body (entry);
  gboolean show_header = TRUE;

  if (position > 0)
    {
      g_autoptr(LkLogEntry) previous = g_list_model_get_item (G_LIST_MODEL (self->model), position - 1);
      g_autofree char *previous_month = previous ? month_heading (lk_log_entry_get_date (previous)) : NULL;

      show_header = g_strcmp0 (month, previous_month) != 0;
    }

  /* The first line that is not a prompt heading says what it is about */
  {
    g_auto(GStrv) lines = g_strsplit (body, "\n", 40);

    for (guint i = 0; lines[i] != NULL && first_line == NULL; i++)
      if (*g_strstrip (lines[i]) != '\0' && lines[i][0] != '#')
        first_line = g_strdup (lines[i]);
  }

  gtk_label_set_text (GTK_LABEL (header), month);
  gtk_widget_set_visible (header, show_header);
  gtk_label_set_text (GTK_LABEL (title), *lk_log_entry_get_title (entry)
                                         ? lk_log_entry_get_title (entry) : _("Untitled"));
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  gtk_label_set_text (GTK_LABEL (preview), first_line ? first_line : "");
  gtk_widget_set_visible (preview, first_line != NULL);
  {
    g_autofree char *name = g_strdup_printf ("%s, %s", gtk_label_get_text (GTK_LABEL (title)), meta_text);

    lk_a11y_set_list_item_name (item, name);
  }
}

static void
open_entry (LkLogPage  *self,
            LkLogEntry *entry,
            gboolean    dirty)
{
  lk_log_entry_view_open (self->entry_view, entry, dirty);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  lk_log_entry_view_focus (self->entry_view);
}

/* Returns: %FALSE when there is no entry with @uuid */
gboolean
lk_log_page_open_entry (LkLogPage  *self,
                        const char *uuid)
{
  g_autoptr(LkLogEntry) entry = NULL;

  g_return_val_if_fail (LK_IS_LOG_PAGE (self), FALSE);

  if (uuid == NULL || !(entry = lk_store_get_log_entry (self->store, uuid, NULL)))
    return FALSE;
  open_entry (self, entry, FALSE);

  return TRUE;
}

void
lk_log_page_flush (LkLogPage *self)
{
  g_return_if_fail (LK_IS_LOG_PAGE (self));

  lk_log_entry_view_flush (self->entry_view);
}

/**
 * lk_log_page_new_entry:
 * @template_key: (nullable): a prompt template to start from
 *
 * Opens a new entry for today; it is stored with the first change.
 */
void
lk_log_page_new_entry (LkLogPage  *self,
                       const char *template_key)
{
  g_autofree char *today = lk_date_today ();
  g_autoptr(LkLogEntry) entry = lk_log_entry_new (today);

  if (template_key != NULL && *template_key != '\0')
    {
      g_autoptr(LkLogTemplate) template = lk_store_find_template (self->store, template_key);

      if (template != NULL)
        {
          g_autofree char *body = lk_log_template_prefill (template);

          lk_log_entry_set_body (entry, body);
          lk_log_entry_set_template (entry, template_key);
        }
    }

  open_entry (self, entry, FALSE);
}

static void
on_activate (GtkListView *view,
             guint        position,
             LkLogPage   *self)
{
  g_autoptr(LkLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (entry != NULL && lk_log_entry_get_uuid (entry) != NULL)
    {
      g_autoptr(LkLogEntry) copy = lk_log_entry_copy (entry);
      open_entry (self, copy, FALSE);
    }
}

static void
on_result_activated (GtkListBox    *list,
                     GtkListBoxRow *row,
                     LkLogPage     *self)
{
  g_autoptr(LkLogHit) hit = lk_list_row_item (G_LIST_MODEL (self->hits), row);
  g_autoptr(LkLogEntry) entry = hit ? lk_store_get_log_entry (self->store, hit->uuid, NULL) : NULL;

  if (entry != NULL)
    open_entry (self, entry, FALSE);
}

/* --- search ------------------------------------------------------------------ */

static GtkWidget *
create_hit_row (gpointer item,
                gpointer user_data)
{
  LkLogHit *hit = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *when = lk_date_format (hit->date);
  GtkWidget *date = gtk_label_new (when);

  /* The store escapes the text; only the matches are markup. */
  gtk_label_set_markup (GTK_LABEL (title), *hit->title_markup ? hit->title_markup : _("Untitled"));
  gtk_label_set_markup (GTK_LABEL (snippet), hit->snippet_markup);
  gtk_widget_add_css_class (date, "caption");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), snippet);
  for (GtkWidget *l = gtk_widget_get_first_child (box); l != NULL; l = gtk_widget_get_next_sibling (l))
    {
      gtk_label_set_xalign (GTK_LABEL (l), 0.0);
      lk_label_set_lines (GTK_LABEL (l), 3);
    }
  /* The snippet is a part of the text around the match */
  lk_label_set_lines (GTK_LABEL (snippet), 2);
  gtk_widget_add_css_class (snippet, "excerpt");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
on_search_changed (LkLogPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      update_list_page (self);
      return;
    }

  hits = lk_store_search_log (self->store, text, SEARCH_LIMIT, &error);
  lk_list_store_replace (self->hits, hits);
  if (hits == NULL || hits->len == 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      return;
    }

  gtk_stack_set_visible_child_name (self->list_stack, "results");
}

void
lk_log_page_focus_search (LkLogPage *self)
{
  g_return_if_fail (LK_IS_LOG_PAGE (self));

  lk_log_entry_view_flush (self->entry_view);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* --- actions ----------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  lk_log_page_new_entry (LK_LOG_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkLogPage *self = LK_LOG_PAGE (widget);

  if (!lk_log_entry_view_flush (self->entry_view))
    return;
  gtk_stack_set_visible_child_name (self->stack, "list");
  refresh_tags (self);
  reload (self);
  on_search_changed (self);
}

static void
on_template_response (LkTemplateDialog *dialog,
                      const char       *response,
                      LkLogPage        *self)
{
  g_auto(GStrv) prompts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  prompts = lk_template_dialog_get_prompts (dialog);
  if (!lk_store_save_template (self->store, lk_template_dialog_get_name (dialog),
                               (const char * const *)prompts, &key, &error))
    lk_show_error (GTK_WIDGET (self), _("Could Not Save the Template"), error);
  else
    lk_log_page_new_entry (self, key);
}

/* The user's own prompts: a name, and one question a line. */
static void
new_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GtkWindow *dialog = lk_template_dialog_new (lk_parent_window (widget));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_template_response), widget, 0);
  gtk_window_present (dialog);
}

/* --- store ------------------------------------------------------------------- */

static void
rebuild_new_menu (LkLogPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) prompts = g_menu_new ();
  g_autoptr(GPtrArray) templates = lk_store_list_templates (self->store, NULL);

  g_menu_append (menu, _("_Blank Entry"), "log.new('')");
  for (guint i = 0; i < templates->len; i++)
    {
      LkLogTemplate *template = g_ptr_array_index (templates, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (template->name, NULL);

      g_menu_item_set_action_and_target_value (item, "log.new", g_variant_new_string (template->key));
      g_menu_append_item (prompts, item);
    }
  g_menu_append_section (menu, _("From a Prompt"), G_MENU_MODEL (prompts));
  {
    g_autoptr(GMenu) own = g_menu_new ();

    g_menu_append (own, _("New Prompt _Template…"), "log.new-template");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (own));
  }
  gtk_menu_button_set_menu_model (self->new_button, G_MENU_MODEL (menu));
}

static void
on_store_changed (LkLogPage  *self,
                  const char *area)
{
  /* Our own autosave changes only the entry on screen. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0 &&
      g_strcmp0 (area, "log") == 0)
    return;

  refresh_tags (self);
  refresh_choices (self);
  rebuild_new_menu (self);
  reload (self);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    on_search_changed (self);
}

void
lk_log_page_set_store (LkLogPage *self,
                       LkStore   *store)
{
  g_return_if_fail (LK_IS_LOG_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  lk_log_entry_view_set_store (self->entry_view, store);
  self->model = lk_log_model_new (store);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->model)))));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  refresh_tags (self);
  refresh_choices (self);
  rebuild_new_menu (self);
  reload (self);
}

/* --- object ------------------------------------------------------------------ */

static void
lk_log_page_dispose (GObject *object)
{
  LkLogPage *self = LK_LOG_PAGE (object);

  if (self->entry_view != NULL)
    lk_log_entry_view_flush (self->entry_view);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* The template's top widget is AdwBin's child, which AdwBin unparents
   * itself; gtk_widget_dispose_template() would unparent it twice. */
  g_clear_object (&self->model);
  g_clear_object (&self->tags);
  g_clear_object (&self->filter_goals);
  g_clear_object (&self->hits);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lk_log_page_parent_class)->dispose (object);
}

static void
lk_log_page_class_init (LkLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  lk_toast_signal_new (G_TYPE_FROM_CLASS (klass));
  object_class->dispose = lk_log_page_dispose;

  g_type_ensure (LK_TYPE_LOG_ENTRY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, goal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, LkLogPage, entry_view);

  gtk_widget_class_install_action (widget_class, "log.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "log.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "log.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "log.back", NULL);
  gtk_widget_class_install_action (widget_class, "log.new-template", NULL, new_template_action);
}

/* Escape and Alt+Left leave the open item, only while one is open, so
 * elsewhere the keys do what they always do */
static void
update_back (LkLogPage *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->stack);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.back",
                                 shown != NULL && g_strcmp0 (shown, "list") != 0);
}

static void
lk_log_page_init (LkLogPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->list_view));
  lk_a11y_single_tab_stop (GTK_WIDGET (self->results_list));
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (update_back), self);
  update_back (self);

  self->tags = gtk_string_list_new (NULL);
  gtk_string_list_append (self->tags, _("All tags"));
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tags));
  /* The first choice of each is none: an item without a uuid */
  self->filter_goals = g_list_store_new (LK_TYPE_DEV_GOAL);
  append_none (self->filter_goals, lk_dev_goal_new (0, _("All goals")));
  gtk_drop_down_set_expression (self->goal_dropdown,
                                gtk_property_expression_new (LK_TYPE_DEV_GOAL, NULL, "title"));
  gtk_drop_down_set_model (self->goal_dropdown, G_LIST_MODEL (self->filter_goals));
  self->hits = g_list_store_new (LK_TYPE_LOG_HIT);
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->hits), create_hit_row, self, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect (self->results_list, "row-activated", G_CALLBACK (on_result_activated), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->goal_dropdown, "notify::selected", G_CALLBACK (reload), self);
}

/**
 * lk_log_page_go_back:
 *
 * Returns: whether an open entry was closed for the list
 */
gboolean
lk_log_page_go_back (LkLogPage *self)
{
  g_return_val_if_fail (LK_IS_LOG_PAGE (self), FALSE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "log.back", NULL);
}

void
lk_log_page_set_narrow (LkLogPage *self,
                        gboolean   narrow)
{
  g_return_if_fail (LK_IS_LOG_PAGE (self));

  lk_log_entry_view_set_narrow (self->entry_view, narrow);
}
