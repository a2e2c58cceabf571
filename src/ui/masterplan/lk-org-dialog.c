/* lk-org-dialog.c
 *
 * Units are added one at a time, each under a unit on a level above it,
 * and deleted when no longer there (their goals keep their text and lose
 * the unit). Each change is saved at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-a11y.h"
#include "lk-choice.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-masterplan.h"
#include "lk-org-dialog.h"
#include "lk-page.h"

struct _LkOrgDialog
{
  AdwWindow     parent_instance;

  LkStore      *store;
  GListStore   *units;     /* LkOrgUnit, in units_list */
  GListStore   *parents;   /* LkChoice */

  AdwEntryRow  *name_row;
  AdwComboRow  *level_row;
  AdwComboRow  *parent_row;
  GtkLabel     *error_label;
  GtkListBox   *units_list;
};

G_DEFINE_FINAL_TYPE (LkOrgDialog, lk_org_dialog, ADW_TYPE_WINDOW)

static const char *
level_name (guint level)
{
  switch (level)
    {
    case 1:
      return _("Leader team");
    case 2:
      return _("Service area");
    case 3:
      return _("Unit");
    case 4:
    default:
      return _("Department");
    }
}

static LkOrgUnit *
find_unit (LkOrgDialog *self,
           const char  *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

  for (guint i = 0; uuid && i < n; i++)
    {
      LkOrgUnit *unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      g_object_unref (unit);   /* the list keeps it */
      if (g_str_equal (unit->uuid, uuid))
        return unit;
    }

  return NULL;
}

/* Those above the level chosen can hold the new unit */
static void
fill_parents (LkOrgDialog *self)
{
  guint level = adw_combo_row_get_selected (self->level_row) + 1;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

  g_list_store_remove_all (self->parents);
  lk_choice_append (self->parents, _("Nothing above it"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (unit->level < level)
        lk_choice_append (self->parents, unit->name, unit->uuid);
    }
  adw_combo_row_set_selected (self->parent_row, g_list_model_get_n_items (G_LIST_MODEL (self->parents)) - 1);
}

static void
refresh (LkOrgDialog *self)
{
  g_autoptr(GListStore) units = lk_store_list_org_units (self->store, NULL);
  g_autoptr(GPtrArray) items = units ? lk_list_model_items (G_LIST_MODEL (units)) : g_ptr_array_new ();

  lk_list_store_replace (self->units, items);
  fill_parents (self);
}

static void
on_delete_unit (GtkButton   *button,
                LkOrgDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(LkOrgUnit) unit = row ? lk_list_row_item (G_LIST_MODEL (self->units), GTK_LIST_BOX_ROW (row)) : NULL;
  g_autoptr(GError) error = NULL;

  if (unit == NULL)
    return;
  if (!lk_store_delete_org_unit (self->store, unit->uuid, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Unit"), error);
      return;
    }
  lk_toast_emit (self, lk_undo_toast_new (_("Unit deleted"), self->store, unit,
                                          (LkStorePutFunc) lk_store_save_org_unit));
  refresh (self);
}

static GtkWidget *
create_unit_row (gpointer item,
                 gpointer data)
{
  LkOrgDialog *self = data;
  LkOrgUnit *unit = item;
  LkOrgUnit *parent = find_unit (self, unit->parent_uuid);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *sub = parent ? g_strdup_printf ("%s · %s", level_name (unit->level), parent->name)
                                : g_strdup (level_name (unit->level));
  g_autofree char *name = g_strdup_printf (_("Delete %s"), unit->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, name);
  lk_a11y_set_name (remove, name);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_unit), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  LkOrgDialog *self = LK_ORG_DIALOG (widget);
  const char *parent = lk_choice_selected_id (G_LIST_MODEL (self->parents),
                                              adw_combo_row_get_selected (self->parent_row));
  g_autoptr(LkOrgUnit) unit = lk_org_unit_new (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                               adw_combo_row_get_selected (self->level_row) + 1, parent);
  g_autoptr(GError) error = NULL;

  if (!lk_store_save_org_unit (self->store, unit, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

GtkWindow *
lk_org_dialog_new (GtkWindow *parent,
                   LkStore   *store)
{
  LkOrgDialog *self = g_object_new (LK_TYPE_ORG_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  adw_combo_row_set_selected (self->level_row, 2);
  refresh (self);

  return GTK_WINDOW (self);
}

static void
lk_org_dialog_dispose (GObject *object)
{
  LkOrgDialog *self = LK_ORG_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_ORG_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->units);
  g_clear_object (&self->parents);

  G_OBJECT_CLASS (lk_org_dialog_parent_class)->dispose (object);
}

static void
lk_org_dialog_class_init (LkOrgDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_org_dialog_dispose;
  lk_toast_signal_new (LK_TYPE_ORG_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lederkompass/Lederkompass/lk-org-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LkOrgDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LkOrgDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, LkOrgDialog, parent_row);
  gtk_widget_class_bind_template_child (widget_class, LkOrgDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LkOrgDialog, units_list);
  gtk_widget_class_install_action (widget_class, "org.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lk_org_dialog_init (LkOrgDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint l = 1; l <= 4; l++)
    {
      g_autofree char *label = g_strdup_printf ("%u · %s", l, level_name (l));

      gtk_string_list_append (levels, label);
    }
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  self->units = g_list_store_new (LK_TYPE_ORG_UNIT);
  self->parents = g_list_store_new (LK_TYPE_CHOICE);
  adw_combo_row_set_expression (self->parent_row, lk_choice_expression ());
  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (self->parents));
  gtk_list_box_bind_model (self->units_list, G_LIST_MODEL (self->units), create_unit_row, self, NULL);
  gtk_list_box_set_placeholder (self->units_list, lk_list_placeholder_new (_("No units yet.")));
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (fill_parents), self);
}
