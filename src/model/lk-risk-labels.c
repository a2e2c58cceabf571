/* lk-risk-labels.c: the Risk area's words for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-date.h"
#include "lk-log-entry.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-types.h"

const char *
lk_zone_to_label (LkZone zone)
{
  switch (zone)
    {
    case LK_ZONE_GREEN:  return _("Acceptable");
    case LK_ZONE_YELLOW: return _("Measures needed");
    case LK_ZONE_RED:    return _("Not acceptable");
    default:             return "";
    }
}

/* What has been done, for "Step 3 of 5: …" */
const char *
lk_risk_step_to_label (LkRiskStep step)
{
  switch (step)
    {
    case LK_RISK_STEP_NONE:        return _("Nothing described yet");
    case LK_RISK_STEP_IDENTIFIED:  return _("Described what can go wrong");
    case LK_RISK_STEP_ASSESSED:    return _("Assessed before measures");
    case LK_RISK_STEP_CONTROLS:    return _("Existing controls considered");
    case LK_RISK_STEP_MEASURES:    return _("New measures decided");
    case LK_RISK_STEP_FOLLOWED_UP: return _("Residual risk and follow-up set");
    default:                       return "";
    }
}

/* What to do next, said to the leader */
const char *
lk_risk_step_to_hint (LkRiskStep step)
{
  switch (step)
    {
    case LK_RISK_STEP_NONE:
      return _("Start by describing what can go wrong.");
    case LK_RISK_STEP_IDENTIFIED:
      return _("Next: assess probability and consequence before measures.");
    case LK_RISK_STEP_ASSESSED:
      return _("Next: write what is already done and answer “Is it enough?”.");
    case LK_RISK_STEP_CONTROLS:
      return _("Next: add new tiltak, each with an owner and a deadline.");
    case LK_RISK_STEP_MEASURES:
      return _("Next: assess the residual risk after measures and set a follow-up date.");
    case LK_RISK_STEP_FOLLOWED_UP:
      return _("All five steps are done. Follow the risk up on the date set.");
    default:
      return "";
    }
}

const char *
lk_deviation_cause_to_label (LkDeviationCause cause)
{
  switch (cause)
    {
    case LK_DEVIATION_SYSTEM:    return _("System");
    case LK_DEVIATION_PROCEDURE: return _("Procedure");
    case LK_DEVIATION_HUMAN:     return _("Human");
    default:                     return "";
    }
}

const char *
lk_deviation_severity_to_label (guint severity)
{
  switch (severity)
    {
    case 1:  return _("Low");
    case 2:  return _("Medium");
    case 3:  return _("High");
    default: return "";
    }
}

const char *
lk_deviation_status_to_label (LkDeviationStatus status)
{
  switch (status)
    {
    case LK_DEVIATION_OPEN:     return C_("deviation status", "Open");
    case LK_DEVIATION_HANDLING: return _("Being handled");
    case LK_DEVIATION_CLOSED:   return _("Closed");
    default:                    return "";
    }
}

/* The 4V words stay Norwegian: they are the method's names. */
const char *
lk_screening_flag_to_label (LkScreeningFlags flag)
{
  switch (flag)
    {
    case LK_4V_VIKTIG:    return _("Viktig (important)");
    case LK_4V_VANLIG:    return _("Vanlig (common)");
    case LK_4V_VANSKELIG: return _("Vanskelig (difficult)");
    case LK_4V_VARIASJON: return _("Variasjon (done differently)");
    default:              return "";
    }
}
