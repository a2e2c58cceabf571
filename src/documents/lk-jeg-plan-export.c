/* lk-jeg-plan-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lk-chart-export.h"
#include "lk-jeg-plan-export.h"
#include "lk-document-text.h"
#include "lk-date.h"
#include "lk-dev-goal.h"
#include "lk-log-entry.h"

static const char *
goal_status_label (LkDevGoalStatus status)
{
  switch (status)
    {
    case LK_DEV_GOAL_ACHIEVED:
      return _("Achieved");
    case LK_DEV_GOAL_ARCHIVED:
      return _("Archived");
    case LK_DEV_GOAL_ACTIVE:
    default:
      return _("Active");
    }
}

static char *
motor_names (guint motor)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (motor & (1u << i))
      g_strv_builder_add (builder, lk_motor_name (i));
  names = g_strv_builder_end (builder);

  return g_strjoinv (", ", names);
}

/* An entry's own "## " headings go one level under the entry's. */
static void
append_body (GString    *out,
             const char *body)
{
  g_auto(GStrv) lines = g_strsplit (body, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "#"))
        g_string_append (out, "###");
      g_string_append (out, lines[i]);
      g_string_append_c (out, '\n');
    }
}

char *
lk_jeg_plan_to_markdown (const LkJegPlanExport *plan)
{
  GString *out = g_string_new (NULL);

  if (plan->owner != NULL && *plan->owner != '\0')
    g_string_append_printf (out, "# Jeg-plan %d – %s\n\n", plan->year, plan->owner);
  else
    g_string_append_printf (out, "# Jeg-plan %d\n\n", plan->year);

  g_string_append_printf (out, "## %s\n\n", _("Development goals"));
  for (guint i = 0; plan->goals != NULL && i < plan->goals->len; i++)
    {
      LkDevGoal *goal = g_ptr_array_index (plan->goals, i);
      g_autofree char *motor = motor_names (lk_dev_goal_get_motor (goal));
      g_autofree char *review = lk_date_format (lk_dev_goal_get_review_date (goal));

      g_string_append_printf (out, "### %s\n\n", lk_dev_goal_get_title (goal));
      if (*lk_dev_goal_get_why (goal) != '\0')
        g_string_append_printf (out, "- **%s:** %s\n", _("Why it matters"), lk_dev_goal_get_why (goal));
      if (*lk_dev_goal_get_success (goal) != '\0')
        g_string_append_printf (out, "- **%s:** %s\n", _("How I will know"),
                                lk_dev_goal_get_success (goal));
      g_string_append_printf (out, "- **%s:** %d %%\n", _("Progress"), lk_dev_goal_get_progress (goal));
      g_string_append_printf (out, "- **%s:** %s\n", _("Status"),
                              goal_status_label (lk_dev_goal_get_status (goal)));
      if (*motor != '\0')
        g_string_append_printf (out, "- **MOTOR:** %s\n", motor);
      if (*review != '\0')
        g_string_append_printf (out, "- **%s:** %s\n", _("Review date"), review);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "## %s\n\n", _("Learning log"));
  for (guint i = 0; plan->entries != NULL && i < plan->entries->len; i++)
    {
      LkLogEntry *entry = g_ptr_array_index (plan->entries, i);
      g_autofree char *date = lk_date_format (lk_log_entry_get_date (entry));
      g_autofree char *tags = g_strjoinv (", ", (char **)lk_log_entry_get_tags (entry));
      g_autofree char *motor = motor_names (lk_log_entry_get_motor (entry));
      const char *title = lk_log_entry_get_title (entry);

      g_string_append_printf (out, "### %s – %s\n\n", date, *title ? title : _("Untitled"));
      if (*tags != '\0')
        g_string_append_printf (out, "*%s: %s*\n\n", _("Tags"), tags);
      if (*motor != '\0')
        g_string_append_printf (out, "*MOTOR: %s*\n\n", motor);
      append_body (out, lk_log_entry_get_body (entry));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

gboolean
lk_jeg_plan_write_markdown (const LkJegPlanExport  *plan,
                            const char             *path,
                            GError                **error)
{
  g_autofree char *text = lk_jeg_plan_to_markdown (plan);

  /* 0600: the log is private, also as an export */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* --- PDF ------------------------------------------------------------------- */

#define PAGE_WIDTH  595.0   /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      56.0

typedef struct
{
  cairo_t *cr;
  double   y;
  guint    page;
} Pen;

static void
new_page (Pen *pen)
{
  cairo_show_page (pen->cr);
  pen->y = MARGIN;
  pen->page++;
}

/* Line by line, so a paragraph of any length flows over pages. */
static void
write_block (Pen        *pen,
             const char *markup,
             double      size,
             gboolean    bold,
             double      space_after)
{
  g_autoptr(PangoLayout) layout = lk_document_layout (pen->cr, NULL, PAGE_WIDTH - 2 * MARGIN, size, bold, FALSE);
  PangoLayoutIter *iter;

  pango_layout_set_markup (layout, markup, -1);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double line_height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_height = logical.height / (double)PANGO_SCALE;
      baseline = (pango_layout_iter_get_baseline (iter) - logical.y) / (double)PANGO_SCALE;

      if (pen->y + line_height > PAGE_HEIGHT - MARGIN)
        new_page (pen);

      cairo_move_to (pen->cr, MARGIN + logical.x / (double)PANGO_SCALE, pen->y + baseline);
      pango_cairo_show_layout_line (pen->cr, line);
      pen->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pen->y += space_after;
}

static void
write_text (Pen        *pen,
            const char *text,
            double      size,
            gboolean    bold,
            double      space_after)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  write_block (pen, markup, size, bold, space_after);
}

gboolean
lk_jeg_plan_write_pdf (const LkJegPlanExport  *plan,
                       const char             *path,
                       GError                **error)
{
  g_autofree char *markdown = lk_jeg_plan_to_markdown (plan);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  cairo_surface_t *surface;
  cairo_status_t status;
  LkCairoFile file;
  Pen pen = { 0 };

  if (!(surface = lk_cairo_file_new_pdf (&file, path, "Jeg-plan", PAGE_WIDTH, PAGE_HEIGHT, error)))
    return FALSE;
  pen.cr = cairo_create (surface);
  pen.y = MARGIN;
  pen.page = 1;
  cairo_set_source_rgb (pen.cr, 0.14, 0.12, 0.19);

  /* The Markdown, typeset: headings by level, the rest as paragraphs */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "# "))
        write_text (&pen, line + 2, 20, TRUE, 10);
      else if (g_str_has_prefix (line, "## "))
        write_text (&pen, line + 3, 15, TRUE, 6);
      else if (g_str_has_prefix (line, "### "))
        write_text (&pen, line + 4, 12, TRUE, 4);
      else if (g_str_has_prefix (line, "####"))
        write_text (&pen, g_strstrip ((char *)line + 4), 10.5, TRUE, 2);
      else if (*line == '\0')
        pen.y += 4;
      else
        {
          g_autofree char *plain = g_strdup (line);

          /* Markdown emphasis is for the text file; here it is just text. */
          g_strdelimit (plain, "*", ' ');
          write_text (&pen, g_strstrip (plain), 10, FALSE, 2);
        }
    }

  cairo_show_page (pen.cr);
  status = cairo_status (pen.cr);
  cairo_destroy (pen.cr);

  return lk_cairo_file_finish (&file, surface, status, error);
}
