/* lk-a11y.c
 *
 * GTK 4.8 names a button with a mnemonic twice to screen readers (the raw
 * "_Save" and its label's "Save"), names icon-only menu buttons by their
 * type, and makes every row of a list its own Tab stop. The names are set
 * as controls map, for every control in the application, so no template
 * has to remember it; lists opt in to one Tab stop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lk-a11y.h"

/**
 * lk_a11y_strip_mnemonic:
 *
 * "_Save" → "Save", "Q__A" → "Q_A".
 */
char *
lk_a11y_strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * lk_a11y_set_name:
 *
 * The one name a screen reader says for @widget: a label it would
 * otherwise be "labelled by" is not said after it.
 */
void
lk_a11y_set_name (GtkWidget  *widget,
                  const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The first text shown inside @widget */
static const char *
inner_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      if (GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        return gtk_label_get_text (GTK_LABEL (child));
      if ((text = inner_text (child)) != NULL)
        return text;
    }

  return NULL;
}

static gboolean
is_close_icon (GtkWidget *child)
{
  const char *icon = GTK_IS_IMAGE (child) ? gtk_image_get_icon_name (GTK_IMAGE (child)) : NULL;

  return icon != NULL && g_str_has_prefix (icon, "window-close");
}

/* The name GTK 4.8 gets wrong for @widget, put right; NULL where GTK's
 * own (or one set with lk_a11y_set_name()) is right */
static char *
better_name (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_MENU_BUTTON (widget))
    {
      const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));

      if (label != NULL)
        return lk_a11y_strip_mnemonic (label);
      if (gtk_widget_get_tooltip_text (widget) != NULL)
        return g_strdup (gtk_widget_get_tooltip_text (widget));
      return g_strdup (inner_text (widget));
    }
  /* The toggle inside a drop-down says what is chosen */
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (parent))
    return g_strdup (inner_text (widget));
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      if (ADW_IS_BUTTON_CONTENT (child) && adw_button_content_get_label (ADW_BUTTON_CONTENT (child)))
        return lk_a11y_strip_mnemonic (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)));
      if (gtk_button_get_use_underline (GTK_BUTTON (widget)) && gtk_button_get_label (GTK_BUTTON (widget)))
        return lk_a11y_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (widget)));
      /* A view switcher's buttons show their page's title */
      if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
          gtk_widget_get_tooltip_text (widget) == NULL && gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_SWITCHER))
        return g_strdup (inner_text (widget));
      /* An icon button says what its tooltip says */
      if (GTK_IS_IMAGE (child) && gtk_widget_get_tooltip_text (widget) != NULL)
        return g_strdup (gtk_widget_get_tooltip_text (widget));
      /* libadwaita's toasts close with an icon and no tooltip */
      if (is_close_icon (child) && gtk_widget_get_tooltip_text (widget) == NULL)
        return g_strdup (_("Close"));
      return NULL;
    }
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)) &&
      gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)))
    return lk_a11y_strip_mnemonic (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)));
  /* The Preferences window's own search entry */
  if (GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW))
    return g_strdup (_("Search"));
  /* A switch says what its row says (the one that turns an expander
   * row's contents on is in the expander's own header row) */
  if (GTK_IS_SWITCH (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW) != NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      return title && *title ? lk_a11y_strip_mnemonic (title) : NULL;
    }
  /* libadwaita 1.2 leaves an expander row unnamed */
  if (ADW_IS_EXPANDER_ROW (widget) && adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)))
    return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  /* A row of a drop-down's or combo row's list, or the chosen one shown
   * in the closed combo row */
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM &&
      !GTK_IS_LIST_BOX_ROW (widget) && (gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) != NULL ||
                                        gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL ||
                                        gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) != NULL))
    return g_strdup (inner_text (widget));

  return NULL;
}

static void
on_text_changed (GtkWidget  *widget,
                 GParamSpec *pspec,
                 gpointer    data);

static void
fix_name (GtkWidget *widget)
{
  g_autofree char *name = NULL;
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* A menu button's own toggle button speaks for it */
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (parent))
    widget = parent;

  name = better_name (widget);
  if (name == NULL || *name == '\0')
    return;
  lk_a11y_set_name (widget, name);
  if (GTK_IS_MENU_BUTTON (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_TOGGLE_BUTTON (child))
        lk_a11y_set_name (child, name);

  /* Texts that change later (a menu button's label, a chosen item) */
  if (g_object_get_data (G_OBJECT (widget), "lk-a11y") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "lk-a11y", GINT_TO_POINTER (1));
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_text_changed), NULL);
      g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (on_text_changed), NULL);
    }
}

static void
on_text_changed (GtkWidget  *widget,
                 GParamSpec *pspec,
                 gpointer    data)
{
  fix_name (widget);
}

/* Hidden stack pages and spare list rows are in GTK 4.8's accessibility
 * tree though never mapped: when a window, a stack or a list view maps,
 * everything in it is named */
static void
fix_tree (GtkWidget *widget)
{
  fix_name (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_tree (child);
}

static void
on_selected (GtkWidget  *widget,
             GParamSpec *pspec,
             gpointer    data)
{
  fix_tree (widget);
}

static gboolean
on_map (GSignalInvocationHint *hint,
        guint                  n_values,
        const GValue          *values,
        gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_ROOT (widget) || GTK_IS_STACK (widget) || ADW_IS_VIEW_STACK (widget) || GTK_IS_LIST_VIEW (widget))
    fix_tree (widget);
  else if (ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget))
    {
      /* The chosen item is shown by a row that is bound again, not mapped */
      fix_tree (widget);
      if (g_object_get_data (G_OBJECT (widget), "lk-a11y") == NULL)
        {
          g_object_set_data (G_OBJECT (widget), "lk-a11y", GINT_TO_POINTER (1));
          g_signal_connect_after (widget, "notify::selected", G_CALLBACK (on_selected), NULL);
        }
    }
  else
    fix_name (widget);

  return TRUE;
}

/**
 * lk_a11y_install:
 *
 * Gives every button, check button and menu button one clean name as it
 * maps. Call once, after GTK is initialised.
 */
void
lk_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class must exist for its signals to */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

/* The next (or previous) widget outside @list that takes focus, tried in
 * the order Tab would visit them */
static gboolean
focus_beyond (GtkWidget        *list,
              GtkDirectionType  direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;

  for (GtkWidget *w = list; w != NULL; w = gtk_widget_get_parent (w))
    for (GtkWidget *sib = forward ? gtk_widget_get_next_sibling (w) : gtk_widget_get_prev_sibling (w);
         sib != NULL;
         sib = forward ? gtk_widget_get_next_sibling (sib) : gtk_widget_get_prev_sibling (sib))
      if (gtk_widget_get_visible (sib) && gtk_widget_child_focus (sib, direction))
        return TRUE;

  return FALSE;
}

static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkWidget             *list)
{
  GtkDirectionType direction;
  GtkWidget *focus, *row;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab ||
      ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;

  /* The row with the focus: a control inside it is still a Tab stop */
  focus = gtk_root_get_focus (gtk_widget_get_root (list));
  for (row = focus; row != NULL && gtk_widget_get_parent (row) != list; row = gtk_widget_get_parent (row))
    ;
  if (row != NULL && focus != row && gtk_widget_child_focus (row, direction))
    return TRUE;
  if (row != NULL && focus == row && direction == GTK_DIR_TAB_FORWARD &&
      gtk_widget_child_focus (gtk_widget_get_first_child (row) ? gtk_widget_get_first_child (row) : row, direction))
    return TRUE;

  return focus_beyond (list, direction);
}

/**
 * lk_a11y_single_tab_stop:
 *
 * Tab leaves @list from any of its rows; arrow keys move inside it. For
 * lists of items to open, not for forms, whose rows are fields.
 */
void
lk_a11y_single_tab_stop (GtkWidget *list)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), list);
  gtk_widget_add_controller (list, keys);
}

/**
 * lk_a11y_set_list_item_name:
 *
 * The name of a list view's row, as a screen reader says it.
 */
void
lk_a11y_set_list_item_name (GtkListItem *item,
                            const char  *name)
{
  /* The row widget is the child's parent, GTK's own; GTK 4.8 has no
   * accessible-label on list items (4.12 does) */
  GtkWidget *row = gtk_widget_get_parent (gtk_list_item_get_child (item));

  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}
