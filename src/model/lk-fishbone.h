/* lk-fishbone.h: cause analyses (fiskebein), written as an outline
 *
 * An analysis is one tree: its top level holds the categories (the bones),
 * every level below them causes found by asking "why?" again. Indenting
 * and outdenting move a line between the levels, so a category and a
 * cause are the same kind of node at different depths.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-store.h"
#include "lk-types.h"

G_BEGIN_DECLS

typedef enum
{
  LK_FISHBONE_OPEN = 0,
  LK_FISHBONE_DONE = 1,
} LkFishboneStatus;

typedef enum
{
  LK_CATEGORIES_6M      = 0,  /* Mennesker, Metode, … */
  LK_CATEGORIES_SERVICE = 1,  /* Personer, Kultur, … */
  LK_CATEGORIES_LEAN    = 2,  /* the follow-up six months after a Lean start */
  LK_CATEGORIES_NONE    = 3,
} LkCategoryPreset;

/* Deeper than anyone asks "why?", and what a stack may safely walk */
#define LK_FISHBONE_MAX_DEPTH  12
#define LK_FISHBONE_MAX_NODES  2000
#define LK_FISHBONE_MAX_VOTES  999

#define LK_TYPE_CAUSE (lk_cause_get_type ())
G_DECLARE_FINAL_TYPE (LkCause, lk_cause, LK, CAUSE, GObject)

struct _LkCause
{
  GObject     parent_instance;

  char       *uuid;
  char       *text;
  gboolean    root;        /* marked as a root cause */
  guint       votes;       /* dots from the team */
  gboolean    collapsed;   /* drawn as a count */
  GListStore *children;    /* of LkCause */
  LkCause    *parent;      /* not owned; NULL on the top level */
};

#define LK_TYPE_FISHBONE (lk_fishbone_get_type ())
G_DECLARE_FINAL_TYPE (LkFishbone, lk_fishbone, LK, FISHBONE, GObject)

struct _LkFishbone
{
  GObject          parent_instance;

  gint64           id;           /* > 0 once stored */
  char            *uuid;
  char            *problem;      /* the head */
  char            *date;         /* ISO */
  char            *participants;
  char            *unit;
  LkFishboneStatus status;
  LkSourceKind     source_kind;  /* where it came from */
  char            *source_uuid;
  gboolean         head_left;    /* the head on the left */
  GListStore      *categories;   /* of LkCause: the tree's top level */
  guint            n_causes;     /* when listed without its tree */
  char            *created;
  char            *updated;
};

/* Called for each line of a tree in the outline's order, a parent before
 * its children; returning FALSE stops the walk */
typedef gboolean (*LkCauseFunc) (LkCause  *node,
                                 guint     depth,
                                 gpointer  data);

LkCause    *lk_cause_new             (const char        *text);
gboolean    lk_cause_foreach         (GListStore        *nodes,
                                      guint              depth,
                                      LkCauseFunc        func,
                                      gpointer           data);
LkCause    *lk_cause_copy            (LkCause           *self);
guint       lk_cause_get_depth       (LkCause           *self);
guint       lk_cause_count           (LkCause           *self);

LkFishbone *lk_fishbone_new          (const char        *problem,
                                      const char        *date,
                                      LkCategoryPreset   preset);
LkFishbone *lk_fishbone_copy         (LkFishbone        *self);
gboolean    lk_fishbone_validate     (LkFishbone        *self,
                                      GError           **error);
guint       lk_fishbone_count_causes (LkFishbone        *self);
const char *lk_fishbone_preset_question (LkCategoryPreset preset);
LkCause    *lk_fishbone_find         (LkFishbone        *self,
                                      const char        *uuid);

/* The outline's operations, as the keys do them; FALSE when the move is
 * not possible where the node is. */
GListStore *lk_fishbone_siblings     (LkFishbone        *self,
                                      LkCause           *node);
LkCause    *lk_fishbone_add_after    (LkFishbone        *self,
                                      LkCause           *after,
                                      const char        *text);
gboolean    lk_fishbone_indent       (LkFishbone        *self,
                                      LkCause           *node);
gboolean    lk_fishbone_outdent      (LkFishbone        *self,
                                      LkCause           *node);
gboolean    lk_fishbone_move         (LkFishbone        *self,
                                      LkCause           *node,
                                      int                delta);
guint       lk_fishbone_remove       (LkFishbone        *self,
                                      LkCause           *node,
                                      LkCause          **parent);
void        lk_fishbone_insert       (LkFishbone        *self,
                                      LkCause           *parent,
                                      guint              position,
                                      LkCause           *node);

/* Indented plain text (tabs or spaces, bullets allowed) in and out */
GPtrArray  *lk_fishbone_parse_outline (const char       *text,
                                       GError          **error);
guint       lk_fishbone_paste        (LkFishbone        *self,
                                      LkCause           *after,
                                      GPtrArray         *nodes);
char       *lk_fishbone_to_outline   (LkFishbone        *self);

gboolean    lk_store_put_fishbone     (LkStore          *store,
                                       LkFishbone       *fb,
                                       GError          **error);
gboolean    lk_store_save_fishbone    (LkStore          *store,
                                       LkFishbone       *fb,
                                       GError          **error);
gboolean    lk_store_restore_fishbone (LkStore          *store,
                                       LkFishbone       *fb,
                                       GError          **error);
gboolean    lk_store_delete_fishbone  (LkStore          *store,
                                       const char       *uuid,
                                       GError          **error);
GListStore *lk_store_list_fishbones   (LkStore          *store,
                                       GError          **error);
LkFishbone *lk_store_get_fishbone     (LkStore          *store,
                                       const char       *uuid,
                                       GError          **error);
char       *lk_store_find_fishbone_of (LkStore          *store,
                                       const char       *uuid);

G_END_DECLS
