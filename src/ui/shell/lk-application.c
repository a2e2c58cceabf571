/* lk-application.c: options, the store, application-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-a11y.h"
#include "lk-adw-texts.h"
#include "lk-dialogs.h"
#include "lk-zone-style.h"
#include "lk-application.h"
#include "lk-preferences-window.h"
#include "lk-window.h"

struct _LkApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  LkStore        *store;
  GSettings      *settings;
  gboolean        tried_read_only;
};

G_DEFINE_FINAL_TYPE (LkApplication, lk_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database in FILE instead of your own"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

LkApplication *
lk_application_new (void)
{
  /* Unique per database: the id is set from --database before the
   * application registers, so a second start on the same file raises the
   * window that has it, and another file gets a process of its own */
  return g_object_new (LK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/lederkompass/Lederkompass",
                       NULL);
}

GSettings *
lk_application_get_settings (LkApplication *self)
{
  g_return_val_if_fail (LK_IS_APPLICATION (self), NULL);

  return self->settings;
}

static int
lk_application_handle_local_options (GApplication *app,
                                     GVariantDict *dict)
{
  LkApplication *self = LK_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (dict, "database", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autofree char *default_path = lk_store_default_path ();
      g_autofree char *real = NULL;
      g_autofree char *hash = NULL;
      g_autofree char *id = NULL;

      self->database_path = g_file_get_path (file);
      /* One process per file, however it is named on the command line */
      real = g_canonicalize_filename (self->database_path, NULL);
      if (g_strcmp0 (real, default_path) != 0)
        {
          hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, real, -1);
          hash[16] = '\0';
          id = g_strdup_printf ("%s.Database%s", APP_ID, hash);
          g_application_set_application_id (app, id);
        }
    }

  return -1;
}

static void show_open_error (LkApplication *self,
                             const GError  *error);
static void open_window (LkApplication *self);

static void
on_error_response (AdwMessageDialog *dialog,
                   const char       *response,
                   GApplication     *app)
{
  LkApplication *self = LK_APPLICATION (app);

  if (g_strcmp0 (response, "read-only") == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = self->database_path
                            ? g_strdup (self->database_path)
                            : lk_store_default_path ();

      self->tried_read_only = TRUE;
      self->store = lk_store_open_read_only (path, &error);
      if (self->store == NULL)
        show_open_error (self, error);
      else
        open_window (self);
    }
  g_application_release (app);
}

/* The store could not be opened: say why and what to do, then quit. */
static void
show_open_error (LkApplication *self,
                 const GError  *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL,
                                                       _("Could Not Open the Database"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Quit"));
  /* A file that can only be read can still be looked at */
  if (g_error_matches (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY) && !self->tried_read_only)
    {
      adw_message_dialog_add_response (dialog, "read-only", _("_Open Read-Only"));
      adw_message_dialog_set_default_response (dialog, "read-only");
    }
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The check that runs beside the start-up found the file damaged: say so,
 * and stop using it. Nothing was written to it: writes wait for the check. */
static void
on_store_damaged (LkStore       *store,
                  LkApplication *self)
{
  g_autoptr(GError) error = NULL;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  lk_store_wait_checked (store, &error);
  show_open_error (self, error);
  for (GList *l = windows; l != NULL; l = l->next)
    if (LK_IS_WINDOW (l->data))
      gtk_window_destroy (l->data);
}

static gboolean
save_copy (const char  *path,
           gpointer     data,
           GError     **error)
{
  return lk_store_save_copy (LK_STORE (data), path, error);
}

static void
on_vanished_response (AdwMessageDialog *dialog,
                      const char       *response,
                      LkApplication    *self)
{
  static const LkFileType db_type[] = { { N_("Lederkompass databases"), ".db", NULL } };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (g_strcmp0 (response, "save") != 0 || window == NULL || self->store == NULL)
    return;
  lk_choose_save_file (GTK_WIDGET (window),
                       &(LkExport) { .title = _("Save Everything to a New File"),
                                     .accept = _("_Save"),
                                     .failed = _("Could Not Save the Copy"),
                                     .done = _("Saved. Start Lederkompass with that file to go on working in it."),
                                     .types = db_type, .n_types = 1 },
                       "lederkompass.db", save_copy, g_object_ref (self->store), g_object_unref);
}

/* The file was deleted or moved under us: what is open is still there to
 * save, and nothing more can be written to where it was */
static void
on_store_vanished (LkStore       *store,
                   LkApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *body = g_strdup_printf (_("“%s” was moved or deleted while Lederkompass had it open. "
                                             "Changes cannot be saved there any more. Save everything you "
                                             "have to a new file, and start Lederkompass with it."),
                                           lk_store_get_path (store));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("The Database File Is Gone"), body));
  adw_message_dialog_add_responses (dialog, "later", _("_Not Now"), "save", _("_Save to a New File…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "later");
  g_signal_connect (dialog, "response", G_CALLBACK (on_vanished_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
start_check (gpointer data)
{
  lk_store_start_check (LK_STORE (data));

  return G_SOURCE_REMOVE;
}

static void
lk_application_activate (GApplication *app)
{
  LkApplication *self = LK_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    {
      g_autofree char *path = self->database_path
                            ? g_strdup (self->database_path)
                            : lk_store_default_path ();

      self->store = lk_store_open (path, &error);
      if (self->store == NULL)
        {
          show_open_error (self, error);
          return;
        }
      g_signal_connect (self->store, "damaged", G_CALLBACK (on_store_damaged), self);
      g_signal_connect (self->store, "vanished", G_CALLBACK (on_store_vanished), self);
    }

  open_window (self);
}

static void
open_window (LkApplication *self)
{
  GtkWindow *window;

  window = GTK_WINDOW (lk_window_new (GTK_APPLICATION (self), self->store, self->settings));
  gtk_window_present (window);
  /* Low priority: after the first frame and the overview's idle work */
  g_idle_add_full (G_PRIORITY_LOW, start_check, g_object_ref (self->store), g_object_unref);

  if (lk_store_get_migration_backup (self->store) != NULL)
    {
      g_autofree char *basename = g_path_get_basename (lk_store_get_migration_backup (self->store));
      g_autofree char *msg = g_strdup_printf (_("Your data was upgraded. A copy of the old file "
                                                "was kept as “%s”."), basename);

      lk_window_show_toast (LK_WINDOW (window), msg);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "Lederkompass developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Lederkompass",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Lederkompass developers"),
                        "developers", developers,
                        "comments", _("A leader’s workbench for Lean and the learning "
                                      "organisation in Norwegian municipalities."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  lk_adw_texts_apply (about);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  LkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs;

  if (self->store == NULL)
    return;

  prefs = lk_preferences_window_new (self->store, self->settings);
  gtk_window_set_transient_for (prefs, parent);
  lk_adw_texts_apply (GTK_WIDGET (prefs));
  gtk_window_present (prefs);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing windows first lets them save their state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
lk_application_startup (GApplication *app)
{
  LkApplication *self = LK_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *find_accels[] = { "<Control>f", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (lk_application_parent_class)->startup (app);

  g_set_application_name ("Lederkompass");
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  lk_zone_style_install (gdk_display_get_default ());
  lk_a11y_install ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-measure", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.find", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
}

static void
lk_application_finalize (GObject *object)
{
  LkApplication *self = (LkApplication *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (lk_application_parent_class)->finalize (object);
}

static void
lk_application_class_init (LkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lk_application_finalize;
  app_class->activate = lk_application_activate;
  app_class->startup = lk_application_startup;
  app_class->handle_local_options = lk_application_handle_local_options;
}

static void
lk_application_init (LkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            /* No typographic quotes here: --help prints in
                                             * the terminal's charset, which may be ASCII. */
                                            _("A workbench for leaders: Lean and the learning "
                                              "organisation."));
}
