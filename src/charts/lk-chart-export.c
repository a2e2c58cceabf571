/* lk-chart-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "lk-chart-export.h"
#include "lk-private-file.h"

gboolean
lk_chart_format_from_path (const char    *path,
                           LkChartFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = LK_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = LK_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = LK_CHART_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

/* Opens the temporary file of @path (0600) for cairo to write into */
static gboolean
cairo_file_open (LkCairoFile  *file,
                 const char   *path,
                 GError      **error)
{
  file->path = path;
  file->file = lk_private_file_new (path, error);

  return file->file != NULL;
}

/**
 * lk_cairo_file_new_pdf:
 * @title: (nullable): the document's title
 *
 * A PDF surface writing into the temporary file of @path, or %NULL.
 */
cairo_surface_t *
lk_cairo_file_new_pdf (LkCairoFile  *file,
                       const char   *path,
                       const char   *title,
                       double        width,
                       double        height,
                       GError      **error)
{
  cairo_surface_t *surface;

  if (!cairo_file_open (file, path, error))
    return NULL;

  surface = cairo_pdf_surface_create (lk_private_file_get_temp_path (file->file), width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lederkompass");

  return surface;
}

/**
 * lk_cairo_file_finish:
 * @status: how drawing went (cairo_status() of the context, before it was destroyed)
 *
 * Finishes and frees the surface; the complete file takes the place of
 * @path, or, on any error, @path is left as it was.
 */
gboolean
lk_cairo_file_finish (LkCairoFile      *file,
                      cairo_surface_t  *surface,
                      cairo_status_t    status,
                      GError          **error)
{
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      lk_private_file_abort (file->file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), file->path, cairo_status_to_string (status));
      return FALSE;
    }

  return lk_private_file_commit (file->file, error);
}

/**
 * lk_chart_export:
 * @width: (in points for SVG and PDF, in logical pixels for PNG)
 *
 * Draws the chart with its own drawing function into a file, in the light
 * style (files go on paper and slides); on failure no partial file is
 * left behind.
 */
gboolean
lk_chart_export (const char       *path,
                 LkChartFormat     format,
                 double            width,
                 double            height,
                 LkChartDrawFunc   draw,
                 gpointer          user_data,
                 GError          **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  LkChartStyle style;
  LkCairoFile file;
  const char *temp;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);

  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The picture size is not valid."));
      return FALSE;
    }

  if (!cairo_file_open (&file, path, error))
    return FALSE;
  temp = lk_private_file_get_temp_path (file.file);

  switch (format)
    {
    case LK_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (temp, width, height);
      break;
    case LK_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create (temp, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lederkompass");
      break;
    case LK_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)ceil (width * LK_CHART_PNG_SCALE),
                                            (int)ceil (height * LK_CHART_PNG_SCALE));
      cairo_surface_set_device_scale (surface, LK_CHART_PNG_SCALE, LK_CHART_PNG_SCALE);
      break;
    }

  lk_chart_style_init (&style, FALSE);
  cr = cairo_create (surface);
  lk_chart_set_color (cr, &style.background);
  cairo_paint (cr);
  draw (cr, width, height, &style, user_data);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == LK_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, temp);

  return lk_cairo_file_finish (&file, surface, status, error);
}
