/* lk-jeg-plan-export.h: the Jeg-plan as Markdown or PDF
 *
 * The user's explicit exports are the only place log entries leave the
 * database; these write straight to the chosen file, no temporary copies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char *owner;       /* the leader's name, or NULL */
  int         year;
  GPtrArray  *goals;       /* of LkDevGoal */
  GPtrArray  *entries;     /* of LkLogEntry, in the order to print */
} LkJegPlanExport;

char     *lk_jeg_plan_to_markdown (const LkJegPlanExport  *plan);
gboolean  lk_jeg_plan_write_markdown (const LkJegPlanExport *plan,
                                      const char            *path,
                                      GError               **error);
gboolean  lk_jeg_plan_write_pdf   (const LkJegPlanExport  *plan,
                                   const char             *path,
                                   GError                **error);

G_END_DECLS
