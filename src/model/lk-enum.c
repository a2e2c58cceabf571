/* lk-enum.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-enum.h"

/* The classes are looked up once and kept: the enums are static types. */
static gpointer
class_of (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

/**
 * lk_enum_to_nick:
 *
 * Returns: the stable name of @value, or %NULL when it is not one of @type
 */
const char *
lk_enum_to_nick (GType type,
                 int   value)
{
  GEnumValue *v = g_enum_get_value (class_of (type), value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
lk_enum_from_nick (GType       type,
                   const char *nick,
                   int        *value)
{
  GEnumValue *v;

  if (nick == NULL || !(v = g_enum_get_value_by_nick (class_of (type), nick)))
    return FALSE;

  *value = v->value;
  return TRUE;
}

/* One bit of a flags type; @bit has exactly one bit set. */
const char *
lk_flag_to_nick (GType type,
                 guint bit)
{
  GFlagsValue *v = g_flags_get_first_value (class_of (type), bit);

  return v != NULL && v->value == bit ? v->value_nick : NULL;
}

gboolean
lk_flag_from_nick (GType       type,
                   const char *nick,
                   guint      *bit)
{
  GFlagsValue *v;

  if (nick == NULL || !(v = g_flags_get_value_by_nick (class_of (type), nick)))
    return FALSE;

  *bit = v->value;
  return TRUE;
}
