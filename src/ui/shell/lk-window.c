/* lk-window.c: the main window, its navigation and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-backup.h"
#include "lk-a11y.h"
#include "lk-date.h"
#include "lk-example.h"
#include "lk-areas.h"
#include "lk-coming-page.h"
#include "lk-dialogs.h"
#include "lk-progress.h"
#include "lk-measure-editor.h"
#include "lk-page.h"
#include "lk-window.h"

struct _LkWindow
{
  AdwApplicationWindow  parent_instance;

  LkStore              *store;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkWidget            *content_box;
  AdwViewSwitcherTitle *content_title;  /* the area's name, or its sub-views' switcher */
  AdwViewSwitcherBar   *switcher_bar;   /* the sub-views' switcher when narrow */
  GtkStack             *stack;
  GtkWidget            *new_measure_button;
  GtkRevealer          *read_only_banner;
};

G_DEFINE_FINAL_TYPE (LkWindow, lk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void setup (LkWindow *self, GSettings *settings);

LkWindow *
lk_window_new (GtkApplication *app,
               LkStore        *store,
               GSettings      *settings)
{
  LkWindow *self = g_object_new (LK_TYPE_WINDOW,
                                 "application", app,
                                 "store", store,
                                 NULL);

  setup (self, settings);

  return self;
}

void
lk_window_add_toast (LkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (LK_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
lk_window_show_toast (LkWindow   *self,
                      const char *message)
{
  lk_window_add_toast (self, adw_toast_new (message));
}

void
lk_window_show_error (LkWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  lk_show_error (GTK_WIDGET (self), heading, error);
}

static void
on_page_toast (LkPage   *page,
               AdwToast *toast,
               LkWindow *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* Pages are made when first shown: start-up builds only the page it shows. */
static LkPage *
ensure_page (LkWindow     *self,
             const LkArea *area)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, area->id);

  if (page != NULL)
    return LK_PAGE (page);

  page = g_object_new (area->page_type (), "store", self->store, NULL);
  if (LK_IS_COMING_PAGE (page))
    lk_coming_page_describe (LK_COMING_PAGE (page), _(area->title), area->icon,
                             _(area->description));
  lk_page_set_narrow (LK_PAGE (page), adw_leaflet_get_folded (self->leaflet));
  g_signal_connect_object (page, "toast", G_CALLBACK (on_page_toast), self, 0);
  gtk_stack_add_named (self->stack, page, area->id);

  return LK_PAGE (page);
}

static void
update_switcher_bar (LkWindow *self)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_stack (self->content_title) != NULL &&
                                    adw_view_switcher_title_get_title_visible (self->content_title));
}

void
lk_window_show_page (LkWindow   *self,
                     const char *page)
{
  const LkArea *area;

  g_return_if_fail (LK_IS_WINDOW (self));

  if (!(area = lk_area_find (page)))
    return;

  ensure_page (self, area);
  gtk_stack_set_visible_child_name (self->stack, area->id);
  adw_view_switcher_title_set_title (self->content_title, _(area->title));
  /* A page with sub-views shows their switcher in the header, or at the
   * bottom when the header has no room for it */
  adw_view_switcher_title_set_stack (self->content_title,
                                     lk_page_get_views (LK_PAGE (gtk_stack_get_visible_child (self->stack))));
  adw_view_switcher_bar_set_stack (self->switcher_bar, adw_view_switcher_title_get_stack (self->content_title));
  update_switcher_bar (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (gtk_widget_get_name (row), area->id) == 0)
        {
          if (gtk_list_box_get_selected_row (self->sidebar_list) != GTK_LIST_BOX_ROW (row))
            gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
          break;
        }
    }

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  LkWindow      *self)
{
  lk_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static GtkWidget *
create_sidebar_row (const LkArea *area)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (area->icon);
  GtkWidget *label = gtk_label_new (_(area->title));

  gtk_widget_set_name (row, area->id);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  lk_a11y_set_name (GTK_WIDGET (row), _(area->title));

  return row;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  lk_window_show_page (LK_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* win.open(('area', 'target')): an item by uuid, or a view the page names */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  const char *id, *target;
  const LkArea *area;

  g_variant_get (param, "(&s&s)", &id, &target);
  if (!(area = lk_area_find (id)))
    return;

  lk_window_show_page (self, id);
  lk_page_show (ensure_page (self, area), target);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  lk_window_show_toast (LK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  if (LK_IS_PAGE (visible) && lk_page_go_back (LK_PAGE (visible)))
    return;
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  /* A page with a search of its own (the Jeg-plan's log) uses it; the
   * others search Tiltak. */
  if (LK_IS_PAGE (visible) && lk_page_focus_search (LK_PAGE (visible)))
    return;

  lk_window_show_page (self, "measures");
  lk_page_focus_search (ensure_page (self, lk_area_find ("measures")));
}

static void
new_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  GtkWindow *editor;

  editor = lk_measure_editor_new (GTK_WINDOW (self), self->store, NULL);
  g_signal_connect_object (editor, "toast", G_CALLBACK (on_page_toast), self, 0);
  gtk_window_present (editor);
}

/* The "Go to" group comes from the area table, with the sidebar's names. */
static char *
shortcuts_xml (const char *template)
{
  g_autoptr(GString) group = g_string_new (NULL);
  g_auto(GStrv) parts = g_strsplit (template, "<!-- areas -->", 2);
  const LkArea *areas;
  guint n_areas;

  areas = lk_areas (&n_areas);
  for (guint i = 0; i < n_areas; i++)
    {
      g_autofree char *title = g_markup_escape_text (_(areas[i].title), -1);

      g_string_append_printf (group,
                              "<child><object class=\"GtkShortcutsShortcut\">"
                              "<property name=\"title\">%s</property>"
                              "<property name=\"accelerator\">&lt;Alt&gt;%u</property>"
                              "</object></child>",
                              title, i + 1);
    }

  g_return_val_if_fail (parts[0] != NULL && parts[1] != NULL, g_strdup (template));

  return g_strconcat (parts[0], group->str, parts[1], NULL);
}

/* Built when asked for: GtkApplication would build it with every window
 * if it sat at gtk/help-overlay.ui, and it costs start-up time. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = NULL;
  GtkWindow *shortcuts;

  bytes = g_resources_lookup_data ("/io/github/lederkompass/Lederkompass/lk-shortcuts-window.ui",
                                   0, NULL);
  xml = shortcuts_xml (g_bytes_get_data (bytes, NULL));
  builder = gtk_builder_new_from_string (xml, -1);
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
load_example (LkWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!lk_example_load (self->store, NULL, &error))
    {
      lk_window_show_error (self, _("Could Not Load the Example Data"), error);
      return;
    }

  lk_window_show_toast (self, _("Example data loaded"));
}

static void
load_example_answered (GtkWidget *from,
                       gpointer   data)
{
  load_example (LK_WINDOW (from));
}

static void
load_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);

  if (lk_store_is_empty (self->store))
    {
      load_example (self);
      return;
    }

  /* Example data mixed into real data is hard to tell apart: ask first. */
  lk_ask (widget, _("Add Example Data?"),
          _("The example municipality’s goals, log entries, risk assessments "
            "and tiltak will be added to your own. "
            "Remove Example Data in the main menu takes them away again."),
          NULL, _("_Add Example Data"), load_example_answered, NULL, NULL);
}

static void
on_remove_example_response (AdwMessageDialog *dialog,
                            const char       *response,
                            LkWindow         *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int removed = 0;

  if (g_strcmp0 (response, "remove") != 0)
    return;

  if (!lk_example_remove (self->store, &removed, &error))
    {
      lk_window_show_error (self, _("Could Not Remove the Example Data"), error);
      return;
    }

  message = g_strdup_printf (ngettext ("Example data removed: %d item",
                                       "Example data removed: %d items", removed),
                             removed);
  lk_window_show_toast (self, message);
}

static void
remove_example_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  int count;

  if ((count = lk_example_count (self->store, &error)) < 0)
    {
      lk_window_show_error (self, _("Could Not Remove the Example Data"), error);
      return;
    }

  body = g_strdup_printf (ngettext ("The %d item the example added will be removed. "
                                    "What you made yourself stays, and so does an example "
                                    "item you have added to.",
                                    "The %d items the example added will be removed. "
                                    "What you made yourself stays, and so does an example "
                                    "item you have added to.", count),
                          count);
  lk_confirm_destructive (GTK_WINDOW (self), _("Remove Example Data?"), body,
                          "remove", _("_Remove"), G_CALLBACK (on_remove_example_response), self);
}

/* The menu offers removal only while there is example data to remove */
static void
update_example_actions (LkWindow *self)
{
  gboolean writable = !lk_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-example",
                                 writable && lk_example_count (self->store, NULL) > 0);
}

/* A database opened only to look at: say so once, above every page, and
 * offer no window action that would write */
static void
update_read_only (LkWindow *self)
{
  gboolean read_only = lk_store_is_read_only (self->store);
  static const char *writing[] = { "win.new-measure", "win.load-example", "win.import-backup" };

  gtk_revealer_set_reveal_child (self->read_only_banner, read_only);
  for (guint i = 0; i < G_N_ELEMENTS (writing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), writing[i], !read_only);
}

/* --- backup -------------------------------------------------------------- */

static const LkFileType backup_type[] = {
  { N_("Lederkompass backups (JSON)"), ".json", "application/json" },
};

/* What is being typed in any page, saved now */
static void
flush_pages (LkWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (LK_IS_PAGE (page))
      lk_page_flush (LK_PAGE (page));
}

/* The database's file, and how the window has it open, for work in a
 * thread that opens a connection of its own: the window's connection is
 * the main thread's alone */
typedef struct
{
  LkWindow     *self;
  char         *database;
  gboolean      read_only;
  char         *file;        /* the backup */
  LkBackupMode  mode;
} BackupJob;

static BackupJob *
backup_job_new (LkWindow   *self,
                const char *file)
{
  BackupJob *job = g_new0 (BackupJob, 1);

  job->self = g_object_ref (self);
  job->database = g_strdup (lk_store_get_path (self->store));
  job->read_only = lk_store_is_read_only (self->store);
  job->file = g_strdup (file);

  return job;
}

static void
backup_job_free (gpointer data)
{
  BackupJob *job = data;

  g_object_unref (job->self);
  g_free (job->database);
  g_free (job->file);
  g_free (job);
}

static LkStore *
open_own_connection (BackupJob  *job,
                     GError    **error)
{
  return lk_store_open_another (job->database, job->read_only, error);
}

static gboolean
save_backup (const char    *path,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(LkStore) store = open_own_connection (data, error);

  return store != NULL && lk_backup_export_file (store, path, error);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lederkompass backups (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

static void
export_backup_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  g_autofree char *today = lk_date_today ();
  g_autofree char *name = g_strdup_printf ("lederkompass-backup-%s.json", today);

  /* What is being typed is in the backup too */
  flush_pages (self);
  lk_choose_save_file_in_thread (widget,
                                 &(LkExport) { .title = _("Export Backup"),
                                               .accept = _("_Save"),
                                               .failed = _("Could Not Save the Backup"),
                                               .done = _("Backup saved"),
                                               .working = _("Saving the Backup…"),
                                               .types = backup_type, .n_types = G_N_ELEMENTS (backup_type) },
                                 name, save_backup, backup_job_new (self, NULL), backup_job_free);
}

static void
on_backup_progress (double   fraction,
                    gpointer data)
{
  LkProgressFunc progress = ((gpointer *) data)[0];

  progress (fraction, ((gpointer *) data)[1]);
}

static gboolean
import_work (gpointer        data,
             GCancellable   *cancellable,
             LkProgressFunc  progress,
             gpointer        progress_data,
             GError        **error)
{
  BackupJob *job = data;
  gpointer relay[2] = { progress, progress_data };
  g_autoptr(LkStore) store = open_own_connection (job, error);

  return store != NULL &&
         lk_backup_import_file_full (store, job->file, job->mode, cancellable, on_backup_progress, relay, error);
}

static void
import_done (GtkWidget    *from,
             gpointer      data,
             const GError *error)
{
  LkWindow *self = LK_WINDOW (from);

  /* Whatever happened, the views read what the file now holds */
  lk_store_take_changes (self->store);
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lk_window_show_toast (self, _("Import cancelled: nothing was changed"));
  else if (error != NULL)
    lk_window_show_error (self, _("Could Not Import the Backup"), error);
  else
    lk_window_show_toast (self, _("Backup imported"));
}

static void
on_import_mode_response (AdwMessageDialog *dialog,
                         const char       *response,
                         BackupJob        *job)
{
  BackupJob *import;

  if (g_strcmp0 (response, "replace") != 0 && g_strcmp0 (response, "merge") != 0)
    return;

  import = backup_job_new (job->self, job->file);
  import->mode = g_strcmp0 (response, "replace") == 0 ? LK_BACKUP_REPLACE : LK_BACKUP_MERGE;
  /* What is being typed is saved first: the import writes through a
   * connection of its own, and the window's waits for it */
  flush_pages (job->self);
  lk_run_with_progress (GTK_WIDGET (job->self), _("Importing the Backup…"),
                        _("Cancel leaves your data as it was."),
                        import_work, import_done, import, backup_job_free);
}

static gboolean
check_work (gpointer        data,
            GCancellable   *cancellable,
            LkProgressFunc  progress,
            gpointer        progress_data,
            GError        **error)
{
  BackupJob *job = data;
  gpointer relay[2] = { progress, progress_data };

  return lk_backup_check_file (job->file, cancellable, on_backup_progress, relay, error);
}

/* Checked whole before anything is asked: a broken file is refused at once */
static void
check_done (GtkWidget    *from,
            gpointer      data,
            const GError *error)
{
  BackupJob *job = data;
  GtkWidget *dialog;

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lk_window_show_error (job->self, _("Could Not Import the Backup"), error);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (job->self), _("Import Backup?"),
                                   _("Replace all your data with the backup, or merge it: "
                                     "merging adds what is new and keeps what you changed "
                                     "here more recently."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    "replace", _("_Replace All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_import_mode_response),
                         backup_job_new (job->self, job->file),
                         (GClosureNotify)(void (*) (void)) backup_job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    LkWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if ((path = g_file_get_path (file)) == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Choose a file on this computer."));

      lk_window_show_error (self, _("Could Not Import the Backup"), error);
      return;
    }
  lk_run_with_progress (GTK_WIDGET (self), _("Checking the Backup…"), NULL,
                        check_work, check_done, backup_job_new (self, path), backup_job_free);
}

static void
import_backup_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkWindow *self = LK_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Backup"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  lk_file_chooser_start_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- state --------------------------------------------------------------- */

static void
on_visible_page_changed (LkWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  gtk_widget_set_visible (self->new_measure_button,
                          g_strcmp0 (page, "overview") == 0 || g_strcmp0 (page, "measures") == 0);
}

static void
on_folded_changed (LkWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (LK_IS_PAGE (page))
      lk_page_set_narrow (LK_PAGE (page), adw_leaflet_get_folded (self->leaflet));
}

static gboolean
lk_window_close_request (GtkWindow *window)
{
  LkWindow *self = LK_WINDOW (window);
  int width, height;

  /* What is being typed is saved before the window goes. */
  flush_pages (self);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-page",
                         gtk_stack_get_visible_child_name (self->stack));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (lk_window_parent_class)->close_request (window);
}

/* After construction: "application" is not a construct property. */
static void
setup (LkWindow  *self,
       GSettings *settings)
{
  g_autofree char *start = NULL;
  int width, height;

  self->settings = g_object_ref (settings);
  update_read_only (self);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  start = g_settings_get_string (self->settings, "start-page");
  if (g_strcmp0 (start, "last") == 0)
    {
      g_free (start);
      start = g_settings_get_string (self->settings, "last-page");
    }
  lk_window_show_page (self, lk_area_find (start) != NULL ? start : "overview");
}

static void
lk_window_dispose (GObject *object)
{
  LkWindow *self = LK_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_WINDOW);

  G_OBJECT_CLASS (lk_window_parent_class)->dispose (object);
}

static void
lk_window_finalize (GObject *object)
{
  LkWindow *self = LK_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lk_window_parent_class)->finalize (object);
}

static void
lk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LkWindow *self = LK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (update_example_actions),
                               self, G_CONNECT_SWAPPED);
      update_example_actions (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LkWindow *self = LK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_window_class_init (LkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const LkArea *areas;
  guint n_areas;

  object_class->dispose = lk_window_dispose;
  object_class->finalize = lk_window_finalize;
  object_class->set_property = lk_window_set_property;
  object_class->get_property = lk_window_get_property;
  window_class->close_request = lk_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, new_measure_button);
  gtk_widget_class_bind_template_child (widget_class, LkWindow, read_only_banner);

  /* What the window's own actions report, like the pages' */
  lk_toast_signal_new (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.open", "(ss)", open_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.new-measure", NULL, new_measure_action);
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL, load_example_action);
  gtk_widget_class_install_action (widget_class, "win.remove-example", NULL, remove_example_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.export-backup", NULL, export_backup_action);
  gtk_widget_class_install_action (widget_class, "win.import-backup", NULL, import_backup_action);

  /* Alt+1 … Alt+N in sidebar order */
  areas = lk_areas (&n_areas);
  for (guint i = 0; i < n_areas; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", areas[i].id);
}

static void
lk_window_init (LkWindow *self)
{
  const LkArea *areas;
  guint n_areas;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->content_title, "notify::title-visible",
                            G_CALLBACK (update_switcher_bar), self);
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->sidebar_list));

  areas = lk_areas (&n_areas);
  for (guint i = 0; i < n_areas; i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&areas[i]));

  g_signal_connect (self->sidebar_list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self, "toast", G_CALLBACK (on_page_toast), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (on_visible_page_changed), self);
  g_signal_connect_swapped (self->leaflet, "notify::folded",
                            G_CALLBACK (on_folded_changed), self);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
