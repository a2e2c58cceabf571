/* lk-measures-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-date.h"
#include "lk-a11y.h"
#include "lk-measures.h"
#include "lk-dialogs.h"
#include "lk-measure-editor.h"
#include "lk-measures-page.h"

struct _LkMeasuresPage
{
  LkPage          parent_instance;

  LkStore        *store;
  GListStore     *measures;
  GtkSingleSelection *selection;
  GtkStringList  *owners;
  char           *today;
  guint           total;
  gboolean        dirty;        /* changed while not shown */
  gboolean        updating;     /* filters being set from code */
  gboolean        compact;      /* narrow window: two-line rows, fewer columns */
  GtkColumnViewColumn *wide_columns[3];

  GtkSearchEntry *search_entry;
  GtkLabel       *summary_label;
  GtkStack       *stack;
  GtkColumnView  *column_view;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *owner_dropdown;
  GtkDropDown    *source_dropdown;
  GtkDropDown    *sort_dropdown;
  GtkCheckButton *overdue_check;
  GtkCheckButton *soon_check;
};

G_DEFINE_FINAL_TYPE (LkMeasuresPage, lk_measures_page, LK_TYPE_PAGE)

#define STATUS_ANY  0
#define STATUS_OPEN 1
#define OPEN_MASK ((1 << LK_MEASURE_STATUS_NOT_STARTED) | (1 << LK_MEASURE_STATUS_STARTED) | \
                   (1 << LK_MEASURE_STATUS_DELAYED))

static void
build_filter (LkMeasuresPage  *self,
              LkMeasureFilter *filter,
              char           **soon_out)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  guint source = gtk_drop_down_get_selected (self->source_dropdown);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  lk_measure_filter_init (filter);
  filter->today = self->today;
  filter->text = text;
  filter->sort = gtk_drop_down_get_selected (self->sort_dropdown);
  filter->overdue_only = gtk_check_button_get_active (self->overdue_check);

  if (status == STATUS_OPEN)
    filter->status_mask = OPEN_MASK;
  else if (status != STATUS_ANY && status != GTK_INVALID_LIST_POSITION)
    filter->status_mask = 1 << (status - 2);

  if (owner > 0 && owner != GTK_INVALID_LIST_POSITION)
    filter->owner = gtk_string_list_get_string (self->owners, owner);

  if (source > 0 && source != GTK_INVALID_LIST_POSITION)
    filter->source_kind = source - 1;

  if (gtk_check_button_get_active (self->soon_check))
    {
      *soon_out = lk_date_add_days (self->today, 14);
      filter->due_before = *soon_out;
      filter->due_from = self->today;
    }
}

static gboolean
filters_active (LkMeasuresPage *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) != STATUS_ANY ||
         gtk_drop_down_get_selected (self->owner_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->source_dropdown) > 0 ||
         gtk_check_button_get_active (self->overdue_check) ||
         gtk_check_button_get_active (self->soon_check) ||
         *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
refresh_owners (LkMeasuresPage *self)
{
  g_auto(GStrv) owners = lk_store_list_owners (self->store, NULL);
  const char *current = NULL;
  g_autofree char *keep = NULL;
  guint selected = gtk_drop_down_get_selected (self->owner_dropdown);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->owners));

  if (selected > 0 && selected < n)
    current = keep = g_strdup (gtk_string_list_get_string (self->owners, selected));

  self->updating = TRUE;
  gtk_string_list_splice (self->owners, 1, n - 1, (const char * const *)owners);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  for (guint i = 0; current != NULL && owners != NULL && owners[i] != NULL; i++)
    if (g_strcmp0 (owners[i], current) == 0)
      gtk_drop_down_set_selected (self->owner_dropdown, i + 1);
  self->updating = FALSE;
}

static void
reload (LkMeasuresPage *self)
{
  g_autoptr(GListStore) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *soon = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) items = NULL;
  LkMeasureFilter filter;
  LkMeasureCounts counts;
  guint n;

  if (self->store == NULL)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  g_free (self->today);
  self->today = lk_date_today ();

  build_filter (self, &filter, &soon);
  found = lk_store_list_measures (self->store, &filter, &error);
  if (found == NULL)
    {
      g_warning ("Could not list measures: %s", error->message);
      return;
    }

  /* Replace the contents, not the model, so the view keeps its place. */
  n = g_list_model_get_n_items (G_LIST_MODEL (found));
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (found), i));
  g_list_store_splice (self->measures, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->measures)),
                       items->pdata, n);

  lk_store_count_measures (self->store, self->today, &counts, NULL);
  self->total = counts.total;

  if (self->total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (n == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  if (filters_active (self))
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u measure shown",
                                            "%u of %u measures shown", self->total),
                               n, self->total);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure", "%u measures",
                                            self->total),
                               self->total);
  gtk_label_set_text (self->summary_label, summary);
}

/* New filters show a new list: from its top. A change in the store keeps
 * the place instead (see reload). */
static void
scroll_to_top (LkMeasuresPage *self)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (self->column_view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (scrollable);

  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, 0);
}

static void
on_filter_changed (LkMeasuresPage *self)
{
  if (!self->updating)
    {
      reload (self);
      scroll_to_top (self);
    }
}

static void
page_refresh (LkPage *page)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (page);

  refresh_owners (self);
  reload (self);
}

static void
on_map (LkMeasuresPage *self)
{
  if (self->dirty)
    reload (self);
}

/* --- cells --------------------------------------------------------------- */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Wrapped rather than cut; only what is longer still is cut, and its
   * tooltip has it whole */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  lk_label_set_lines (GTK_LABEL (label), 4);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
setup_title (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  lk_label_set_lines (GTK_LABEL (title), 4);
  lk_label_set_lines (GTK_LABEL (subtitle), 2);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_item_set_child (item, box);
}

/* In compact mode the deadline and the owner go under the title. */
static void
bind_title (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            LkMeasuresPage           *self)
{
  LkMeasure *measure = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);

  gtk_label_set_text (GTK_LABEL (title), lk_measure_get_title (measure));
  gtk_widget_set_tooltip_text (title, lk_measure_get_title (measure));
  gtk_widget_set_visible (subtitle, self->compact);

  if (self->compact)
    {
      g_autofree char *date = lk_date_format (lk_measure_get_deadline (measure));
      g_autofree char *text = NULL;
      gboolean overdue = lk_measure_is_overdue (measure, self->today);

      if (overdue)
        text = g_strdup_printf (_("%s, overdue · %s"), date, lk_measure_get_owner (measure));
      else
        text = g_strdup_printf ("%s · %s", date, lk_measure_get_owner (measure));
      gtk_label_set_text (GTK_LABEL (subtitle), text);
      /* Overdue is red at full strength: dimmed, it falls below 4.5:1 */
      if (overdue)
        {
          gtk_widget_add_css_class (subtitle, "error");
          gtk_widget_remove_css_class (subtitle, "dim-label");
        }
      else
        {
          gtk_widget_remove_css_class (subtitle, "error");
          gtk_widget_add_css_class (subtitle, "dim-label");
        }
    }
}

static void
bind_owner (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  LkMeasure *measure = gtk_list_item_get_item (item);

  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  /* A name and a title take two lines rather than being cut */
  lk_label_set_lines (label, 2);
  gtk_label_set_text (label, lk_measure_get_owner (measure));
}

static void
setup_deadline (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("lk-overdue-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_tooltip_text (icon, _("Overdue"));
  gtk_widget_add_css_class (icon, "error");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (box, 6);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

/* Wide enough for the longest date in the user's language ("28. sep.
 * 2026" is wider than "May 28, 2026"), with the overdue icon */
static int
deadline_width (LkMeasuresPage *self)
{
  g_autofree char *today = lk_date_today ();
  int widest = 0;

  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *iso = g_strdup_printf ("%.4s-%02u-28", today, month);
      g_autofree char *date = lk_date_format (iso);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), date);
      int width, height;

      pango_layout_get_pixel_size (layout, &width, &height);
      widest = MAX (widest, width);
    }

  /* margin, icon and spacing, the cell's padding, and room to spare */
  return MAX (120, widest + 6 + 16 + 6 + 24 + 12);
}

static void
bind_deadline (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LkMeasuresPage           *self)
{
  LkMeasure *measure = gtk_list_item_get_item (item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  g_autofree char *date = lk_date_format (lk_measure_get_deadline (measure));
  gboolean overdue = lk_measure_is_overdue (measure, self->today);

  gtk_label_set_text (GTK_LABEL (label), date);
  gtk_widget_set_visible (icon, overdue);
  if (overdue)
    {
      g_autofree char *text = g_strdup_printf (_("%s, overdue"), date);

      gtk_widget_add_css_class (label, "error");
      lk_a11y_set_name (GTK_WIDGET (label), text);
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

static void
bind_source (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LkMeasure *measure = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *kind = lk_source_kind_to_label (lk_measure_get_source_kind (measure));
  const char *what = lk_measure_get_source_label (measure);
  g_autofree char *text = NULL;

  text = *what != '\0' ? g_strdup_printf ("%s: %s", kind, what) : g_strdup (kind);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

static void
on_status_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    LkMeasure   *measure)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (dropdown), LK_TYPE_PAGE);
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (page == NULL || selected == lk_measure_get_status (measure) || selected >= LK_MEASURE_STATUS_N)
    return;

  if (!lk_store_set_measure_status (lk_page_get_store (LK_PAGE (page)), measure, selected, &error))
    {
      gtk_drop_down_set_selected (dropdown, lk_measure_get_status (measure));
      g_warning ("Could not change the status: %s", error->message);
    }
}

static void
setup_status (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LkMeasuresPage           *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    gtk_string_list_append (labels, lk_measure_status_to_label (i));

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_widget_add_css_class (dropdown, "flat");
  gtk_widget_set_tooltip_text (dropdown, _("Change the status"));
  gtk_list_item_set_child (item, dropdown);
}

static void
bind_status (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LkMeasuresPage           *self)
{
  LkMeasure *measure = gtk_list_item_get_item (item);
  GtkWidget *dropdown = gtk_list_item_get_child (item);
  g_autofree char *label = g_strdup_printf (_("Status of “%s”"), lk_measure_get_title (measure));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), lk_measure_get_status (measure));
  lk_a11y_set_name (GTK_WIDGET (dropdown), label);
  /* Connected after setting, so binding never writes to the store. */
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_status_selected), measure, 0);
}

static void
unbind_status (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LkMeasuresPage           *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_child (item), on_status_selected,
                                        gtk_list_item_get_item (item));
}

static GtkColumnViewColumn *
add_column (LkMeasuresPage *self,
            const char     *title,
            GCallback       setup,
            GCallback       bind,
            GCallback       unbind,
            gboolean        expand,
            int             fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, self);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  /* The page keeps the columns it takes out in compact mode. */
  return column;
}

/* --- actions ------------------------------------------------------------- */

static LkMeasure *
selected_measure (LkMeasuresPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_activate (GtkColumnView  *view,
             guint           position,
             LkMeasuresPage *self)
{
  g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (self->measures), position);

  if (measure != NULL)
    lk_present (lk_measure_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, measure), self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (widget);
  LkMeasure *measure = selected_measure (self);

  if (measure != NULL)
    lk_present (lk_measure_editor_new (lk_parent_window (widget), self->store, measure), self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (widget);
  LkMeasure *measure = selected_measure (self);

  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (measure == NULL)
    return;

  if ((toast = lk_measure_delete_with_undo (self->store, measure, &error)))
    lk_page_toast (LK_PAGE (self), toast);
  else
    lk_show_error (widget, _("Could Not Delete the Measure"), error);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  lk_measures_page_apply_preset (LK_MEASURES_PAGE (widget), "all");
}

/**
 * lk_measures_page_apply_preset:
 * @preset: "all", "open", "overdue", "soon", "done" or "source:<area>"
 *
 * Sets the filters as the overview's shortcuts ask.
 */
void
lk_measures_page_apply_preset (LkMeasuresPage *self,
                               const char     *preset)
{
  LkSourceKind kind;

  g_return_if_fail (LK_IS_MEASURES_PAGE (self));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_ANY);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_drop_down_set_selected (self->source_dropdown, 0);
  gtk_check_button_set_active (self->overdue_check, FALSE);
  gtk_check_button_set_active (self->soon_check, FALSE);

  if (g_strcmp0 (preset, "open") == 0)
    gtk_drop_down_set_selected (self->status_dropdown, STATUS_OPEN);
  else if (g_strcmp0 (preset, "overdue") == 0)
    gtk_check_button_set_active (self->overdue_check, TRUE);
  else if (g_strcmp0 (preset, "soon") == 0)
    gtk_check_button_set_active (self->soon_check, TRUE);
  else if (g_strcmp0 (preset, "done") == 0)
    gtk_drop_down_set_selected (self->status_dropdown, 2 + LK_MEASURE_STATUS_DONE);
  else if (g_str_has_prefix (preset, "source:") &&
           lk_source_kind_from_string (preset + strlen ("source:"), &kind))
    gtk_drop_down_set_selected (self->source_dropdown, 1 + kind);
  self->updating = FALSE;

  reload (self);
  scroll_to_top (self);
}

/**
 * lk_measures_page_set_compact:
 *
 * For narrow windows: the title, its deadline and owner, and the status.
 */
void
lk_measures_page_set_compact (LkMeasuresPage *self,
                              gboolean        compact)
{
  g_return_if_fail (LK_IS_MEASURES_PAGE (self));

  if (self->compact == !!compact)
    return;

  self->compact = !!compact;
  /* Removing the columns, rather than hiding them, lets GTK 4.8 give the
   * title the freed width. Positions: title 0, owner 1, deadline 2,
   * status 3, from 4. */
  if (compact)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->wide_columns); i++)
        gtk_column_view_remove_column (self->column_view, self->wide_columns[i]);
    }
  else
    {
      gtk_column_view_insert_column (self->column_view, 1, self->wide_columns[0]);
      gtk_column_view_insert_column (self->column_view, 2, self->wide_columns[1]);
      gtk_column_view_append_column (self->column_view, self->wide_columns[2]);
    }

  /* Rebind the rows for the new layout. */
  reload (self);
}

void
lk_measures_page_focus_search (LkMeasuresPage *self)
{
  g_return_if_fail (LK_IS_MEASURES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lk_measures_page_set_store (LkMeasuresPage *self,
                            LkStore        *store)
{
  g_return_if_fail (LK_IS_MEASURES_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store == NULL)
    return;

  lk_page_watch (LK_PAGE (self), (const char *[]) { "measures", NULL });
  refresh_owners (self);
  /* Loaded when first shown, so start-up does not pay for the list. */
  self->dirty = TRUE;
  reload (self);
}

/* --- object -------------------------------------------------------------- */

static void
lk_measures_page_dispose (GObject *object)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_MEASURES_PAGE);

  G_OBJECT_CLASS (lk_measures_page_parent_class)->dispose (object);
}

static void
lk_measures_page_finalize (GObject *object)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->wide_columns); i++)
    g_clear_object (&self->wide_columns[i]);
  g_clear_object (&self->measures);
  g_clear_object (&self->selection);
  g_clear_object (&self->owners);
  g_free (self->today);

  G_OBJECT_CLASS (lk_measures_page_parent_class)->finalize (object);
}

static gboolean
page_focus_search (LkPage *page)
{
  lk_measures_page_focus_search (LK_MEASURES_PAGE (page));
  return TRUE;
}

/* The overview's cards name a filter preset. */
static gboolean
page_show (LkPage     *page,
           const char *target)
{
  lk_measures_page_apply_preset (LK_MEASURES_PAGE (page), target);
  return TRUE;
}

static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  lk_measures_page_set_compact (LK_MEASURES_PAGE (page), narrow);
}

static void
lk_measures_page_constructed (GObject *object)
{
  LkMeasuresPage *self = LK_MEASURES_PAGE (object);

  G_OBJECT_CLASS (lk_measures_page_parent_class)->constructed (object);

  lk_measures_page_set_store (self, lk_page_get_store (LK_PAGE (self)));
}

static void
lk_measures_page_class_init (LkMeasuresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->dispose = lk_measures_page_dispose;
  object_class->constructed = lk_measures_page_constructed;
  page_class->focus_search = page_focus_search;
  page_class->show = page_show;
  page_class->refresh = page_refresh;
  page_class->set_narrow = page_set_narrow;
  object_class->finalize = lk_measures_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-measures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, LkMeasuresPage, soon_check);

  gtk_widget_class_install_action (widget_class, "measures.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "measures.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "measures.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "measures.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "measures.delete", NULL);
}

static void
lk_measures_page_init (LkMeasuresPage *self)
{
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = lk_date_today ();
  self->measures = g_list_store_new (LK_TYPE_MEASURE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->measures)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  self->owners = gtk_string_list_new (NULL);
  gtk_string_list_append (self->owners, _("Anyone"));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (self->owners));

  gtk_string_list_append (sources, _("All areas"));
  for (guint i = 0; i < LK_SOURCE_N; i++)
    gtk_string_list_append (sources, lk_source_kind_to_label (i));
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));

  add_column (self, _("Measure"), G_CALLBACK (setup_title), G_CALLBACK (bind_title), NULL, TRUE, -1);
  self->wide_columns[0] = g_object_ref (
    add_column (self, _("Owner"), G_CALLBACK (setup_label), G_CALLBACK (bind_owner), NULL, FALSE, 150));
  self->wide_columns[1] = g_object_ref (
    add_column (self, _("Deadline"), G_CALLBACK (setup_deadline), G_CALLBACK (bind_deadline), NULL,
                FALSE, deadline_width (self)));
  add_column (self, _("Status"), G_CALLBACK (setup_status), G_CALLBACK (bind_status),
              G_CALLBACK (unbind_status), FALSE, 140);
  self->wide_columns[2] = g_object_ref (
    add_column (self, _("From"), G_CALLBACK (setup_label), G_CALLBACK (bind_source), NULL, FALSE, 190));

  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->source_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->overdue_check, "toggled", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->soon_check, "toggled", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
