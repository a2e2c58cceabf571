/* lk-plan-exchange.h: a part of the plan passed between leaders
 *
 * The leader team publishes levels 1–2; each leader keeps their own part
 * below. There is no server: the file goes by e-mail or a shared folder.
 * Importing matches goals by uuid, adds the new, updates those changed
 * later in the file than here, and leaves the rest; the user's own goals
 * below stay where they hang.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-masterplan.h"

G_BEGIN_DECLS

#define LK_PLAN_FORMAT   "lederkompass-plan"
#define LK_PLAN_VERSION  1
#define LK_PLAN_MAX_SIZE (64 * 1024 * 1024)

typedef struct
{
  GPtrArray *plans;      /* LkKommuneplan */
  GPtrArray *units;      /* LkOrgUnit, a unit after the one above it */
  GPtrArray *goals;      /* LkGoal, in the order storing needs */
  char      *exported;   /* when, as the file says */
} LkPlanImport;

typedef struct
{
  GPtrArray *added;      /* LkGoal from the file: not here yet */
  GPtrArray *changed;    /* changed in the file since here */
  GPtrArray *kept;       /* here already, as new or newer */
} LkPlanPreview;

char          *lk_plan_exchange_export  (LkMasterplan   *mp,
                                         LkGoal         *root,
                                         guint           max_level,
                                         gsize          *length);
LkPlanImport  *lk_plan_exchange_read    (const char     *data,
                                         gsize           length,
                                         GError        **error);
LkPlanPreview *lk_plan_exchange_preview (LkStore        *store,
                                         LkPlanImport   *import,
                                         GError        **error);
gboolean       lk_plan_exchange_apply   (LkStore        *store,
                                         LkPlanImport   *import,
                                         int            *n_written,
                                         GError        **error);
void           lk_plan_import_free      (LkPlanImport   *import);
void           lk_plan_preview_free     (LkPlanPreview  *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkPlanImport, lk_plan_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkPlanPreview, lk_plan_preview_free)

G_END_DECLS
