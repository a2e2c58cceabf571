/* lk-risk-page.c
 *
 * The list of assessments, one assessment (LkAssessmentView), and the
 * deviations (LkDeviationsView). Everything shown is read from the store
 * again after each change, so every editor only has to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lk-date.h"
#include "lk-a11y.h"
#include "lk-risk.h"
#include "lk-assessment-editor.h"
#include "lk-assessment-view.h"
#include "lk-deviation-editor.h"
#include "lk-deviations-view.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-page.h"
#include "lk-risk-page.h"

struct _LkRiskPage
{
  LkPage               parent_instance;

  LkStore             *store;
  GListStore          *assessments;   /* LkRiskAssessment, in assessments_list */

  AdwViewStack        *sections;
  GtkStack            *assessment_stack;
  GtkListBox          *assessments_list;
  LkAssessmentView    *assessment_view;
  LkDeviationsView    *deviations_view;
};

G_DEFINE_FINAL_TYPE (LkRiskPage, lk_risk_page, LK_TYPE_PAGE)

/* --- the list ---------------------------------------------------------------------- */

static void
on_assessment_activated (GtkListBox    *list,
                         GtkListBoxRow *row,
                         LkRiskPage    *self)
{
  g_autoptr(LkRiskAssessment) a = lk_list_row_item (G_LIST_MODEL (self->assessments), row);

  if (a != NULL)
    lk_risk_page_show_assessment (self, a->uuid);
}

/**
 * lk_risk_page_show_assessment:
 *
 * Returns: %FALSE when there is no such assessment
 */
gboolean
lk_risk_page_show_assessment (LkRiskPage *self,
                              const char *uuid)
{
  g_return_val_if_fail (LK_IS_RISK_PAGE (self), FALSE);

  if (uuid == NULL || !lk_assessment_view_show (self->assessment_view, uuid))
    return FALSE;

  adw_view_stack_set_visible_child_name (self->sections, "assessments");
  gtk_stack_set_visible_child_name (self->assessment_stack, "detail");

  return TRUE;
}

/* The assessment shown, for tests and the heat map's hit-testing */
LkAssessmentView *
lk_risk_page_get_assessment_view (LkRiskPage *self)
{
  g_return_val_if_fail (LK_IS_RISK_PAGE (self), NULL);

  return self->assessment_view;
}

static GtkWidget *
create_assessment_row (gpointer item,
                       gpointer user_data)
{
  LkRiskAssessment *a = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = lk_date_format (a->date);
  g_autofree char *risks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks",
                                                         a->risks->len), a->risks->len);
  g_autofree char *subtitle = NULL;
  guint red_before = 0, red_after = 0;

  for (guint r = 0; r < a->risks->len; r++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, r);
      guint p, c;

      if (lk_risk_get_before (risk, a->matrix.size, &p, &c) &&
          lk_risk_matrix_zone (&a->matrix, p, c) == LK_ZONE_RED)
        red_before++;
      if (lk_risk_get_after (risk, a->matrix.size, &p, &c) &&
          lk_risk_matrix_zone (&a->matrix, p, c) == LK_ZONE_RED)
        red_after++;
    }

  subtitle = a->workplace[0] != '\0'
    ? g_strdup_printf (_("%s · %s · %s · red: %u before, %u after measures"),
                       date, a->workplace, risks, red_before, red_after)
    : g_strdup_printf (_("%s · %s · red: %u before, %u after measures"),
                       date, risks, red_before, red_after);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* --- refresh ------------------------------------------------------------------------ */

static void
refresh (LkRiskPage *self)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *shown = NULL;

  if (self->store == NULL)
    return;

  /* Read once: the list and the deviations' risk names both need them */
  assessments = lk_store_list_risk_assessments (self->store, NULL);
  lk_list_store_replace (self->assessments, assessments);
  lk_deviations_view_refresh (self->deviations_view, assessments);

  /* The assessment shown is read again; gone means back to the list. */
  shown = g_strdup (lk_assessment_view_get_uuid (self->assessment_view));
  if (shown != NULL && !lk_assessment_view_show (self->assessment_view, shown))
    gtk_stack_set_visible_child_name (self->assessment_stack, "list");
}

/* --- actions ------------------------------------------------------------------------ */

static void
on_assessment_saved (LkAssessmentEditor *editor,
                     LkRiskPage         *self)
{
  lk_risk_page_show_assessment (self, lk_assessment_editor_get_uuid (editor));
}

static void
new_assessment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);
  GtkWindow *editor = lk_assessment_editor_new (lk_parent_window (widget), self->store, NULL);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_assessment_saved), self, 0);
  gtk_window_present (editor);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);

  lk_assessment_view_show (self->assessment_view, NULL);
  gtk_stack_set_visible_child_name (self->assessment_stack, "list");
}

static void
add_deviation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->sections, "deviations");
  lk_present (lk_deviation_editor_new (lk_parent_window (widget), self->store, NULL), self);
}

/* --- object ------------------------------------------------------------------------- */

static void
lk_risk_page_set_store (LkRiskPage *self,
                        LkStore    *store)
{
  g_return_if_fail (LK_IS_RISK_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  /* The tiltak column counts measures too */
  lk_page_watch (LK_PAGE (self), (const char *[]) { "risk", "measures", NULL });
  refresh (self);
}

static void
lk_risk_page_dispose (GObject *object)
{
  LkRiskPage *self = LK_RISK_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_RISK_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->assessments);

  G_OBJECT_CLASS (lk_risk_page_parent_class)->dispose (object);
}

/* An assessment by uuid, or "deviations" (the ROS brief's deviations) */
static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkRiskPage *self = LK_RISK_PAGE (page);

  if (g_strcmp0 (target, "deviations") == 0)
    {
      adw_view_stack_set_visible_child_name (self->sections, "deviations");
      return TRUE;
    }

  return lk_risk_page_show_assessment (self, target);
}

static void
lk_risk_page_constructed (GObject *object)
{
  LkRiskPage *self = LK_RISK_PAGE (object);

  G_OBJECT_CLASS (lk_risk_page_parent_class)->constructed (object);

  lk_risk_page_set_store (self, lk_page_get_store (LK_PAGE (self)));
}

static gboolean
page_go_back (LkPage *page)
{
  LkRiskPage *self = LK_RISK_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->assessment_stack), "list") == 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (page), "risk.back", NULL);
}

static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  lk_assessment_view_set_narrow (LK_RISK_PAGE (page)->assessment_view, narrow);
}

static void
lk_risk_page_class_init (LkRiskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->dispose = lk_risk_page_dispose;
  object_class->constructed = lk_risk_page_constructed;
  page_class->show = page_show;
  page_class->refresh = (void (*) (LkPage *)) refresh;
  page_class->go_back = page_go_back;
  page_class->set_narrow = page_set_narrow;

  g_type_ensure (LK_TYPE_ASSESSMENT_VIEW);
  g_type_ensure (LK_TYPE_DEVIATIONS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-risk-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, sections);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessment_stack);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessments_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessment_view);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, deviations_view);

  gtk_widget_class_install_action (widget_class, "risk.new-assessment", NULL, new_assessment_action);
  gtk_widget_class_install_action (widget_class, "risk.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "risk.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "risk.back", NULL);
  gtk_widget_class_install_action (widget_class, "risk.add-deviation", NULL, add_deviation_action);
}

/* Escape and Alt+Left leave the open item, only while one is open, so
 * elsewhere the keys do what they always do */
static void
update_back (LkRiskPage *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->assessment_stack);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.back",
                                 shown != NULL && g_strcmp0 (shown, "list") != 0);
}

static void
lk_risk_page_init (LkRiskPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lk_page_set_views (LK_PAGE (self), self->sections);
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->assessments_list));
  g_signal_connect_swapped (self->assessment_stack, "notify::visible-child-name",
                            G_CALLBACK (update_back), self);
  update_back (self);

  gtk_list_box_set_placeholder (self->assessments_list,
                                lk_list_placeholder_new (_("No risk assessments yet. Start one for a "
                                                           "subject area your 4V screening points to.")));
  self->assessments = g_list_store_new (LK_TYPE_RISK_ASSESSMENT);
  gtk_list_box_bind_model (self->assessments_list, G_LIST_MODEL (self->assessments),
                           create_assessment_row, self, NULL);
  g_signal_connect (self->assessments_list, "row-activated", G_CALLBACK (on_assessment_activated), self);
}
