/* lk-chart-view.c: one widget for every chart on screen, in files and on paper
 *
 * The chart's own draw function does all the drawing; this widget only
 * chooses the style (light or dark on screen, always light in files and on
 * paper) and the size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lk-chart-export.h"
#include "lk-a11y.h"
#include "lk-chart-view.h"
#include "lk-dialogs.h"

struct _LkChartView
{
  GtkWidget        parent_instance;

  LkChartDrawFunc  draw;
  gpointer         user_data;
  GDestroyNotify   destroy;
  char            *title;
  double           export_width;
  double           export_height;
  /* A chart with a natural size (a diagram) is drawn at a zoom, or fitted
   * when zoom is 0. It is its scrolled window's scrollable: it draws only
   * what is in view, at the view's size, however large the diagram. */
  double           natural_width;
  double           natural_height;
  double           zoom;
  double           min_zoom;       /* fitted, not smaller: then it scrolls */
  GtkAdjustment   *hadjustment;
  GtkAdjustment   *vadjustment;
  guint            hscroll_policy : 1;
  guint            vscroll_policy : 1;
  double           drag_h, drag_v; /* the scroll position a drag started at */
};

/* Fitted, a diagram is not made smaller than this unless asked */
#define MIN_FIT   0.75
#define MAX_ZOOM  3.0

static void lk_chart_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LkChartView, lk_chart_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, lk_chart_view_scrollable_init))

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS,
  /* GtkScrollable's */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

/* Files get a fixed size, independent of the window: A4 landscape-ish,
 * unless the chart asks for its own proportions. */
#define EXPORT_WIDTH  720.0
#define EXPORT_HEIGHT 360.0

static void
lk_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LkChartView *self = LK_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  LkChartStyle style;
  cairo_t *cr;

  if (self->draw == NULL || width <= 0 || height <= 0)
    goto children;

  /* The card behind the chart shows through: charts do not paint their
   * background, but use its colour for text on filled shapes. */
  lk_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->natural_width > 0 && self->natural_height > 0)
    {
      double scale, dx, dy;

      /* The draw function may skip what falls outside the clip */
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_clip (cr);
      lk_chart_view_get_transform (self, &scale, &dx, &dy);
      cairo_translate (cr, dx, dy);
      cairo_scale (cr, scale, scale);
      self->draw (cr, self->natural_width, self->natural_height, &style, self->user_data);
    }
  else
    self->draw (cr, width, height, &style, self->user_data);
  cairo_destroy (cr);

children:
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

void
lk_chart_view_set_draw_func (LkChartView     *self,
                             LkChartDrawFunc  draw,
                             gpointer         user_data,
                             GDestroyNotify   destroy)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  if (self->destroy != NULL)
    self->destroy (self->user_data);

  self->draw = draw;
  self->user_data = user_data;
  self->destroy = destroy;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lk_chart_view_set_summary:
 *
 * What the chart shows, in words, for screen readers.
 */
void
lk_chart_view_set_summary (LkChartView *self,
                           const char  *summary)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
lk_chart_view_get_title (LkChartView *self)
{
  g_return_val_if_fail (LK_IS_CHART_VIEW (self), NULL);

  return self->title;
}

void
lk_chart_view_set_title (LkChartView *self,
                         const char  *title)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  lk_a11y_set_name (GTK_WIDGET (self), title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static double
current_scale (LkChartView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->zoom > 0)
    return self->zoom;
  if (width <= 0 || height <= 0)
    return 1.0;

  return CLAMP (MIN (width / self->natural_width, height / self->natural_height), self->min_zoom, 1.0);
}

/**
 * lk_chart_view_get_transform:
 *
 * How a chart with a natural size is drawn on screen: the scale, and where
 * its top left corner is in the widget (scrolled, or centred when it is
 * smaller than the view). Scale 1 and no offset otherwise.
 */
void
lk_chart_view_get_transform (LkChartView *self,
                             double      *scale,
                             double      *dx,
                             double      *dy)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  *scale = 1.0;
  *dx = *dy = 0;
  if (self->natural_width <= 0 || self->natural_height <= 0)
    return;
  *scale = current_scale (self);
  *dx = MAX (0.0, (width - self->natural_width * *scale) / 2);
  *dy = MAX (0.0, (height - self->natural_height * *scale) / 2);
  if (self->hadjustment)
    *dx -= gtk_adjustment_get_value (self->hadjustment);
  if (self->vadjustment)
    *dy -= gtk_adjustment_get_value (self->vadjustment);
}

/* A point in the widget, in the chart's natural coordinates */
void
lk_chart_view_to_natural (LkChartView *self,
                          double       x,
                          double       y,
                          double      *nx,
                          double      *ny)
{
  double scale, dx, dy;

  lk_chart_view_get_transform (self, &scale, &dx, &dy);
  *nx = (x - dx) / scale;
  *ny = (y - dy) / scale;
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         content,
                      double         page,
                      double         value)
{
  double upper = MAX (content, page);

  if (adjustment == NULL)
    return;
  gtk_adjustment_configure (adjustment, CLAMP (value, 0, upper - page), 0, upper,
                            page * 0.1, page * 0.9, page);
}

/* The scrollbars follow the diagram's size at its scale; @keep_x, @keep_y
 * (natural coordinates) stay where they are in the view, if given */
static void
update_adjustments (LkChartView *self,
                    double       keep_x,
                    double       keep_y,
                    double       at_x,
                    double       at_y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double scale = self->natural_width > 0 ? current_scale (self) : 1.0;
  double content_w = self->natural_width * scale, content_h = self->natural_height * scale;
  double h = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double v = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;

  if (!isnan (keep_x))
    {
      h = keep_x * scale + MAX (0.0, (width - content_w) / 2) - at_x;
      v = keep_y * scale + MAX (0.0, (height - content_h) / 2) - at_y;
    }
  configure_adjustment (self->hadjustment, self->natural_width > 0 ? content_w : width, width, h);
  configure_adjustment (self->vadjustment, self->natural_height > 0 ? content_h : height, height, v);
}

static void
update_size (LkChartView *self)
{
  update_adjustments (self, NAN, NAN, 0, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lk_chart_view_set_natural_size:
 *
 * For a diagram that has a size of its own: on screen it is fitted (not
 * smaller than the minimum zoom, then it scrolls) or drawn at a zoom; the
 * draw function gets the natural size, and only what is in view is drawn.
 * Files and paper are fitted as always.
 */
void
lk_chart_view_set_natural_size (LkChartView *self,
                                double       width,
                                double       height)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  self->natural_width = width;
  self->natural_height = height;
  update_size (self);
}

/* Fitting makes a diagram no smaller than @min_zoom (0.75 unless set):
 * a large tree may be fitted whole to see its shape */
void
lk_chart_view_set_min_zoom (LkChartView *self,
                            double       min_zoom)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  self->min_zoom = CLAMP (min_zoom, 0.01, 1.0);
  update_size (self);
}

static void
set_zoom_at (LkChartView *self,
             double       zoom,
             double       x,
             double       y)
{
  double nx, ny;

  lk_chart_view_to_natural (self, x, y, &nx, &ny);
  self->zoom = zoom <= 0 ? 0 : CLAMP (zoom, MIN (self->min_zoom, 0.25), MAX_ZOOM);
  update_adjustments (self, nx, ny, x, y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* 0 fits; else the scale, kept between the minimum zoom (a quarter at
 * most) and three times; the middle of the view stays in place */
void
lk_chart_view_set_zoom (LkChartView *self,
                        double       zoom)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  set_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

double
lk_chart_view_get_zoom (LkChartView *self)
{
  g_return_val_if_fail (LK_IS_CHART_VIEW (self), 1.0);

  return self->natural_width > 0 ? current_scale (self) : 1.0;
}

/* Scrolls so that the natural rectangle is in view, with a margin */
void
lk_chart_view_scroll_to (LkChartView *self,
                         double       x,
                         double       y,
                         double       width,
                         double       height)
{
  double scale, dx, dy;
  double view_w = gtk_widget_get_width (GTK_WIDGET (self));
  double view_h = gtk_widget_get_height (GTK_WIDGET (self));
  const double margin = 24;

  g_return_if_fail (LK_IS_CHART_VIEW (self));

  lk_chart_view_get_transform (self, &scale, &dx, &dy);
  if (self->hadjustment && (x * scale + dx < margin || (x + width) * scale + dx > view_w - margin))
    gtk_adjustment_set_value (self->hadjustment,
                              gtk_adjustment_get_value (self->hadjustment) + (x + width / 2) * scale + dx - view_w / 2);
  if (self->vadjustment && (y * scale + dy < margin || (y + height) * scale + dy > view_h - margin))
    gtk_adjustment_set_value (self->vadjustment,
                              gtk_adjustment_get_value (self->vadjustment) + (y + height / 2) * scale + dy - view_h / 2);
}

/* Ctrl+scroll zooms a diagram about the pointer */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LkChartView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  GdkEvent *event;

  if (self->natural_width <= 0 || !(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  if (event != NULL)
    {
      double ex, ey;
      graphene_point_t p;
      GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

      if (gdk_event_get_position (event, &ex, &ey) && native != NULL)
        {
          double sx, sy;

          gtk_native_get_surface_transform (native, &sx, &sy);
          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                        &GRAPHENE_POINT_INIT (ex - sx, ey - sy), &p))
            {
              x = p.x;
              y = p.y;
            }
        }
    }
  set_zoom_at (self, lk_chart_view_get_zoom (self) * (dy < 0 ? 1.15 : 1 / 1.15), x, y);

  return TRUE;
}

/* A diagram larger than its place is moved by dragging it */
static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               LkChartView    *self)
{
  if (self->hadjustment == NULL || self->natural_width <= 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_h = gtk_adjustment_get_value (self->hadjustment);
  self->drag_v = gtk_adjustment_get_value (self->vadjustment);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                LkChartView    *self)
{
  if (self->hadjustment == NULL)
    return;
  gtk_adjustment_set_value (self->hadjustment, self->drag_h - offset_x);
  gtk_adjustment_set_value (self->vadjustment, self->drag_v - offset_y);
}

/* --- GtkScrollable and size ---------------------------------------------- */

static void
on_adjustment_changed (LkChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (LkChartView    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == *slot && adjustment != NULL)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
      g_object_unref (*slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self);
  update_adjustments (self, NAN, NAN, 0, 0);
}

static void
lk_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  LkChartView *self = LK_CHART_VIEW (widget);

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
  if (self->natural_width > 0 && self->natural_height > 0)
    {
      double scale = self->zoom > 0 ? self->zoom : 1.0;

      *natural = MAX (*natural, ceil ((orientation == GTK_ORIENTATION_HORIZONTAL
                                       ? self->natural_width : self->natural_height) * scale));
    }
}

static void
lk_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  LkChartView *self = LK_CHART_VIEW (widget);

  /* The menu keeps to its corner of the view, however it scrolls */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
  update_adjustments (self, NAN, NAN, 0, 0);
}

static void
lk_chart_view_scrollable_init (GtkScrollableInterface *iface)
{
}

/**
 * lk_chart_view_set_export_size:
 *
 * The size in points of exported files; printing keeps its proportions.
 */
void
lk_chart_view_set_export_size (LkChartView *self,
                               double       width,
                               double       height)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));
  g_return_if_fail (width > 0 && height > 0);

  self->export_width = width;
  self->export_height = height;
}

/* --- export -------------------------------------------------------------- */


static const LkFileType chart_types[] = {
  { N_("PNG image (.png)"), ".png", "image/png" },
  { N_("SVG drawing (.svg)"), ".svg", "image/svg+xml" },
  { N_("PDF document (.pdf)"), ".pdf", "application/pdf" },
};

static gboolean
save_chart (const char  *path,
            gpointer     data,
            GError     **error)
{
  LkChartView *self = data;
  LkChartFormat format = LK_CHART_FORMAT_PNG;

  lk_chart_format_from_path (path, &format);

  return lk_chart_export (path, format, self->export_width, self->export_height,
                          self->draw, self->user_data, error);
}

void
lk_chart_view_export (LkChartView *self)
{
  g_autofree char *name = NULL;

  g_return_if_fail (LK_IS_CHART_VIEW (self));

  if (self->draw == NULL)
    return;

  /* Translators: file name of an exported chart without its title */
  name = g_strdup_printf ("%s.png", self->title ? self->title : _("chart"));
  lk_choose_save_file (GTK_WIDGET (self),
                       &(LkExport) { .title = _("Export Chart"),
                                     .failed = _("Could Not Export the Chart"),
                                     .done = _("Chart exported"),
                                     .types = chart_types, .n_types = G_N_ELEMENTS (chart_types) },
                       name, save_chart, g_object_ref (self), g_object_unref);
}

/* --- print --------------------------------------------------------------- */

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              LkChartView       *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double chart_height = MIN (height, width * self->export_height / self->export_width);
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  self->draw (cr, width, chart_height, &style, self->user_data);
}

static gboolean
run_print (LkChartView              *self,
           GtkPrintOperationAction   action,
           const char               *export_path,
           GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, self->title ? self->title : "Lederkompass");
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);

  return gtk_print_operation_run (operation, action, lk_parent_window (GTK_WIDGET (self)), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
lk_chart_view_print (LkChartView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LK_IS_CHART_VIEW (self));

  if (self->draw != NULL &&
      !run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    lk_show_error (GTK_WIDGET (self), _("Could Not Print the Chart"), error);
}

/**
 * lk_chart_view_print_to_pdf:
 *
 * Runs the same print operation as Print…, into a PDF file without asking:
 * what is printed is what this writes.
 */
gboolean
lk_chart_view_print_to_pdf (LkChartView  *self,
                            const char   *path,
                            GError      **error)
{
  g_return_val_if_fail (LK_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (self->draw != NULL, FALSE);

  return run_print (self, GTK_PRINT_OPERATION_ACTION_EXPORT, path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  lk_chart_view_export (LK_CHART_VIEW (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  lk_chart_view_print (LK_CHART_VIEW (widget));
}

/* --- object -------------------------------------------------------------- */

static void
on_dark_changed (LkChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lk_chart_view_dispose (GObject *object)
{
  LkChartView *self = LK_CHART_VIEW (object);
  GtkWidget *child;

  lk_chart_view_set_draw_func (self, NULL, NULL, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_changed, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (lk_chart_view_parent_class)->dispose (object);
}

static void
lk_chart_view_finalize (GObject *object)
{
  LkChartView *self = LK_CHART_VIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (lk_chart_view_parent_class)->finalize (object);
}

static void
lk_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LkChartView *self = LK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LkChartView *self = LK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      lk_chart_view_set_title (self, g_value_get_string (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_chart_view_class_init (LkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_chart_view_dispose;
  object_class->finalize = lk_chart_view_finalize;
  object_class->get_property = lk_chart_view_get_property;
  object_class->set_property = lk_chart_view_set_property;
  widget_class->snapshot = lk_chart_view_snapshot;
  widget_class->measure = lk_chart_view_measure;
  widget_class->size_allocate = lk_chart_view_size_allocate;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chart.print", NULL, print_action);
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lk_chart_view_init (LkChartView *self)
{
  GMenu *menu = g_menu_new ();
  GtkWidget *button;

  self->export_width = EXPORT_WIDTH;
  self->export_height = EXPORT_HEIGHT;

  g_menu_append (menu, _("_Export as Picture or PDF…"), "chart.export");
  g_menu_append (menu, _("_Print…"), "chart.print");

  /* The menu sits on the chart, so every chart gets the same two commands. */
  button = g_object_new (GTK_TYPE_MENU_BUTTON,
                         "icon-name", "view-more-symbolic",
                         "menu-model", menu,
                         "tooltip-text", _("Export or Print the Chart"),
                         "halign", GTK_ALIGN_END,
                         "valign", GTK_ALIGN_START,
                         "margin-top", 6,
                         "margin-end", 6,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  lk_a11y_set_name (GTK_WIDGET (button), _("Export or Print the Chart"));
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  g_object_unref (menu);
  self->min_zoom = MIN_FIT;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);

  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
    GtkGesture *drag = gtk_gesture_drag_new ();

    g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
    gtk_widget_add_controller (GTK_WIDGET (self), scroll);
    g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
    g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  }
}
