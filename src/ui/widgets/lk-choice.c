/* lk-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-choice.h"

struct _LkChoice
{
  GObject  parent_instance;

  char    *label;
  char    *id;
};

G_DEFINE_FINAL_TYPE (LkChoice, lk_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lk_choice_finalize (GObject *object)
{
  LkChoice *self = LK_CHOICE (object);

  g_free (self->label);
  g_free (self->id);

  G_OBJECT_CLASS (lk_choice_parent_class)->finalize (object);
}

static void
lk_choice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, LK_CHOICE (object)->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_choice_class_init (LkChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_choice_finalize;
  object_class->get_property = lk_choice_get_property;

  /* What a drop-down shows */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lk_choice_init (LkChoice *self)
{
}

LkChoice *
lk_choice_new (const char *label,
               const char *id)
{
  LkChoice *self = g_object_new (LK_TYPE_CHOICE, NULL);

  self->label = g_strdup (label);
  self->id = g_strdup (id);

  return self;
}

const char *
lk_choice_get_label (LkChoice *self)
{
  return self->label;
}

const char *
lk_choice_get_id (LkChoice *self)
{
  return self->id;
}

void
lk_choice_append (GListStore *choices,
                  const char *label,
                  const char *id)
{
  g_autoptr(LkChoice) choice = lk_choice_new (label, id);

  g_list_store_append (choices, choice);
}

/* The position of @id (NULL finds the choice without an id); 0 when it is
 * not there */
guint
lk_choice_find (GListModel *choices,
                const char *id)
{
  guint n = g_list_model_get_n_items (choices);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (choice->id, id) == 0)
        return i;
    }

  return 0;
}

/* Returns: (nullable): the id at @position, valid while the list holds it */
const char *
lk_choice_selected_id (GListModel *choices,
                       guint       position)
{
  LkChoice *choice = position < g_list_model_get_n_items (choices)
                   ? g_list_model_get_item (choices, position) : NULL;
  const char *id;

  if (choice == NULL)
    return NULL;
  id = choice->id;
  g_object_unref (choice);   /* the list keeps it */

  return id;
}

/* For a drop-down's or combo row's "expression"
 *
 * Returns: (transfer none): the label of an LkChoice */
GtkExpression *
lk_choice_expression (void)
{
  static GtkExpression *label;

  /* One for every drop-down: they take a reference of their own */
  if (g_once_init_enter (&label))
    g_once_init_leave (&label, gtk_property_expression_new (LK_TYPE_CHOICE, NULL, "label"));

  return label;
}
