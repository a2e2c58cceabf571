/* lk-measure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-measure.h"
#include "lk-store.h"

struct _LkMeasure
{
  GObject          parent_instance;

  gint64           id;
  char            *uuid;
  char            *title;
  char            *description;
  char            *owner;
  char            *deadline;
  char            *review_date;
  char            *source_uuid;
  char            *source_label;
  char            *created;
  char            *updated;
  LkMeasureStatus  status;
  LkSourceKind     source_kind;
};

G_DEFINE_FINAL_TYPE (LkMeasure, lk_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_DEADLINE,
  PROP_REVIEW_DATE,
  PROP_STATUS,
  PROP_SOURCE_KIND,
  PROP_SOURCE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lk_measure_finalize (GObject *object)
{
  LkMeasure *self = (LkMeasure *)object;

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->description);
  g_free (self->owner);
  g_free (self->deadline);
  g_free (self->review_date);
  g_free (self->source_uuid);
  g_free (self->source_label);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_measure_parent_class)->finalize (object);
}

static void
lk_measure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LkMeasure *self = LK_MEASURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_REVIEW_DATE:
      g_value_set_string (value, self->review_date);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case PROP_SOURCE_KIND:
      g_value_set_uint (value, self->source_kind);
      break;
    case PROP_SOURCE_LABEL:
      g_value_set_string (value, self->source_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_measure_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LkMeasure *self = LK_MEASURE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      lk_measure_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      lk_measure_set_description (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      lk_measure_set_owner (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE:
      lk_measure_set_deadline (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_DATE:
      lk_measure_set_review_date (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      lk_measure_set_status (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_measure_class_init (LkMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_measure_finalize;
  object_class->get_property = lk_measure_get_property;
  object_class->set_property = lk_measure_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_DATE] =
    g_param_spec_string ("review-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL, 0, LK_MEASURE_STATUS_N - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_KIND] =
    g_param_spec_uint ("source-kind", NULL, NULL, 0, LK_SOURCE_N - 1, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_LABEL] =
    g_param_spec_string ("source-label", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lk_measure_init (LkMeasure *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->owner = g_strdup ("");
  self->source_label = g_strdup ("");
}

LkMeasure *
lk_measure_new (const char *title)
{
  return g_object_new (LK_TYPE_MEASURE, "title", title ? title : "", NULL);
}

LkMeasure *
lk_measure_copy (LkMeasure *self)
{
  LkMeasure *copy;

  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);

  copy = lk_measure_new (self->title);
  lk_measure_set_identity (copy, self->id, self->uuid, self->created, self->updated);
  lk_measure_set_description (copy, self->description);
  lk_measure_set_owner (copy, self->owner);
  lk_measure_set_deadline (copy, self->deadline);
  lk_measure_set_review_date (copy, self->review_date);
  lk_measure_set_status (copy, self->status);
  lk_measure_set_source (copy, self->source_kind, self->source_uuid, self->source_label);

  return copy;
}

static gboolean
set_string (LkMeasure  *self,
            char      **field,
            const char *value,
            gboolean    nullable,
            guint       prop)
{
  if (!lk_set_text (field, value, nullable))
    return FALSE;

  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);

  return TRUE;
}

gint64
lk_measure_get_id (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), 0);
  return self->id;
}

const char *
lk_measure_get_uuid (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->uuid;
}

const char *
lk_measure_get_title (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->title;
}

void
lk_measure_set_title (LkMeasure  *self,
                      const char *title)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  set_string (self, &self->title, title, FALSE, PROP_TITLE);
}

const char *
lk_measure_get_description (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->description;
}

void
lk_measure_set_description (LkMeasure  *self,
                            const char *description)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  set_string (self, &self->description, description, FALSE, PROP_DESCRIPTION);
}

const char *
lk_measure_get_owner (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->owner;
}

void
lk_measure_set_owner (LkMeasure  *self,
                      const char *owner)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  set_string (self, &self->owner, owner, FALSE, PROP_OWNER);
}

const char *
lk_measure_get_deadline (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->deadline;
}

void
lk_measure_set_deadline (LkMeasure  *self,
                         const char *deadline)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  set_string (self, &self->deadline, deadline, TRUE, PROP_DEADLINE);
}

const char *
lk_measure_get_review_date (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->review_date;
}

void
lk_measure_set_review_date (LkMeasure  *self,
                            const char *review_date)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  set_string (self, &self->review_date, review_date, TRUE, PROP_REVIEW_DATE);
}

LkMeasureStatus
lk_measure_get_status (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), 0);
  return self->status;
}

void
lk_measure_set_status (LkMeasure       *self,
                       LkMeasureStatus  status)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  g_return_if_fail (status < LK_MEASURE_STATUS_N);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

LkSourceKind
lk_measure_get_source_kind (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), 0);
  return self->source_kind;
}

const char *
lk_measure_get_source_uuid (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->source_uuid;
}

const char *
lk_measure_get_source_label (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->source_label;
}

/**
 * lk_measure_set_source:
 * @kind: the area the measure came from
 * @uuid: (nullable): the item in that area
 * @label: (nullable): the item's title when linked, shown if the item is gone
 */
void
lk_measure_set_source (LkMeasure    *self,
                       LkSourceKind  kind,
                       const char   *uuid,
                       const char   *label)
{
  g_return_if_fail (LK_IS_MEASURE (self));
  g_return_if_fail (kind < LK_SOURCE_N);

  if (self->source_kind != kind)
    {
      self->source_kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_KIND]);
    }
  set_string (self, &self->source_uuid, uuid, TRUE, PROP_0);
  set_string (self, &self->source_label, label, FALSE, PROP_SOURCE_LABEL);
}

const char *
lk_measure_get_created (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->created;
}

const char *
lk_measure_get_updated (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), NULL);
  return self->updated;
}

void
lk_measure_set_identity (LkMeasure  *self,
                         gint64      id,
                         const char *uuid,
                         const char *created,
                         const char *updated)
{
  g_return_if_fail (LK_IS_MEASURE (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (set_string (self, &self->uuid, uuid, TRUE, PROP_0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
  set_string (self, &self->created, created, TRUE, PROP_0);
  set_string (self, &self->updated, updated, TRUE, PROP_0);
}

gboolean
lk_measure_is_open (LkMeasure *self)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), FALSE);

  return self->status != LK_MEASURE_STATUS_DONE &&
         self->status != LK_MEASURE_STATUS_CANCELLED;
}

/* Overdue: still open and the deadline has passed (the deadline day itself
 * is not overdue). ISO dates compare as strings. */
gboolean
lk_measure_is_overdue (LkMeasure  *self,
                       const char *today)
{
  g_return_val_if_fail (LK_IS_MEASURE (self), FALSE);

  return lk_measure_is_open (self) &&
         self->deadline != NULL &&
         today != NULL &&
         strcmp (self->deadline, today) < 0;
}

gboolean
lk_measure_validate (LkMeasure  *self,
                     GError    **error)
{
  g_autofree char *title = NULL;
  const char *texts[] = { self->title, self->description, self->owner, self->source_label };

  g_return_val_if_fail (LK_IS_MEASURE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!g_utf8_validate (texts[i], -1, NULL))
        {
          g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                               _("The text contains characters that are not valid UTF-8."));
          return FALSE;
        }
    }

  title = g_strstrip (g_strdup (self->title));
  if (*title == '\0')
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("A measure needs a title."));
      return FALSE;
    }

  if (g_utf8_strlen (self->title, -1) > LK_MEASURE_TITLE_MAX ||
      g_utf8_strlen (self->owner, -1) > LK_MEASURE_TITLE_MAX)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The title and the owner can be at most %d characters long."),
                   LK_MEASURE_TITLE_MAX);
      return FALSE;
    }

  if (g_utf8_strlen (self->description, -1) > LK_MEASURE_TEXT_MAX)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The description can be at most %d characters long."),
                   LK_MEASURE_TEXT_MAX);
      return FALSE;
    }

  if (self->deadline != NULL && !lk_date_is_valid_iso (self->deadline))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The deadline is not a valid date."));
      return FALSE;
    }

  if (self->review_date != NULL && !lk_date_is_valid_iso (self->review_date))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The review date is not a valid date."));
      return FALSE;
    }

  return TRUE;
}
