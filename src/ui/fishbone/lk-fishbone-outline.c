/* lk-fishbone-outline.c
 *
 * One row per line of the tree, in its order, indented by its depth; the
 * top level are the categories. The keys of every outliner: Enter adds a
 * line after this one, Tab and Shift+Tab indent and outdent, Alt+Up and
 * Alt+Down move it, Up and Down go to the line above and below,
 * Ctrl+Enter marks a root cause, Ctrl+Shift+Up and Down give and take a
 * vote, Ctrl+Up and Down fold and unfold its causes in the diagram, Ctrl+Delete (or Backspace on an empty line) removes it; pasting
 * several lines makes a tree of them. Ctrl+Tab leaves the outline.
 *
 * The rows are made again after a change to the tree (a few hundred at
 * most); typing changes only the line's text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lk-a11y.h"
#include "lk-fishbone-outline.h"

struct _LkFishboneOutline
{
  AdwBin      parent_instance;

  LkFishbone *fb;
  GtkListBox *list;       /* bound to lines */
  GListStore *lines;      /* LkCause, in the outline's order */
  GHashTable *rows;       /* LkCause → its entry; not owned */
  GHashTable *measures;   /* cause uuid → how many tiltak */
};

G_DEFINE_FINAL_TYPE (LkFishboneOutline, lk_fishbone_outline, ADW_TYPE_BIN)

enum {
  CHANGED,
  REMOVED,
  MAKE_MEASURE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
lk_fishbone_outline_new (void)
{
  return g_object_new (LK_TYPE_FISHBONE_OUTLINE, NULL);
}

static void
changed (LkFishboneOutline *self,
         gboolean           structure)
{
  g_signal_emit (self, signals[CHANGED], 0, structure);
}

/* The line a widget in a row belongs to; the list of lines holds it */
static LkCause *
cause_of (LkFishboneOutline *self,
          GtkWidget         *widget)
{
  GtkWidget *row = widget ? gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW) : NULL;
  LkCause *node;

  if (row == NULL)
    return NULL;
  node = g_list_model_get_item (G_LIST_MODEL (self->lines), gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  if (node != NULL)
    g_object_unref (node);

  return node;
}

static void
on_text_changed (GtkEditable       *text,
                 LkFishboneOutline *self)
{
  LkCause *node = cause_of (self, GTK_WIDGET (text));

  g_free (node->text);
  node->text = g_strdup (gtk_editable_get_text (text));
  changed (self, FALSE);
}

/* The line just above or below, in the outline's order */
static LkCause *
neighbour (LkFishboneOutline *self,
           LkCause           *node,
           int                delta)
{
  guint position;
  LkCause *other;

  if (!g_list_store_find (self->lines, node, &position) || (delta < 0 && position < (guint) -delta))
    return NULL;
  other = g_list_model_get_item (G_LIST_MODEL (self->lines), position + delta);
  if (other != NULL)
    g_object_unref (other);

  return other;
}

/* The line the focus is in, if it is in the outline */
static LkCause *
focused_cause (LkFishboneOutline *self,
               GtkWidget        **entry)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *field = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  if (entry != NULL)
    *entry = field;

  return cause_of (self, field);
}

/**
 * lk_fishbone_outline_get_focus:
 *
 * Returns: (nullable) (transfer none): the line being written
 */
LkCause *
lk_fishbone_outline_get_focus (LkFishboneOutline *self)
{
  g_return_val_if_fail (LK_IS_FISHBONE_OUTLINE (self), NULL);

  return focused_cause (self, NULL);
}

typedef struct
{
  LkFishboneOutline *self;
  LkCause           *node;   /* the line pasted into */
} Paste;

static void
paste_free (Paste *paste)
{
  g_object_unref (paste->self);
  g_object_unref (paste->node);
  g_free (paste);
}

/* Several lines pasted make a tree after the line; one line is typed in
 * as text */
static void
on_paste_text (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Paste *paste = data;
  LkFishboneOutline *self = paste->self;
  LkCause *node = paste->node;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  GtkWidget *entry = g_hash_table_lookup (self->rows, node);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL || entry == NULL || self->fb == NULL)
    goto out;
  if (strchr (g_strstrip (text), '\n') == NULL)
    {
      int position;

      gtk_editable_delete_selection (GTK_EDITABLE (entry));
      position = gtk_editable_get_position (GTK_EDITABLE (entry));
      gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (entry), position);
      goto out;
    }
  if (!(nodes = lk_fishbone_parse_outline (text, &error)))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      goto out;
    }
  lk_fishbone_paste (self->fb, node, nodes);
  lk_fishbone_outline_rebuild (self, nodes->len > 0 ? g_ptr_array_index (nodes, nodes->len - 1) : node);
  changed (self, TRUE);

out:
  paste_free (paste);
}

/**
 * lk_fishbone_outline_key:
 *
 * What a key does on @node's line; for the key controller and for tests.
 *
 * Returns: whether the key was the outline's
 */
gboolean
lk_fishbone_outline_key (LkFishboneOutline *self,
                         LkCause           *node,
                         guint              keyval,
                         GdkModifierType    state)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);
  GtkWidget *text = g_hash_table_lookup (self->rows, node);
  LkCause *parent, *other, *focus = node;
  guint position;

  if (self->fb == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (mods == GDK_CONTROL_MASK)
        {
          if (lk_cause_get_depth (node) == 0)
            return TRUE;   /* a category is not a cause */
          node->root = !node->root;
          lk_fishbone_outline_rebuild (self, node);
          changed (self, TRUE);
          return TRUE;
        }
      if (mods != 0)
        return FALSE;
      focus = lk_fishbone_add_after (self->fb, node, "");
      break;

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (mods & (GDK_CONTROL_MASK | GDK_ALT_MASK))
        return FALSE;   /* Ctrl+Tab leaves the outline */
      if (keyval == GDK_KEY_ISO_Left_Tab || (mods & GDK_SHIFT_MASK))
        {
          if (!lk_fishbone_outdent (self->fb, node))
            return TRUE;
        }
      else if (!lk_fishbone_indent (self->fb, node))
        return TRUE;
      break;

    case GDK_KEY_Up:
    case GDK_KEY_Down:
      if (mods == GDK_ALT_MASK)
        {
          if (!lk_fishbone_move (self->fb, node, keyval == GDK_KEY_Up ? -1 : 1))
            return TRUE;
          break;
        }
      /* Ctrl+Up folds a line's causes in the diagram, Ctrl+Down unfolds */
      if (mods == GDK_CONTROL_MASK)
        {
          if (g_list_model_get_n_items (G_LIST_MODEL (node->children)) == 0 ||
              lk_cause_get_depth (node) == 0)
            return TRUE;
          node->collapsed = keyval == GDK_KEY_Up;
          break;
        }
      if (mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
        {
          if (lk_cause_get_depth (node) == 0)
            return TRUE;
          if (keyval == GDK_KEY_Up && node->votes < LK_FISHBONE_MAX_VOTES)
            node->votes++;
          else if (keyval == GDK_KEY_Down && node->votes > 0)
            node->votes--;
          break;
        }
      if (mods == 0 && (other = neighbour (self, node, keyval == GDK_KEY_Up ? -1 : 1)))
        return lk_fishbone_outline_focus (self, other);
      return FALSE;

    case GDK_KEY_BackSpace:
      if (mods != 0 || text == NULL || *gtk_editable_get_text (GTK_EDITABLE (text)) != '\0')
        return FALSE;
      G_GNUC_FALLTHROUGH;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (keyval != GDK_KEY_BackSpace && mods != GDK_CONTROL_MASK)
        return FALSE;
      {
        g_autoptr(LkCause) kept = g_object_ref (node);

        focus = neighbour (self, node, -1);
        if (focus == NULL)
          focus = neighbour (self, node, 1);
        position = lk_fishbone_remove (self->fb, node, &parent);
        g_hash_table_remove (self->rows, node);
        lk_fishbone_outline_rebuild (self, focus);
        changed (self, TRUE);
        g_signal_emit (self, signals[REMOVED], 0, kept, parent, position);
      }
      return TRUE;

    case GDK_KEY_v:
    case GDK_KEY_V:
      if (mods != GDK_CONTROL_MASK)
        return FALSE;
      {
        Paste *paste = g_new0 (Paste, 1);

        paste->self = g_object_ref (self);
        paste->node = g_object_ref (node);
        gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                       on_paste_text, paste);
      }
      return TRUE;

    case GDK_KEY_m:
    case GDK_KEY_M:
      if (mods != GDK_CONTROL_MASK || lk_cause_get_depth (node) == 0)
        return FALSE;
      g_signal_emit (self, signals[MAKE_MEASURE], 0, node);
      return TRUE;

    default:
      return FALSE;
    }

  lk_fishbone_outline_rebuild (self, focus);
  changed (self, TRUE);

  return TRUE;
}

static gboolean
on_key (GtkEventControllerKey *controller,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        LkFishboneOutline     *self)
{
  GtkWidget *text = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  return lk_fishbone_outline_key (self, cause_of (self, text), keyval, state);
}

static void
on_make_measure_clicked (GtkButton         *button,
                         LkFishboneOutline *self)
{
  g_signal_emit (self, signals[MAKE_MEASURE], 0, cause_of (self, GTK_WIDGET (button)));
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  LkFishboneOutline *self = data;
  LkCause *node = item;
  guint depth = lk_cause_get_depth (node);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  /* The marks go under the text, which keeps the width */
  GtkWidget *marks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* An entry, not a bare GtkText: only an entry is a text field to
   * screen readers */
  GtkWidget *text = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  /* Tiltak counted in the low half, those done in the high half */
  guint packed = GPOINTER_TO_UINT (self->measures ? g_hash_table_lookup (self->measures, node->uuid) : NULL);
  guint measures = packed & 0xffff, done = packed >> 16;
  g_autofree char *name = NULL;

  gtk_editable_set_text (GTK_EDITABLE (text), node->text);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_entry_set_has_frame (GTK_ENTRY (text), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), depth == 0 ? _("Category") : _("Cause"));
  if (depth == 0)
    gtk_widget_add_css_class (text, "heading");
  if (node->root)
    gtk_widget_add_css_class (text, "root-cause");
  g_signal_connect (text, "changed", G_CALLBACK (on_text_changed), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key), self);
  gtk_widget_add_controller (text, keys);

  /* Say what the line is; its text is the field's value */
  name = depth == 0 ? g_strdup (_("Category"))
                    : node->root ? g_strdup_printf (_("Root cause, level %u"), depth)
                                 : g_strdup_printf (_("Cause, level %u"), depth);
  lk_a11y_set_name (text, name);
  lk_a11y_set_name (row, name);

  gtk_box_append (GTK_BOX (box), text);
  if (node->root)
    {
      GtkWidget *mark = gtk_label_new (_("Root cause"));

      gtk_widget_add_css_class (mark, "root-cause-mark");
      gtk_widget_add_css_class (mark, "caption");
      gtk_box_append (GTK_BOX (marks), mark);
    }
  if (node->collapsed && g_list_model_get_n_items (G_LIST_MODEL (node->children)) > 0)
    {
      g_autofree char *folded = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u cause folded in the diagram",
                                                              "%u causes folded in the diagram",
                                                              lk_cause_count (node) - 1),
                                                 lk_cause_count (node) - 1);
      GtkWidget *label = gtk_label_new (folded);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (marks), label);
    }
  if (node->votes > 0)
    {
      g_autofree char *votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes",
                                                             node->votes), node->votes);
      GtkWidget *label = gtk_label_new (votes);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (marks), label);
    }
  if (depth > 0 && (node->root || measures > 0))
    {
      g_autofree char *label = measures > 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tiltak, %u done", "%u tiltak, %u done",
                                        measures), measures, done)
        : g_strdup (_("Make Tiltak"));
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_set_tooltip_text (button, _("Make this cause a tiltak (Ctrl+M)"));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "caption");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect (button, "clicked", G_CALLBACK (on_make_measure_clicked), self);
      gtk_box_append (GTK_BOX (marks), button);
    }
  if (gtk_widget_get_first_child (marks) != NULL)
    {
      gtk_widget_set_margin_start (marks, 8);
      gtk_box_append (GTK_BOX (box), marks);
    }
  else
    g_object_ref_sink (marks), g_object_unref (marks);

  gtk_widget_set_margin_start (box, 6 + 24 * depth);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  g_hash_table_insert (self->rows, node, text);

  return row;
}

static gboolean
add_line (LkCause  *node,
          guint     depth,
          gpointer  data)
{
  g_ptr_array_add (data, node);

  return TRUE;
}

/* The rows made again from the tree, the focus on @focus's line */
void
lk_fishbone_outline_rebuild (LkFishboneOutline *self,
                             LkCause           *focus)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  g_return_if_fail (LK_IS_FISHBONE_OUTLINE (self));

  g_hash_table_remove_all (self->rows);
  if (self->fb != NULL)
    lk_cause_foreach (self->fb->categories, 0, add_line, lines);
  g_list_store_splice (self->lines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines)),
                       lines->pdata, lines->len);
  if (focus != NULL)
    lk_fishbone_outline_focus (self, focus);
}

gboolean
lk_fishbone_outline_focus (LkFishboneOutline *self,
                           LkCause           *node)
{
  GtkWidget *text;

  g_return_val_if_fail (LK_IS_FISHBONE_OUTLINE (self), FALSE);

  if (node == NULL || (text = g_hash_table_lookup (self->rows, node)) == NULL)
    return FALSE;
  gtk_widget_grab_focus (text);
  gtk_editable_set_position (GTK_EDITABLE (text), -1);

  return TRUE;
}

void
lk_fishbone_outline_set_fishbone (LkFishboneOutline *self,
                                  LkFishbone        *fb)
{
  g_return_if_fail (LK_IS_FISHBONE_OUTLINE (self));

  if (!g_set_object (&self->fb, fb))
    return;
  lk_fishbone_outline_rebuild (self, NULL);
}

/* How many tiltak each cause has, shown on its line */
void
lk_fishbone_outline_set_counts (LkFishboneOutline *self,
                                GHashTable        *measures)
{
  g_return_if_fail (LK_IS_FISHBONE_OUTLINE (self));

  g_clear_pointer (&self->measures, g_hash_table_unref);
  self->measures = measures ? g_hash_table_ref (measures) : NULL;
}

static void
lk_fishbone_outline_dispose (GObject *object)
{
  LkFishboneOutline *self = LK_FISHBONE_OUTLINE (object);

  g_clear_object (&self->fb);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->measures, g_hash_table_unref);

  G_OBJECT_CLASS (lk_fishbone_outline_parent_class)->dispose (object);
}

static void
lk_fishbone_outline_class_init (LkFishboneOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lk_fishbone_outline_dispose;

  /* A line's text (FALSE) or the tree (TRUE) changed */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /* A line was removed with what was below it: where, for Undo */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                   LK_TYPE_CAUSE, LK_TYPE_CAUSE, G_TYPE_UINT);
  signals[MAKE_MEASURE] = g_signal_new ("make-measure", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, LK_TYPE_CAUSE);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "fishbone-outline");
}

static void
lk_fishbone_outline_init (LkFishboneOutline *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->lines = g_list_store_new (LK_TYPE_CAUSE);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->lines), create_row, self, NULL);
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  lk_a11y_set_name (GTK_WIDGET (self->list), _("Causes, as an outline"));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
}
