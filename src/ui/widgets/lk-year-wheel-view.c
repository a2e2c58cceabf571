/* lk-year-wheel-view.c: the årshjul on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-chart-view.h"
#include "lk-chart-year-wheel.h"
#include "lk-date.h"
#include "lk-year-wheel-view.h"

struct _LkYearWheelView
{
  AdwBin         parent_instance;

  LkChartView   *chart;
  GPtrArray     *items;    /* LkWheelItem */
  LkYearWheel    wheel;
  LkWheelLayout  layout;   /* as last drawn on screen, for clicks */
};

G_DEFINE_FINAL_TYPE (LkYearWheelView, lk_year_wheel_view, ADW_TYPE_BIN)

enum {
  ITEM_ACTIVATED,
  BACKGROUND_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
lk_year_wheel_view_new (void)
{
  return g_object_new (LK_TYPE_YEAR_WHEEL_VIEW, NULL);
}

static void
draw (cairo_t            *cr,
      double              width,
      double              height,
      const LkChartStyle *style,
      gpointer            data)
{
  LkYearWheelView *self = data;

  lk_chart_year_wheel_draw (cr, width, height, style, &self->wheel);
  /* Kept for clicks when drawn on screen, not into a file */
  if ((int) width == gtk_widget_get_width (GTK_WIDGET (self->chart)) &&
      (int) height == gtk_widget_get_height (GTK_WIDGET (self->chart)))
    {
      lk_chart_year_wheel_layout_clear (&self->layout);
      lk_chart_year_wheel_layout (&self->wheel, width, height, &self->layout);
    }
}

/* The marker under a point of the widget, or NULL */
static const LkWheelMarker *
marker_at (LkYearWheelView *self,
           double           x,
           double           y)
{
  double nx, ny;
  int hit;

  if (self->layout.markers == NULL || self->items == NULL)
    return NULL;
  lk_chart_view_to_natural (self->chart, x, y, &nx, &ny);
  hit = lk_chart_year_wheel_hit (&self->layout, nx, ny);

  return hit < 0 ? NULL : &g_array_index (self->layout.markers, LkWheelMarker, hit);
}

/* The k-th item a marker stands for */
static const LkWheelItem *
marker_item (LkYearWheelView     *self,
             const LkWheelMarker *marker,
             guint                k)
{
  guint index = g_array_index (self->layout.order, guint, marker->first + k);

  return index < self->items->len ? g_ptr_array_index (self->items, index) : NULL;
}

/* An item opens where it lives; a click beside the items is the opener's */
void
lk_year_wheel_view_activate_at (LkYearWheelView *self,
                                double           x,
                                double           y)
{
  const LkWheelMarker *marker;
  const LkWheelItem *item;

  g_return_if_fail (LK_IS_YEAR_WHEEL_VIEW (self));

  marker = marker_at (self, x, y);
  item = marker ? marker_item (self, marker, 0) : NULL;
  if (item != NULL && item->area != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item->area, item->uuid ? item->uuid : "");
  else
    g_signal_emit (self, signals[BACKGROUND_ACTIVATED], 0);
}

/* Returns: (transfer full) (nullable): the ring and the items under the point */
char *
lk_year_wheel_view_describe_at (LkYearWheelView *self,
                                double           x,
                                double           y)
{
  const LkWheelMarker *marker;
  GString *text;

  g_return_val_if_fail (LK_IS_YEAR_WHEEL_VIEW (self), NULL);

  if ((marker = marker_at (self, x, y)) == NULL)
    return NULL;
  text = g_string_new (lk_wheel_ring_name (marker->ring));
  for (guint k = 0; k < marker->n && k < 8; k++)
    {
      const LkWheelItem *item = marker_item (self, marker, k);
      g_autofree char *date = item ? lk_date_format (item->date) : NULL;

      if (item != NULL)
        g_string_append_printf (text, "\n%s  %s", date, item->title);
    }
  if (marker->n > 8)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "\n… and %u more", "\n… and %u more", marker->n - 8),
                            marker->n - 8);

  return g_string_free (text, FALSE);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            LkYearWheelView *self)
{
  lk_year_wheel_view_activate_at (self, x, y);
}

static gboolean
on_query_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  LkYearWheelView *self)
{
  g_autofree char *text = keyboard ? NULL : lk_year_wheel_view_describe_at (self, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * lk_year_wheel_view_set_items:
 * @today: the date the wheel's hand points at
 * @items: (transfer none): the year's LkWheelItems
 */
void
lk_year_wheel_view_set_items (LkYearWheelView *self,
                              int              year,
                              const char      *today,
                              GPtrArray       *items)
{
  g_autoptr(GString) summary = NULL;
  g_autofree char *title = NULL;
  guint per_ring[LK_RING_N] = { 0 };

  g_return_if_fail (LK_IS_YEAR_WHEEL_VIEW (self));
  g_return_if_fail (items != NULL);

  g_ptr_array_ref (items);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items;
  g_free ((char *) self->wheel.today);
  self->wheel.today = g_strdup (today);
  self->wheel.year = year;
  self->wheel.items = items;
  lk_chart_year_wheel_layout_clear (&self->layout);

  /* Translators: the årshjul's title, with the year */
  title = g_strdup_printf (_("Årshjul %d"), year);
  lk_chart_view_set_title (self->chart, title);
  /* What a screen reader says of the picture, and the tooltip beside the
   * markers: how much is in each ring, a line each */
  for (guint i = 0; i < items->len; i++)
    per_ring[((LkWheelItem *) g_ptr_array_index (items, i))->ring]++;
  summary = g_string_new (title);
  for (guint ring = 0; ring < LK_RING_N; ring++)
    g_string_append_printf (summary, "\n%s: %u", lk_wheel_ring_name (ring), per_ring[ring]);
  lk_chart_view_set_summary (self->chart, summary->str);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
lk_year_wheel_view_dispose (GObject *object)
{
  LkYearWheelView *self = LK_YEAR_WHEEL_VIEW (object);

  lk_chart_year_wheel_layout_clear (&self->layout);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer ((char **) &self->wheel.today, g_free);
  self->wheel.items = NULL;

  G_OBJECT_CLASS (lk_year_wheel_view_parent_class)->dispose (object);
}

static void
lk_year_wheel_view_class_init (LkYearWheelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lk_year_wheel_view_dispose;

  /**
   * LkYearWheelView::item-activated:
   * @area: the area the item lives in
   * @uuid: the item, or "" for an area's own view
   *
   * An item was clicked; the opener shows it.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /* A click beside the items */
  signals[BACKGROUND_ACTIVATED] =
    g_signal_new ("background-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
lk_year_wheel_view_init (LkYearWheelView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->chart = g_object_new (LK_TYPE_CHART_VIEW, "vexpand", TRUE, "hexpand", TRUE, NULL);
  lk_chart_view_set_draw_func (self->chart, draw, self, NULL);
  lk_chart_view_set_export_size (self->chart, 1400, 1000);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->chart), TRUE);
  g_signal_connect (self->chart, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->chart));
}
