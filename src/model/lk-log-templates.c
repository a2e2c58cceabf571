/* lk-log-templates.c: the learning log's prompt templates, built in and the user's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

typedef struct
{
  const char *key;
  const char *name;
  const char *sections[7];
} BuiltinTemplate;

/* The reflection prompts in use in the municipalities (domain brief §2). */
static const BuiltinTemplate builtin_templates[] = {
  { "strength", N_("Strength-based"),
    { N_("What worked well?"), N_("Why did it work?"), N_("How can we do more of it?"), NULL } },
  { "evaluation", N_("Evaluation"),
    { N_("What did we do well?"), N_("What could have been done better?"),
      N_("How do we do it better next time?"), NULL } },
  { "driscoll", N_("Driscoll: What? So what? Now what?"),
    { N_("What? What happened?"), N_("So what? What does it mean?"),
      N_("Now what? What will I do?"), NULL } },
  { "gibbs", N_("Gibbs: the reflective cycle"),
    { N_("Description"), N_("Feelings"), N_("Evaluation"), N_("Analysis"), N_("Conclusion"),
      N_("Action plan"), NULL } },
};

G_DEFINE_FINAL_TYPE (LkLogTemplate, lk_log_template, G_TYPE_OBJECT)

static void
lk_log_template_finalize (GObject *object)
{
  LkLogTemplate *template = (LkLogTemplate *)object;

  g_free (template->key);
  g_free (template->name);
  g_strfreev (template->sections);
  G_OBJECT_CLASS (lk_log_template_parent_class)->finalize (object);
}

static void
lk_log_template_class_init (LkLogTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_log_template_finalize;
}

static void
lk_log_template_init (LkLogTemplate *self)
{
}

static LkLogTemplate *
builtin_template (const BuiltinTemplate *builtin)
{
  LkLogTemplate *template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);
  g_autoptr(GStrvBuilder) sections = g_strv_builder_new ();

  template->key = g_strdup (builtin->key);
  template->name = g_strdup (_(builtin->name));
  template->builtin = TRUE;
  for (guint i = 0; builtin->sections[i] != NULL; i++)
    g_strv_builder_add (sections, _(builtin->sections[i]));
  template->sections = g_strv_builder_end (sections);

  return template;
}

/**
 * lk_store_list_templates:
 *
 * Returns: (transfer full): the built-in templates, then the user's own
 */
GPtrArray *
lk_store_list_templates (LkStore  *store,
                         GError  **error)
{
  LkStep step;
  GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_templates); i++)
    g_ptr_array_add (templates, builtin_template (&builtin_templates[i]));

  stmt = lk_store_prepare (store, "SELECT uuid, name, sections FROM log_templates ORDER BY name",
                           error);
  if (stmt == NULL)
    {
      g_ptr_array_unref (templates);
      return NULL;
    }
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkLogTemplate *template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);

      template->key = g_strdup (lk_column_text (stmt, 0));
      template->name = g_strdup (lk_column_text (stmt, 1));
      template->sections = lk_tags_split (lk_column_text (stmt, 2));
      g_ptr_array_add (templates, template);
    }
  if (step == LK_STEP_ERROR)
  {
      g_ptr_array_unref (templates);
      return NULL;
  }

  return templates;
}

LkLogTemplate *
lk_store_find_template (LkStore    *store,
                        const char *key)
{
  g_autoptr(GPtrArray) templates = lk_store_list_templates (store, NULL);

  for (guint i = 0; i < templates->len; i++)
    {
      LkLogTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->key, key) == 0)
        return g_ptr_array_steal_index (templates, i);
    }

  return NULL;
}

gboolean
lk_store_put_template (LkStore             *store,
                       const char          *uuid,
                       const char          *name,
                       const char * const  *sections,
                       GError             **error)
{
  g_autofree char *joined = NULL;
  sqlite3_stmt *stmt;

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL) ||
      sections == NULL || sections[0] == NULL)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("A template needs a name and at least one prompt."));
      return FALSE;
    }
  joined = lk_tags_join (sections);

  stmt = lk_store_prepare (store,
                           "INSERT INTO log_templates (uuid, name, sections) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, "
                           "  sections = excluded.sections",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, joined, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

static gboolean
put_template_item (LkStore        *store,
                   LkLogTemplate  *template,
                   GError        **error)
{
  return lk_store_put_template (store, template->key, template->name,
                                (const char * const *)template->sections, error);
}

gboolean
lk_store_save_template (LkStore             *store,
                        const char          *name,
                        const char * const  *sections,
                        char               **key_out,
                        GError             **error)
{
  g_autoptr(LkLogTemplate) template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);

  template->key = g_uuid_string_random ();
  template->name = g_strstrip (g_strdup (name ? name : ""));
  template->sections = g_strdupv ((char **)sections);

  if (!lk_store_put_one (store, "jeg-plan", (LkStorePutFunc)put_template_item, template, error))
    return FALSE;

  if (key_out != NULL)
    *key_out = g_strdup (template->key);

  return TRUE;
}

/* Each prompt becomes a heading with room to write under it. */
char *
lk_log_template_prefill (const LkLogTemplate *template)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; template->sections[i] != NULL; i++)
    g_string_append_printf (body, "%s## %s\n\n", i > 0 ? "\n" : "", template->sections[i]);

  return g_string_free (body, FALSE);
}
