/* lk-types.c: names of the enumerations, for storage and for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-enum.h"
#include "lk-store.h"
#include "lk-types.h"

gboolean
lk_set_text (char       **field,
             const char  *value,
             gboolean     nullable)
{
  if (nullable && value != NULL && *value == '\0')
    value = NULL;
  if (!nullable && value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* NULL counts as valid: optional text */
gboolean
lk_text_is_valid (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

/* Nothing, or only white space */
gboolean
lk_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Always FALSE, so a check can end with "return lk_set_invalid (…)" */
gboolean
lk_set_invalid (GError     **error,
                const char  *message)
{
  g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* The stable names (backups, filters) are the enums' nicks; the labels
 * are shown. */
const char *
lk_measure_status_to_string (LkMeasureStatus status)
{
  return lk_enum_to_nick (LK_TYPE_MEASURE_STATUS, status);
}

gboolean
lk_measure_status_from_string (const char      *str,
                               LkMeasureStatus *status)
{
  int value;

  if (!lk_enum_from_nick (LK_TYPE_MEASURE_STATUS, str, &value))
    return FALSE;

  *status = value;
  return TRUE;
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
  return lk_enum_to_nick (LK_TYPE_SOURCE_KIND, kind);
}

gboolean
lk_source_kind_from_string (const char   *str,
                            LkSourceKind *kind)
{
  int value;

  if (!lk_enum_from_nick (LK_TYPE_SOURCE_KIND, str, &value))
    return FALSE;

  *kind = value;
  return TRUE;
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
