/* lk-log-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-types.h"
#include "lk-dev-goal.h"
#include "lk-log-entry.h"
#include "lk-store.h"

struct _LkLogEntry
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *date;
  char     *title;
  char     *body;
  char     *template;
  GStrv     tags;
  guint     motor;
  GStrv     goals;
  char     *gathering;
  gboolean  share;
  char     *created;
  char     *updated;
};

G_DEFINE_FINAL_TYPE (LkLogEntry, lk_log_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  PROP_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lk_log_entry_finalize (GObject *object)
{
  LkLogEntry *self = (LkLogEntry *)object;

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->title);
  /* The body is private: do not leave it in freed memory. */
  if (self->body != NULL)
    memset (self->body, 0, strlen (self->body));
  g_free (self->body);
  g_free (self->template);
  g_strfreev (self->tags);
  g_strfreev (self->goals);
  g_free (self->gathering);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_log_entry_parent_class)->finalize (object);
}

static void
lk_log_entry_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LkLogEntry *self = LK_LOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SHARE:
      g_value_set_boolean (value, self->share);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_log_entry_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LkLogEntry *self = LK_LOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      lk_log_entry_set_date (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      lk_log_entry_set_title (self, g_value_get_string (value));
      break;
    case PROP_SHARE:
      lk_log_entry_set_share (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_log_entry_class_init (LkLogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_log_entry_finalize;
  object_class->get_property = lk_log_entry_get_property;
  object_class->set_property = lk_log_entry_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARE] =
    g_param_spec_boolean ("share", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lk_log_entry_init (LkLogEntry *self)
{
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->goals = g_new0 (char *, 1);
}

LkLogEntry *
lk_log_entry_new (const char *date)
{
  return g_object_new (LK_TYPE_LOG_ENTRY, "date", date, NULL);
}

LkLogEntry *
lk_log_entry_copy (LkLogEntry *self)
{
  LkLogEntry *copy;

  g_return_val_if_fail (LK_IS_LOG_ENTRY (self), NULL);

  copy = lk_log_entry_new (self->date);
  lk_log_entry_set_identity (copy, self->id, self->uuid, self->created, self->updated);
  lk_log_entry_set_title (copy, self->title);
  lk_log_entry_set_body (copy, self->body);
  lk_log_entry_set_template (copy, self->template);
  lk_log_entry_set_tags (copy, (const char * const *)self->tags);
  lk_log_entry_set_motor (copy, self->motor);
  lk_log_entry_set_goals (copy, (const char * const *)self->goals);
  lk_log_entry_set_gathering (copy, self->gathering);
  lk_log_entry_set_share (copy, self->share);

  return copy;
}

gint64
lk_log_entry_get_id (LkLogEntry *self)
{
  return self->id;
}

const char *
lk_log_entry_get_uuid (LkLogEntry *self)
{
  return self->uuid;
}

const char *
lk_log_entry_get_date (LkLogEntry *self)
{
  return self->date;
}

void
lk_log_entry_set_date (LkLogEntry *self,
                       const char *date)
{
  if (lk_set_text (&self->date, date, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
lk_log_entry_get_title (LkLogEntry *self)
{
  return self->title;
}

void
lk_log_entry_set_title (LkLogEntry *self,
                        const char *title)
{
  if (lk_set_text (&self->title, title, FALSE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
lk_log_entry_get_body (LkLogEntry *self)
{
  return self->body;
}

void
lk_log_entry_set_body (LkLogEntry *self,
                       const char *body)
{
  lk_set_text (&self->body, body, FALSE);
}

const char *
lk_log_entry_get_template (LkLogEntry *self)
{
  return self->template;
}

void
lk_log_entry_set_template (LkLogEntry *self,
                           const char *key)
{
  lk_set_text (&self->template, key, TRUE);
}

const char * const *
lk_log_entry_get_tags (LkLogEntry *self)
{
  return (const char * const *)self->tags;
}

/* Tags are trimmed, kept once each (ignoring case), in the order given. */
void
lk_log_entry_set_tags (LkLogEntry         *self,
                       const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));
      g_autofree char *folded = g_utf8_casefold (tag, -1);

      if (*tag == '\0' || g_hash_table_contains (seen, folded))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (builder, tag);
    }

  g_strfreev (self->tags);
  self->tags = g_strv_builder_end (builder);
}

guint
lk_log_entry_get_motor (LkLogEntry *self)
{
  return self->motor;
}

void
lk_log_entry_set_motor (LkLogEntry *self,
                        guint       motor)
{
  self->motor = motor & LK_MOTOR_ALL;
}

const char * const *
lk_log_entry_get_goals (LkLogEntry *self)
{
  return (const char * const *)self->goals;
}

void
lk_log_entry_set_goals (LkLogEntry         *self,
                        const char * const *goal_uuids)
{
  g_strfreev (self->goals);
  self->goals = goal_uuids ? g_strdupv ((char **)goal_uuids) : g_new0 (char *, 1);
}

const char *
lk_log_entry_get_gathering (LkLogEntry *self)
{
  return self->gathering;
}

void
lk_log_entry_set_gathering (LkLogEntry *self,
                            const char *gathering_uuid)
{
  lk_set_text (&self->gathering, gathering_uuid, TRUE);
}

gboolean
lk_log_entry_get_share (LkLogEntry *self)
{
  return self->share;
}

void
lk_log_entry_set_share (LkLogEntry *self,
                        gboolean    share)
{
  if (self->share == !!share)
    return;
  self->share = !!share;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
}

const char *
lk_log_entry_get_created (LkLogEntry *self)
{
  return self->created;
}

const char *
lk_log_entry_get_updated (LkLogEntry *self)
{
  return self->updated;
}

void
lk_log_entry_set_identity (LkLogEntry *self,
                           gint64      id,
                           const char *uuid,
                           const char *created,
                           const char *updated)
{
  self->id = id;
  lk_set_text (&self->uuid, uuid, TRUE);
  lk_set_text (&self->created, created, TRUE);
  lk_set_text (&self->updated, updated, TRUE);
}

gboolean
lk_log_entry_validate (LkLogEntry  *self,
                       GError     **error)
{
  if (!lk_date_is_valid_iso (self->date))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("A log entry needs a valid date."));
      return FALSE;
    }
  if (!g_utf8_validate (self->title, -1, NULL) || !g_utf8_validate (self->body, -1, NULL))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The text contains characters that are not valid UTF-8."));
      return FALSE;
    }
  if (g_utf8_strlen (self->title, -1) > 300)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The title can be at most 300 characters long."));
      return FALSE;
    }
  if (strlen (self->body) > LK_LOG_ENTRY_BODY_MAX)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The entry is longer than one megabyte. Split it in two."));
      return FALSE;
    }
  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      if (!g_utf8_validate (self->tags[i], -1, NULL) || g_utf8_strlen (self->tags[i], -1) > 60 ||
          strchr (self->tags[i], '\n') != NULL)
        {
          g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                               _("A tag can be at most 60 characters on one line."));
          return FALSE;
        }
    }

  return TRUE;
}

/* Stored one a line: the search index treats a line break as a space, and
 * tags may themselves hold spaces ("god praksis"). */
char *
lk_tags_join (const char * const *tags)
{
  return g_strjoinv ("\n", (char **)tags);
}

GStrv
lk_tags_split (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, "\n", -1);
}
