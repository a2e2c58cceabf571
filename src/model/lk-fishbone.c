/* lk-fishbone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-fishbone.h"
#include "lk-store.h"

/* --- causes (and categories) ---------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkCause, lk_cause, G_TYPE_OBJECT)

static void
lk_cause_finalize (GObject *object)
{
  LkCause *self = LK_CAUSE (object);

  g_free (self->uuid);
  g_free (self->text);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (lk_cause_parent_class)->finalize (object);
}

static void
lk_cause_class_init (LkCauseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_cause_finalize;
}

static void
lk_cause_init (LkCause *self)
{
  self->children = g_list_store_new (LK_TYPE_CAUSE);
}

LkCause *
lk_cause_new (const char *text)
{
  LkCause *self = g_object_new (LK_TYPE_CAUSE, NULL);

  self->uuid = g_uuid_string_random ();
  self->text = g_strdup (text ? text : "");

  return self;
}

static void
append_child (GListStore *siblings,
              LkCause    *parent,
              LkCause    *child)
{
  child->parent = parent;
  g_list_store_append (siblings, child);
}

/* A deep copy, uuids kept: for editing without touching the original */
LkCause *
lk_cause_copy (LkCause *self)
{
  LkCause *copy = g_object_new (LK_TYPE_CAUSE, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));

  copy->uuid = g_strdup (self->uuid);
  copy->text = g_strdup (self->text);
  copy->root = self->root;
  copy->votes = self->votes;
  copy->collapsed = self->collapsed;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
      g_autoptr(LkCause) child_copy = lk_cause_copy (child);

      append_child (copy->children, copy, child_copy);
    }

  return copy;
}

/* 0 for a category, 1 for its causes, … */
guint
lk_cause_get_depth (LkCause *self)
{
  guint depth = 0;

  for (LkCause *p = self->parent; p != NULL; p = p->parent)
    depth++;

  return depth;
}

/**
 * lk_cause_foreach:
 * @depth: the depth of @nodes' lines (0 for categories)
 *
 * Returns: %FALSE when @func stopped the walk
 */
gboolean
lk_cause_foreach (GListStore  *nodes,
                  guint        depth,
                  LkCauseFunc  func,
                  gpointer     data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);

      if (!func (node, depth, data) || !lk_cause_foreach (node->children, depth + 1, func, data))
        return FALSE;
    }

  return TRUE;
}

/* The node and everything below it */
guint
lk_cause_count (LkCause *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  guint count = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      count += lk_cause_count (child);
    }

  return count;
}

/* --- analyses ---------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkFishbone, lk_fishbone, G_TYPE_OBJECT)

static void
lk_fishbone_finalize (GObject *object)
{
  LkFishbone *self = LK_FISHBONE (object);

  g_free (self->uuid);
  g_free (self->problem);
  g_free (self->date);
  g_free (self->participants);
  g_free (self->unit);
  g_free (self->source_uuid);
  g_free (self->created);
  g_free (self->updated);
  g_clear_object (&self->categories);

  G_OBJECT_CLASS (lk_fishbone_parent_class)->finalize (object);
}

static void
lk_fishbone_class_init (LkFishboneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_fishbone_finalize;
}

static void
lk_fishbone_init (LkFishbone *self)
{
  self->categories = g_list_store_new (LK_TYPE_CAUSE);
}

/* The presets' names are Norwegian: they are the handbooks' words */
static const char * const presets[][7] = {
  [LK_CATEGORIES_6M] = { "Mennesker", "Metode", "Maskin/utstyr", "Materiell", "Miljø", "Måling", NULL },
  [LK_CATEGORIES_SERVICE] = { "Personer", "Kultur", "Utstyr", "Prosedyrer", "Ledelse", "Brukeren", NULL },
  [LK_CATEGORIES_LEAN] = { "Ledelse", "Medarbeidere", "Metode og verktøy", "Tid og ressurser",
                           "Kultur", "Oppfølging", NULL },
  [LK_CATEGORIES_NONE] = { NULL },
};

/**
 * lk_fishbone_preset_question:
 *
 * Returns: (nullable): the problem a preset comes with, or %NULL
 */
const char *
lk_fishbone_preset_question (LkCategoryPreset preset)
{
  return preset == LK_CATEGORIES_LEAN
         ? "Hva hindrer enheten i å lykkes fullt ut med Lean kontinuerlig forbedring?"
         : NULL;
}

LkFishbone *
lk_fishbone_new (const char       *problem,
                 const char       *date,
                 LkCategoryPreset  preset)
{
  LkFishbone *self = g_object_new (LK_TYPE_FISHBONE, NULL);

  g_return_val_if_fail (preset <= LK_CATEGORIES_NONE, self);

  self->uuid = g_uuid_string_random ();
  self->problem = g_strdup (problem && *problem ? problem
                            : lk_fishbone_preset_question (preset) ? lk_fishbone_preset_question (preset)
                            : "");
  self->date = g_strdup (date);
  for (guint i = 0; presets[preset][i] != NULL; i++)
    {
      g_autoptr(LkCause) category = lk_cause_new (presets[preset][i]);

      append_child (self->categories, NULL, category);
    }

  return self;
}

LkFishbone *
lk_fishbone_copy (LkFishbone *self)
{
  LkFishbone *copy = g_object_new (LK_TYPE_FISHBONE, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));

  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->problem = g_strdup (self->problem);
  copy->date = g_strdup (self->date);
  copy->participants = g_strdup (self->participants);
  copy->unit = g_strdup (self->unit);
  copy->status = self->status;
  copy->source_kind = self->source_kind;
  copy->source_uuid = g_strdup (self->source_uuid);
  copy->head_left = self->head_left;
  copy->n_causes = self->n_causes;
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      g_autoptr(LkCause) category_copy = lk_cause_copy (category);

      append_child (copy->categories, NULL, category_copy);
    }

  return copy;
}

/* Causes below the categories */
guint
lk_fishbone_count_causes (LkFishbone *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (self->categories), i);

      count += lk_cause_count (category) - 1;
    }

  return count;
}

typedef struct
{
  const char *uuid;
  LkCause    *found;
} Find;

static gboolean
find_one (LkCause  *node,
          guint     depth,
          gpointer  data)
{
  Find *find = data;

  if (g_strcmp0 (node->uuid, find->uuid) != 0)
    return TRUE;
  find->found = node;

  return FALSE;
}

/* Returns: (nullable) (transfer none): the node with @uuid */
LkCause *
lk_fishbone_find (LkFishbone *self,
                  const char *uuid)
{
  Find find = { uuid, NULL };

  lk_cause_foreach (self->categories, 0, find_one, &find);

  return find.found;
}

typedef struct
{
  GHashTable *uuids;
  guint       count;
  GError    **error;
} Check;

static gboolean
check_nodes (GListStore *nodes,
             guint       depth,
             Check      *check)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  if (depth >= LK_FISHBONE_MAX_DEPTH && n > 0)
    return lk_set_invalid (check->error, _("The causes go deeper than 12 levels."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);

      if (++check->count > LK_FISHBONE_MAX_NODES)
        return lk_set_invalid (check->error, _("An analysis holds at most 2,000 causes."));
      if (node->uuid == NULL || !g_uuid_string_is_valid (node->uuid) ||
          !g_hash_table_add (check->uuids, node->uuid))
        return lk_set_invalid (check->error, _("A cause has no valid identity, or one used twice."));
      if (node->text == NULL || !lk_text_is_valid (node->text) || lk_text_is_blank (node->text) ||
          g_utf8_strlen (node->text, -1) > 500)
        return lk_set_invalid (check->error, depth == 0
                               ? _("Every category needs a name of at most 500 characters.")
                               : _("Every cause needs a text of at most 500 characters."));
      if (node->votes > LK_FISHBONE_MAX_VOTES)
        return lk_set_invalid (check->error, _("A cause has more than 999 votes."));
      if (!check_nodes (node->children, depth + 1, check))
        return FALSE;
    }

  return TRUE;
}

gboolean
lk_fishbone_validate (LkFishbone  *self,
                      GError     **error)
{
  g_autoptr(GHashTable) uuids = g_hash_table_new (g_str_hash, g_str_equal);
  Check check = { uuids, 0, error };

  g_return_val_if_fail (LK_IS_FISHBONE (self), FALSE);

  if (self->problem == NULL || !lk_text_is_valid (self->problem) || lk_text_is_blank (self->problem) ||
      g_utf8_strlen (self->problem, -1) > 500)
    return lk_set_invalid (error, _("Write the problem the analysis is about (at most 500 characters)."));
  if (self->date == NULL || !lk_date_is_valid_iso (self->date))
    return lk_set_invalid (error, _("The analysis needs a valid date."));
  if (!lk_text_is_valid (self->participants) || !lk_text_is_valid (self->unit))
    return lk_set_invalid (error, _("The participants or the unit are not valid text."));
  if (self->status > LK_FISHBONE_DONE || self->source_kind >= LK_SOURCE_N)
    return lk_set_invalid (error, _("The analysis has an unknown status or origin."));

  return check_nodes (self->categories, 0, &check);
}

/* --- the outline's operations ------------------------------------------------- */

/* Returns: (transfer none): the list the node is in */
GListStore *
lk_fishbone_siblings (LkFishbone *self,
                      LkCause    *node)
{
  return node->parent ? node->parent->children : self->categories;
}

static guint
index_of (GListStore *list,
          LkCause    *node)
{
  guint position = G_MAXUINT;

  g_list_store_find (list, node, &position);

  return position;
}

/**
 * lk_fishbone_add_after:
 * @after: (nullable): the line the new one follows; %NULL adds a category
 *   at the end
 *
 * Returns: (transfer none): the new line, a sibling of @after
 */
LkCause *
lk_fishbone_add_after (LkFishbone *self,
                       LkCause    *after,
                       const char *text)
{
  g_autoptr(LkCause) node = lk_cause_new (text);
  GListStore *siblings = after ? lk_fishbone_siblings (self, after) : self->categories;
  guint position = after ? index_of (siblings, after) + 1 : g_list_model_get_n_items (G_LIST_MODEL (siblings));

  node->parent = after ? after->parent : NULL;
  g_list_store_insert (siblings, position, node);

  return node;
}

/* Tab: the line becomes the last child of the line above it */
gboolean
lk_fishbone_indent (LkFishbone *self,
                    LkCause    *node)
{
  GListStore *siblings = lk_fishbone_siblings (self, node);
  guint position = index_of (siblings, node);
  g_autoptr(LkCause) above = NULL;
  g_autoptr(LkCause) keep = g_object_ref (node);

  if (position == 0 || position == G_MAXUINT)
    return FALSE;

  above = g_list_model_get_item (G_LIST_MODEL (siblings), position - 1);
  g_list_store_remove (siblings, position);
  append_child (above->children, above, node);
  above->collapsed = FALSE;

  return TRUE;
}

/* Shift+Tab: the line moves out to follow its parent */
gboolean
lk_fishbone_outdent (LkFishbone *self,
                     LkCause    *node)
{
  LkCause *parent = node->parent;
  GListStore *outer;
  g_autoptr(LkCause) keep = g_object_ref (node);

  if (parent == NULL)
    return FALSE;

  outer = lk_fishbone_siblings (self, parent);
  g_list_store_remove (parent->children, index_of (parent->children, node));
  node->parent = parent->parent;
  g_list_store_insert (outer, index_of (outer, parent) + 1, node);

  return TRUE;
}

/* Alt+Up and Alt+Down: among its siblings */
gboolean
lk_fishbone_move (LkFishbone *self,
                  LkCause    *node,
                  int         delta)
{
  GListStore *siblings = lk_fishbone_siblings (self, node);
  guint position = index_of (siblings, node);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (siblings));
  g_autoptr(LkCause) keep = g_object_ref (node);

  if (position == G_MAXUINT || delta == 0 ||
      (delta < 0 && position < (guint)-delta) || (delta > 0 && position + delta >= n))
    return FALSE;

  g_list_store_remove (siblings, position);
  g_list_store_insert (siblings, position + delta, node);

  return TRUE;
}

/**
 * lk_fishbone_remove:
 * @parent: (out) (transfer none): where it was, for lk_fishbone_insert()
 *
 * Takes the line and everything below it out of the tree; the caller
 * keeps a reference for Undo.
 *
 * Returns: its position among its siblings
 */
guint
lk_fishbone_remove (LkFishbone  *self,
                    LkCause     *node,
                    LkCause    **parent)
{
  GListStore *siblings = lk_fishbone_siblings (self, node);
  guint position = index_of (siblings, node);

  *parent = node->parent;
  if (position != G_MAXUINT)
    g_list_store_remove (siblings, position);

  return position;
}

/* Puts a removed line back where it was (Undo) */
void
lk_fishbone_insert (LkFishbone *self,
                    LkCause    *parent,
                    guint       position,
                    LkCause    *node)
{
  GListStore *siblings = parent ? parent->children : self->categories;

  node->parent = parent;
  g_list_store_insert (siblings, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (siblings))), node);
}

/* --- outlines as text ---------------------------------------------------------- */

/* Leading white space in columns, a tab counting as @tab columns */
static guint
indent_of (const char *line,
           guint       tab,
           const char **text)
{
  guint columns = 0;
  const char *p = line;

  for (; *p == ' ' || *p == '\t'; p++)
    columns += *p == '\t' ? tab : 1;
  *text = p;

  return columns;
}

/* A list bullet people type or paste: "- ", "* ", "• ", "– " */
static const char *
skip_bullet (const char *text)
{
  static const char *bullets[] = { "- ", "* ", "• ", "– ", "+ " };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (text, bullets[i]))
      return text + strlen (bullets[i]);

  return text;
}

/**
 * lk_fishbone_parse_outline:
 *
 * Reads an indented list, as drafted in a text file or typed off sticky
 * notes: tabs or spaces (the smallest indent in use is one level), with or
 * without bullets, blank lines ignored. A line indented more than one
 * level below the line above it counts one level deeper.
 *
 * Returns: (transfer full) (element-type LkCause): the top-level lines
 *   with their children, or %NULL with @error set
 */
GPtrArray *
lk_fishbone_parse_outline (const char  *text,
                           GError     **error)
{
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) lines = NULL;
  LkCause *stack[LK_FISHBONE_MAX_DEPTH] = { NULL };
  guint unit = 0, count = 0;
  int depth_above = -1;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      lk_set_invalid (error, _("The pasted text is not valid UTF-8."));
      return NULL;
    }

  lines = g_strsplit_set (text, "\r\n", -1);

  /* The unit of indentation: the smallest indent in spaces, a tab as 4 */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *rest;
      guint columns = indent_of (lines[i], 4, &rest);

      if (!lk_text_is_blank (rest) && columns > 0 && (unit == 0 || columns < unit))
        unit = columns;
    }
  if (unit == 0)
    unit = 1;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *rest;
      guint columns = indent_of (lines[i], 4, &rest);
      g_autofree char *line = g_strstrip (g_strdup (skip_bullet (rest)));
      g_autoptr(LkCause) node = NULL;
      int depth;

      if (*line == '\0')
        continue;
      if (++count > LK_FISHBONE_MAX_NODES)
        {
          lk_set_invalid (error, _("An analysis holds at most 2,000 causes."));
          return NULL;
        }
      if (g_utf8_strlen (line, -1) > 500)
        {
          g_autofree char *cut = g_utf8_substring (line, 0, 500);

          g_free (line);
          line = g_steal_pointer (&cut);
        }

      depth = MIN ((int)(columns / unit), depth_above + 1);
      if (depth >= LK_FISHBONE_MAX_DEPTH)
        {
          lk_set_invalid (error, _("The causes go deeper than 12 levels."));
          return NULL;
        }
      node = lk_cause_new (line);
      if (depth == 0)
        g_ptr_array_add (top, g_object_ref (node));
      else
        append_child (stack[depth - 1]->children, stack[depth - 1], node);
      stack[depth] = node;
      depth_above = depth;
    }

  return g_steal_pointer (&top);
}

/**
 * lk_fishbone_paste:
 * @after: (nullable): the line the pasted lines follow, as siblings; %NULL
 *   adds them as categories at the end
 * @nodes: (element-type LkCause): from lk_fishbone_parse_outline()
 *
 * Returns: how many lines were added, children included
 */
guint
lk_fishbone_paste (LkFishbone *self,
                   LkCause    *after,
                   GPtrArray  *nodes)
{
  GListStore *siblings = after ? lk_fishbone_siblings (self, after) : self->categories;
  LkCause *parent = after ? after->parent : NULL;
  guint position = after ? index_of (siblings, after) + 1 : g_list_model_get_n_items (G_LIST_MODEL (siblings));
  guint added = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      LkCause *node = g_ptr_array_index (nodes, i);

      node->parent = parent;
      g_list_store_insert (siblings, position + i, node);
      added += lk_cause_count (node);
    }

  return added;
}

static gboolean
outline_line (LkCause  *node,
              guint     depth,
              gpointer  data)
{
  GString *out = data;

  for (guint d = 0; d < depth; d++)
    g_string_append_c (out, '\t');
  g_string_append (out, node->text);
  g_string_append_c (out, '\n');

  return TRUE;
}

/* The tree as an indented text, a tab per level: pasted back, it is the
 * same tree */
char *
lk_fishbone_to_outline (LkFishbone *self)
{
  GString *out = g_string_new (NULL);

  lk_cause_foreach (self->categories, 0, outline_line, out);

  return g_string_free (out, FALSE);
}
