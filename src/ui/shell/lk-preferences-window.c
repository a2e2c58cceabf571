/* lk-preferences-window.c
 *
 * Who the user is lives in the database (it travels with backups and goes
 * into briefs); how the application starts lives in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-areas.h"
#include "lk-choice.h"
#include "lk-dialogs.h"
#include "lk-masterplan.h"
#include "lk-preferences-window.h"
#include "lk-ten-factor.h"

struct _LkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  LkStore              *store;
  GSettings            *settings;

  AdwEntryRow          *name_row;
  AdwEntryRow          *role_row;
  AdwEntryRow          *unit_row;
  AdwEntryRow          *municipality_row;
  AdwEntryRow          *owner_row;
  AdwComboRow          *start_row;
  AdwComboRow          *org_unit_row;
  GtkSpinButton        *threshold_spin;
  GListStore           *org_units;   /* LkChoice */
};

G_DEFINE_FINAL_TYPE (LkPreferencesWindow, lk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* An entry row and the setting it edits */
typedef struct
{
  LkPreferencesWindow *self;
  const char          *key;
} Binding;

static void
binding_free (gpointer  data,
              GClosure *closure)
{
  g_free (data);
}

static void
on_entry_changed (AdwEntryRow *row,
                  Binding     *binding)
{
  LkPreferencesWindow *self = binding->self;
  const char *key = binding->key;
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (!lk_store_set_setting (self->store, key, value, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
bind_entry (LkPreferencesWindow *self,
            AdwEntryRow         *row,
            const char          *key)
{
  g_autofree char *value = lk_store_get_setting (self->store, key);

  Binding *binding = g_new0 (Binding, 1);

  binding->self = self;
  binding->key = key;
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  g_signal_connect_data (row, "changed", G_CALLBACK (on_entry_changed), binding, binding_free, 0);
}

static void
on_start_selected (LkPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->start_row);
  guint n_areas;
  const LkArea *areas = lk_areas (&n_areas);

  /* The areas in sidebar order, then "where I left off" */
  g_settings_set_string (self->settings, "start-page",
                         selected < n_areas ? areas[selected].id : "last");
}

static void
on_org_unit_selected (LkPreferencesWindow *self)
{
  const char *uuid = lk_choice_selected_id (G_LIST_MODEL (self->org_units),
                                            adw_combo_row_get_selected (self->org_unit_row));
  g_autoptr(GError) error = NULL;

  if (!lk_store_set_setting (self->store, "masterplan-unit", uuid ? uuid : "", &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

/* The organisation's units (from the Masterplan), to choose one's own */
static void
fill_org_units (LkPreferencesWindow *self)
{
  g_autoptr(GListStore) units = lk_store_list_org_units (self->store, NULL);
  g_autofree char *mine = lk_store_get_setting (self->store, "masterplan-unit");
  guint n = units ? g_list_model_get_n_items (G_LIST_MODEL (units)) : 0;

  self->org_units = g_list_store_new (LK_TYPE_CHOICE);
  lk_choice_append (self->org_units, _("Not chosen"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (units), i);

      lk_choice_append (self->org_units, unit->name, unit->uuid);
    }
  adw_combo_row_set_expression (self->org_unit_row, lk_choice_expression ());
  adw_combo_row_set_model (self->org_unit_row, G_LIST_MODEL (self->org_units));
  adw_combo_row_set_selected (self->org_unit_row,
                              lk_choice_find (G_LIST_MODEL (self->org_units), mine && *mine ? mine : NULL));
  /* The units come from the Masterplan's organisation */
  gtk_widget_set_visible (GTK_WIDGET (self->org_unit_row), n > 0);
  g_signal_connect_swapped (self->org_unit_row, "notify::selected", G_CALLBACK (on_org_unit_selected), self);
}

/* The store refuses anything below 3; the spin button cannot go there */
static void
on_threshold_changed (LkPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!lk_store_set_anonymity_threshold (self->store, gtk_spin_button_get_value_as_int (self->threshold_spin),
                                         &error))
    lk_show_error (GTK_WIDGET (self), _("Could Not Change the Threshold"), error);
}

GtkWindow *
lk_preferences_window_new (LkStore   *store,
                           GSettings *settings)
{
  LkPreferencesWindow *self = g_object_new (LK_TYPE_PREFERENCES_WINDOW, NULL);
  g_autoptr(GtkStringList) pages = gtk_string_list_new (NULL);
  g_autofree char *start = g_settings_get_string (settings, "start-page");
  guint n_areas;
  const LkArea *areas = lk_areas (&n_areas);

  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  bind_entry (self, self->name_row, "user-name");
  bind_entry (self, self->role_row, "user-role");
  bind_entry (self, self->unit_row, "user-unit");
  bind_entry (self, self->municipality_row, "municipality");
  bind_entry (self, self->owner_row, "default-owner");
  fill_org_units (self);
  gtk_spin_button_set_value (self->threshold_spin, lk_store_get_anonymity_threshold (store));
  g_signal_connect_swapped (self->threshold_spin, "value-changed", G_CALLBACK (on_threshold_changed), self);

  for (guint i = 0; i < n_areas; i++)
    gtk_string_list_append (pages, _(areas[i].title));
  gtk_string_list_append (pages, _("Where I left off"));
  adw_combo_row_set_model (self->start_row, G_LIST_MODEL (pages));
  adw_combo_row_set_selected (self->start_row,
                              g_strcmp0 (start, "last") == 0 ? n_areas
                              : (guint)MAX (lk_area_index (start), 0));
  g_signal_connect_swapped (self->start_row, "notify::selected",
                            G_CALLBACK (on_start_selected), self);

  return GTK_WINDOW (self);
}

static void
lk_preferences_window_dispose (GObject *object)
{
  LkPreferencesWindow *self = LK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->org_units);

  G_OBJECT_CLASS (lk_preferences_window_parent_class)->dispose (object);
}

static void
lk_preferences_window_class_init (LkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, role_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, org_unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkPreferencesWindow, threshold_spin);
}

static void
lk_preferences_window_init (LkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
