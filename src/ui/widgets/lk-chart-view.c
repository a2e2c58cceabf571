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
   * when zoom is 0, and scrolls in its scrolled window */
  double           natural_width;
  double           natural_height;
  double           zoom;
};

/* Fitted, a diagram is not made smaller than this: then it scrolls */
#define MIN_FIT   0.75
#define MIN_ZOOM  0.25
#define MAX_ZOOM  3.0

G_DEFINE_FINAL_TYPE (LkChartView, lk_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
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

/**
 * lk_chart_view_get_transform:
 *
 * How a chart with a natural size is drawn on screen: the scale, and where
 * its top left corner is in the widget. Scale 1 and no offset otherwise.
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
  *scale = self->zoom > 0 ? self->zoom
         : CLAMP (MIN (width / self->natural_width, height / self->natural_height), MIN_FIT, 1.0);
  *dx = MAX (0.0, (width - self->natural_width * *scale) / 2);
  *dy = MAX (0.0, (height - self->natural_height * *scale) / 2);
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
update_size (LkChartView *self)
{
  double scale = self->zoom > 0 ? self->zoom : MIN_FIT;

  if (self->natural_width > 0 && self->natural_height > 0)
    gtk_widget_set_size_request (GTK_WIDGET (self), ceil (self->natural_width * scale),
                                 ceil (self->natural_height * scale));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lk_chart_view_set_natural_size:
 *
 * For a diagram that has a size of its own: on screen it is fitted (not
 * smaller than MIN_FIT, then it scrolls) or drawn at a zoom; the draw
 * function gets the natural size. Files and paper are fitted as always.
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

/* 0 fits; else the scale, kept between a quarter and three times */
void
lk_chart_view_set_zoom (LkChartView *self,
                        double       zoom)
{
  g_return_if_fail (LK_IS_CHART_VIEW (self));

  self->zoom = zoom <= 0 ? 0 : CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  update_size (self);
}

double
lk_chart_view_get_zoom (LkChartView *self)
{
  double scale, dx, dy;

  g_return_val_if_fail (LK_IS_CHART_VIEW (self), 1.0);

  lk_chart_view_get_transform (self, &scale, &dx, &dy);

  return scale;
}

/* Ctrl+scroll zooms a diagram */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LkChartView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (self->natural_width <= 0 || !(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  lk_chart_view_set_zoom (self, lk_chart_view_get_zoom (self) * (dy < 0 ? 1.15 : 1 / 1.15));

  return TRUE;
}

/* A diagram larger than its place is moved by dragging it */
static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               LkChartView    *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);

  if (scroller == NULL || self->natural_width <= 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  g_object_set_data (G_OBJECT (gesture), "lk-h",
                     GINT_TO_POINTER ((int)gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)))));
  g_object_set_data (G_OBJECT (gesture), "lk-v",
                     GINT_TO_POINTER ((int)gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)))));
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                LkChartView    *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h, *v;

  if (scroller == NULL)
    return;
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* The widget moves under the pointer as it scrolls: only the start counts */
  gtk_adjustment_set_value (h, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gesture), "lk-h")) - offset_x);
  gtk_adjustment_set_value (v, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gesture), "lk-v")) - offset_y);
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
  lk_choose_save_file (GTK_WIDGET (self), _("Export Chart"), _("_Export"),
                       _("Could Not Export the Chart"), _("Chart exported"), name,
                       chart_types, G_N_ELEMENTS (chart_types),
                       save_chart, g_object_ref (self), g_object_unref);
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

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_bin_layout_new ());
  g_object_unref (menu);

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
