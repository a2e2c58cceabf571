/* lk-masterplan-page-actions.c: what the Masterplan's menus and keys do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "lk-a11y.h"
#include "lk-chart-export.h"
#include "lk-breakdown-pages.h"
#include "lk-choice.h"
#include "lk-dialogs.h"
#include "lk-masterplan-export.h"
#include "lk-masterplan-page-private.h"
#include "lk-org-dialog.h"
#include "lk-plan-exchange.h"

enum {
  PROP_0,
  PROP_SHOW_ARCHIVED,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- new goals ------------------------------------------------------------------------ */

static void kommuneplan_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param);

static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  const char *where = g_variant_get_string (param, NULL);
  LkGoal *selected = lk_masterplan_find (self->mp, self->selected);
  LkGoal *parent = NULL;
  g_autoptr(LkGoal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (where, "below"))
    {
      if (selected == NULL)
        {
          lk_toast_emit_text (self, _("Choose the goal to add a goal below."));
          return;
        }
      if (selected->level >= LK_GOAL_MAX_LEVEL)
        {
          lk_toast_emit_text (self, _("Personal goals are the last level: nothing hangs below them."));
          return;
        }
      parent = selected;
    }
  else if (g_str_equal (where, "beside") && selected != NULL && selected->level > 0)
    parent = selected->parent;

  if (parent == NULL)
    {
      LkKommuneplan *plan;

      if (g_list_model_get_n_items (G_LIST_MODEL (self->mp->plans)) == 0)
        {
          kommuneplan_action (widget, NULL, NULL);
          return;
        }
      plan = g_list_model_get_item (G_LIST_MODEL (self->mp->plans), 0);
      goal = lk_goal_new (_("New priority area"), 0, NULL);
      goal->plan_uuid = g_strdup (plan->uuid);
      goal->first_year = plan->first_year;
      goal->last_year = plan->last_year;
      g_object_unref (plan);
    }
  else
    {
      goal = lk_goal_new (_("New goal"), parent->level + 1, parent->uuid);
      /* It serves its parent: the same perspective and unit, to begin with */
      goal->perspective = parent->perspective;
      goal->unit_uuid = g_strdup (parent->unit_uuid);
      goal->first_year = self->year;
      goal->last_year = MAX (self->year, parent->level > 0 ? parent->last_year : self->year);
    }

  if (!lk_store_save_goal (self->store, goal, &error))
    {
      lk_show_error (widget, _("Could Not Add the Goal"), error);
      return;
    }
  if (parent != NULL)
    g_hash_table_add (self->expanded, g_strdup (parent->uuid));
  g_free (self->selected);
  self->selected = g_strdup (goal->uuid);
  lk_masterplan_page_refresh (self);
  lk_masterplan_page_open_goal (self, goal->uuid);
  lk_goal_detail_focus_title (self->detail);
}

/* --- the kommuneplan ------------------------------------------------------------------ */

typedef struct
{
  LkKommuneplan *plan;
  AdwEntryRow   *title;
  GtkSpinButton *first;
  GtkSpinButton *last;
} PlanDialog;

static void
plan_dialog_free (gpointer data)
{
  PlanDialog *d = data;

  g_object_unref (d->plan);
  g_free (d);
}

static void
plan_save (GtkWidget *from,
           gpointer   data)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (from);
  PlanDialog *d = data;
  g_autoptr(GError) error = NULL;
  gboolean is_new = d->plan->updated == NULL;

  g_free (d->plan->title);
  d->plan->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->title)));
  d->plan->first_year = gtk_spin_button_get_value_as_int (d->first);
  d->plan->last_year = gtk_spin_button_get_value_as_int (d->last);
  if (!lk_store_save_kommuneplan (self->store, d->plan, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Save the Kommuneplan"), error);
      return;
    }
  if (is_new)
    lk_toast_emit_text (self, _("Now add the kommuneplan’s priority areas with New → Priority Area."));
}

static void
kommuneplan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  g_autoptr(GtkBuilder) form = gtk_builder_new_from_resource ("/io/github/lederkompass/Lederkompass/lk-plan-form.ui");
  PlanDialog *d = g_new0 (PlanDialog, 1);
  gboolean is_new = g_list_model_get_n_items (G_LIST_MODEL (self->mp->plans)) == 0;

  d->plan = is_new ? lk_kommuneplan_new (_("Kommuneplanens samfunnsdel"), self->year, self->year + 11)
                   : g_list_model_get_item (G_LIST_MODEL (self->mp->plans), 0);
  d->title = ADW_ENTRY_ROW (gtk_builder_get_object (form, "title"));
  d->first = GTK_SPIN_BUTTON (gtk_builder_get_object (form, "first"));
  d->last = GTK_SPIN_BUTTON (gtk_builder_get_object (form, "last"));
  gtk_editable_set_text (GTK_EDITABLE (d->title), d->plan->title);
  gtk_spin_button_set_value (d->first, d->plan->first_year);
  gtk_spin_button_set_value (d->last, d->plan->last_year);
  lk_ask (widget, is_new ? _("Start a Masterplan") : _("The Kommuneplan"),
          _("The kommuneplan’s priority areas are the top of the goal breakdown. "
            "Give its name and the years it covers."),
          GTK_WIDGET (gtk_builder_get_object (form, "form")), is_new ? _("_Start") : _("_Save"),
          plan_save, d, plan_dialog_free);
}

/* --- copying the year -------------------------------------------------------------- */

static void
copy_year (GtkWidget *from,
           gpointer   data)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (from);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int n = 0;

  if (!lk_store_copy_year (self->store, self->year, &n, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Copy the Goals"), error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d goal runs on into %d",
                                          "%d goals run on into %d", n), n, self->year + 1);
  lk_toast_emit_text (self, message);
}

static void
copy_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  g_autofree char *heading = g_strdup_printf (_("Carry %d’s Goals into %d?"), self->year, self->year + 1);

  lk_ask (widget, heading,
          _("The goals that end this year run on a year more: the same goals, "
            "with their KPIs and all their values. Archived goals stay behind."),
          NULL, _("C_arry Forward"), copy_year, NULL, NULL);
}

/* --- exports -------------------------------------------------------------------------- */

static const LkFileType csv_types[] = {
  { N_("CSV for spreadsheets (.csv)"), ".csv", "text/csv" },
};

static gboolean
save_csv (const char  *path,
          gpointer     data,
          GError     **error)
{
  LkMasterplanPage *self = data;

  return lk_masterplan_export_csv (self->mp, self->year, self->tertial, path, error);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  /* TRANSLATORS: the file name of the exported goal table, with its year */
  g_autofree char *name = g_strdup_printf (_("Masterplan %d.csv"), self->year);

  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Goals and KPIs"),
                                     .failed = _("Could Not Export the Goals"),
                                     .done = _("Goals exported"),
                                     .types = csv_types, .n_types = G_N_ELEMENTS (csv_types) },
                       name, save_csv, g_object_ref (self), g_object_unref);
}

static const LkFileType plan_types[] = {
  { N_("Lederkompass plan (.json)"), ".json", "application/json" },
};

typedef struct
{
  LkMasterplanPage *self;
  char             *root;      /* uuid, or NULL for the whole plan */
  guint             level;
} ExportPlan;

static void
export_plan_free (gpointer data)
{
  ExportPlan *e = data;

  g_object_unref (e->self);
  g_free (e->root);
  g_free (e);
}

static gboolean
save_plan (const char  *path,
           gpointer     data,
           GError     **error)
{
  ExportPlan *e = data;
  gsize length = 0;
  g_autofree char *doc = lk_plan_exchange_export (e->self->mp, lk_masterplan_find (e->self->mp, e->root),
                                                  e->level, &length);

  return g_file_set_contents_full (path, doc, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

typedef struct
{
  AdwComboRow *part;
  AdwComboRow *level;
  GListStore  *parts;
} ExportDialog;

static void
export_dialog_free (gpointer data)
{
  ExportDialog *d = data;

  g_object_unref (d->parts);
  g_free (d);
}

static void
export_choose_file (GtkWidget *from,
                    gpointer   data)
{
  ExportDialog *d = data;
  ExportPlan *e = g_new0 (ExportPlan, 1);
  g_autofree char *name = NULL;

  e->self = g_object_ref (LK_MASTERPLAN_PAGE (from));
  e->root = g_strdup (lk_choice_selected_id (G_LIST_MODEL (d->parts), adw_combo_row_get_selected (d->part)));
  e->level = adw_combo_row_get_selected (d->level) + 1;
  /* TRANSLATORS: the file name of a plan for other leaders */
  name = g_strdup_printf (_("Masterplan levels 1–%u.json"), e->level);
  lk_choose_save_file (from,
                       &(LkExport) { .title = _("Export Plan for Other Leaders"),
                                     .failed = _("Could Not Export the Plan"),
                                     .done = _("Plan exported"),
                                     .types = plan_types, .n_types = G_N_ELEMENTS (plan_types) },
                       name, save_plan, e, export_plan_free);
}

static void
exchange_export_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  g_autoptr(GtkBuilder) form =
    gtk_builder_new_from_resource ("/io/github/lederkompass/Lederkompass/lk-export-plan-form.ui");
  ExportDialog *d = g_new0 (ExportDialog, 1);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->mp->areas));

  d->parts = g_list_store_new (LK_TYPE_CHOICE);
  lk_choice_append (d->parts, _("The whole plan"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (self->mp->areas), i);

      lk_choice_append (d->parts, area->title, area->uuid);
    }
  for (guint l = 1; l <= LK_GOAL_MAX_LEVEL; l++)
    {
      g_autofree char *label = g_strdup_printf (_("Levels 1 to %u"), l);

      gtk_string_list_append (levels, label);
    }

  d->part = ADW_COMBO_ROW (gtk_builder_get_object (form, "part"));
  adw_combo_row_set_expression (d->part, lk_choice_expression ());
  adw_combo_row_set_model (d->part, G_LIST_MODEL (d->parts));
  d->level = ADW_COMBO_ROW (gtk_builder_get_object (form, "level"));
  adw_combo_row_set_model (d->level, G_LIST_MODEL (levels));
  adw_combo_row_set_selected (d->level, 1);
  lk_ask (widget, _("Export Plan for Other Leaders"),
          _("The leader team shares its levels; each leader imports them and keeps "
            "their own goals below. The file holds goals, KPIs and their values, "
            "not the learning log or anything else."),
          GTK_WIDGET (gtk_builder_get_object (form, "form")), _("_Choose File…"), export_choose_file, d,
          export_dialog_free);
}

/* --- import -------------------------------------------------------------------------- */

static void
import_confirmed (GtkWidget *from,
                  gpointer   data)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (from);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int written = 0;

  if (!lk_plan_exchange_apply (self->store, data, &written, &error))
    {
      lk_show_error (from, _("Could Not Import the Plan"), error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d goal added or updated",
                                          "%d goals added or updated", written), written);
  lk_toast_emit_text (self, message);
}

static char *
titles_of (GPtrArray *goals)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < goals->len && i < 8; i++)
    g_string_append_printf (text, "\n• %s", ((LkGoal *) goals->pdata[i])->title);
  if (goals->len > 8)
    g_string_append_printf (text, "\n• %s", _("…"));

  return g_string_free (text, FALSE);
}

/* What the file will do, before anything is written */
static void
show_preview (LkMasterplanPage *self,
              LkPlanImport     *import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkPlanPreview) preview = lk_plan_exchange_preview (self->store, import, &error);
  g_autofree char *added = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *body = NULL;
  g_autofree char *added_titles = NULL;
  g_autofree char *changed_titles = NULL;

  if (preview == NULL)
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Import the Plan"), error);
      lk_plan_import_free (import);
      return;
    }
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal is new and will be added.",
                                        "%u goals are new and will be added.", preview->added->len),
                           preview->added->len);
  changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal was changed since and will be updated.",
                                          "%u goals were changed since and will be updated.",
                                          preview->changed->len),
                             preview->changed->len);
  added_titles = titles_of (preview->added);
  changed_titles = titles_of (preview->changed);
  body = g_strdup_printf (_("%s%s\n\n%s%s\n\n%u left as they are here. Your own goals below stay where they hang."),
                          added, added_titles, changed, changed_titles, preview->kept->len);

  /* Nothing new nor changed: only Cancel */
  lk_ask (GTK_WIDGET (self), _("Import This Plan?"), body, NULL,
          preview->added->len + preview->changed->len > 0 ? _("_Import") : NULL,
          import_confirmed, import, (GDestroyNotify) lk_plan_import_free);
}

static void
read_plan (GtkWidget  *from,
           const char *path,
           const char *data,
           gsize       length)
{
  g_autoptr(GError) error = NULL;
  LkPlanImport *import = lk_plan_exchange_read (data, length, &error);

  if (import == NULL)
    lk_show_error (from, _("Could Not Import the Plan"), error);
  else
    show_preview (LK_MASTERPLAN_PAGE (from), import);
}

static void
exchange_import_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  static const char *patterns[] = { "*.json", NULL };

  lk_choose_file_to_read (widget, _("Import Plan from a Leader"), _("Lederkompass plan (.json)"), patterns,
                          LK_PLAN_MAX_SIZE, _("Could Not Import the Plan"), read_plan);
}

/* --- the chart -------------------------------------------------------------------------- */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  double zoom = lk_chart_view_get_zoom (self->chart);

  adw_view_stack_set_visible_child_name (self->views, "breakdown");
  if (g_str_equal (action_name, "masterplan.zoom-in"))
    lk_chart_view_set_zoom (self->chart, zoom * 1.25);
  else if (g_str_equal (action_name, "masterplan.zoom-out"))
    lk_chart_view_set_zoom (self->chart, zoom / 1.25);
  else
    lk_chart_view_set_zoom (self->chart, 0);
}

/* --- the chart on paper ------------------------------------------------------------- */

static void
paper_size (LkMasterplanPage *self,
            double           *width,
            double           *height)
{
  gboolean a3 = g_strcmp0 (self->paper, "a3") == 0;

  /* Landscape, in points */
  *width = a3 ? 1191 : 842;
  *height = a3 ? 842 : 595;
}

static const LkFileType pdf_types[] = {
  { N_("PDF document (.pdf)"), ".pdf", "application/pdf" },
};

static gboolean
save_pdf (const char  *path,
          gpointer     data,
          GError     **error)
{
  LkMasterplanPage *self = data;
  double width, height;

  paper_size (self, &width, &height);
  return lk_breakdown_write_pdf (&self->layout, path, _("Goal Breakdown"), width, height, TRUE, error);
}

/* The chart laid out as shown: the breakdown view is where it is */
static void
show_chart (LkMasterplanPage *self)
{
  adw_view_stack_set_visible_child_name (self->views, "breakdown");
  lk_masterplan_page_update_chart (self);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);

  show_chart (self);
  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Chart as PDF"),
                                     .failed = _("Could Not Export the Chart"),
                                     .done = _("Chart exported"),
                                     .types = pdf_types, .n_types = G_N_ELEMENTS (pdf_types) },
                       _("Goal breakdown.pdf"), save_pdf, g_object_ref (self), g_object_unref);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                LkMasterplanPage  *self)
{
  lk_breakdown_pages_plan (&self->layout, gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context), TRUE, &self->print_pages);
  gtk_print_operation_set_n_pages (operation, lk_breakdown_pages_n (&self->print_pages));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LkMasterplanPage  *self)
{
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_breakdown_pages_draw (&self->print_pages, &self->layout, gtk_print_context_get_cairo_context (context),
                           page, &style);
}

static void
print_chart_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (g_strcmp0 (self->paper, "a3") == 0 ? GTK_PAPER_NAME_A3
                                                                                          : GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  show_chart (self);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, _("Goal Breakdown"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, lk_parent_window (widget),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    lk_show_error (widget, _("Could Not Print the Chart"), error);
}

static void
organisation_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (widget);

  lk_present (lk_org_dialog_new (lk_parent_window (widget), self->store), self);
}

/* --- properties ------------------------------------------------------------------------ */

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;
    case PROP_PAPER:
      g_value_set_string (value, self->paper ? self->paper : "a4");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      if (self->show_archived == g_value_get_boolean (value))
        return;
      self->show_archived = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, pspec);
      if (self->store != NULL)
        lk_masterplan_page_refresh (self);
      break;
    case PROP_PAPER:
      g_free (self->paper);
      self->paper = g_value_dup_string (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
lk_masterplan_page_class_actions (GtkWidgetClass *widget_class)
{
  GObjectClass *object_class = G_OBJECT_CLASS (widget_class);

  object_class->get_property = get_property;
  object_class->set_property = set_property;
  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER] =
    g_param_spec_string ("paper", NULL, NULL, "a4",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "masterplan.new-goal", "s", new_goal_action);
  gtk_widget_class_install_action (widget_class, "masterplan.kommuneplan", NULL, kommuneplan_action);
  gtk_widget_class_install_action (widget_class, "masterplan.organisation", NULL, organisation_action);
  gtk_widget_class_install_action (widget_class, "masterplan.copy-year", NULL, copy_year_action);
  gtk_widget_class_install_property_action (widget_class, "masterplan.show-archived", "show-archived");
  gtk_widget_class_install_action (widget_class, "masterplan.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "masterplan.exchange-export", NULL, exchange_export_action);
  gtk_widget_class_install_action (widget_class, "masterplan.exchange-import", NULL, exchange_import_action);
  gtk_widget_class_install_property_action (widget_class, "masterplan.paper", "paper");
  gtk_widget_class_install_action (widget_class, "masterplan.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "masterplan.print-chart", NULL, print_chart_action);
  gtk_widget_class_install_action (widget_class, "masterplan.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "masterplan.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "masterplan.zoom-fit", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "masterplan.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "masterplan.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "masterplan.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "masterplan.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "masterplan.new-goal", "s", "below");
}
