/* lk-types.c: names of the enumerations, for storage and for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-types.h"

/* The stable names go into backups; the labels are shown. */
static const char * const status_names[] = {
  "not-started", "started", "done", "delayed", "cancelled",
};

static const char * const source_names[] = {
  "none", "goal", "risk", "cause", "ten-factor", "conversation", "deviation", "development-goal",
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_names) == LK_MEASURE_STATUS_N);
G_STATIC_ASSERT (G_N_ELEMENTS (source_names) == LK_SOURCE_N);

const char *
lk_measure_status_to_string (LkMeasureStatus status)
{
  g_return_val_if_fail (status < LK_MEASURE_STATUS_N, NULL);

  return status_names[status];
}

gboolean
lk_measure_status_from_string (const char      *str,
                               LkMeasureStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_strcmp0 (str, status_names[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
lk_measure_status_to_label (LkMeasureStatus status)
{
  switch (status)
    {
    case LK_MEASURE_STATUS_NOT_STARTED:
      return _("Not started");
    case LK_MEASURE_STATUS_STARTED:
      return _("Started");
    case LK_MEASURE_STATUS_DONE:
      return _("Done");
    case LK_MEASURE_STATUS_DELAYED:
      return _("Delayed");
    case LK_MEASURE_STATUS_CANCELLED:
      return _("Cancelled");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
lk_source_kind_to_string (LkSourceKind kind)
{
  g_return_val_if_fail (kind < LK_SOURCE_N, NULL);

  return source_names[kind];
}

gboolean
lk_source_kind_from_string (const char   *str,
                            LkSourceKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (source_names); i++)
    {
      if (g_strcmp0 (str, source_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
lk_source_kind_to_label (LkSourceKind kind)
{
  switch (kind)
    {
    case LK_SOURCE_NONE:
      /* Translators: a measure that was not made from another item */
      return _("Own measure");
    case LK_SOURCE_GOAL:
      return _("Masterplan goal");
    case LK_SOURCE_RISK:
      return _("Risk");
    case LK_SOURCE_CAUSE:
      return _("Fishbone cause");
    case LK_SOURCE_TEN_FACTOR:
      return _("10-faktor follow-up");
    case LK_SOURCE_CONVERSATION:
      return _("ROS-samtale");
    case LK_SOURCE_DEVIATION:
      return _("Deviation");
    case LK_SOURCE_DEV_GOAL:
      return _("Development goal");
    default:
      g_return_val_if_reached (NULL);
    }
}
