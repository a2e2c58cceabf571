/* lk-assessment-view.h: one risk assessment, with its heat map and risks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LK_TYPE_ASSESSMENT_VIEW (lk_assessment_view_get_type ())

G_DECLARE_FINAL_TYPE (LkAssessmentView, lk_assessment_view, LK, ASSESSMENT_VIEW, AdwBin)

gboolean    lk_assessment_view_show              (LkAssessmentView  *self,
                                                  const char        *uuid);
const char *lk_assessment_view_get_uuid          (LkAssessmentView  *self);
GtkWidget  *lk_assessment_view_get_heat_map      (LkAssessmentView  *self);
int         lk_assessment_view_risk_at           (LkAssessmentView  *self,
                                                  double             x,
                                                  double             y);
gboolean    lk_assessment_view_marker_center     (LkAssessmentView  *self,
                                                  guint              index,
                                                  double            *x,
                                                  double            *y);
GtkWindow  *lk_assessment_view_open_risk         (LkAssessmentView  *self,
                                                  int                index);
gboolean    lk_assessment_view_print_table_to_pdf (LkAssessmentView *self,
                                                  const char        *path,
                                                  GError           **error);

void        lk_assessment_view_set_narrow (LkAssessmentView *self,
                                           gboolean          narrow);

char       *lk_assessment_view_badge_text (LkAssessmentView *self,
                                           double            x,
                                           double            y);

G_END_DECLS
