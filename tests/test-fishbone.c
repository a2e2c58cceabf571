/* test-fishbone.c: cause analyses, their outline and the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-fishbone.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

typedef LkTestFixture Fixture;

static LkCause *
nth (GListStore *list,
     guint       i)
{
  LkCause *node = g_list_model_get_item (G_LIST_MODEL (list), i);

  /* The tree keeps it alive; tests only look */
  g_object_unref (node);

  return node;
}

static guint
n_of (GListStore *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The presets give the handbooks' categories, the Lean follow-up its
 * question */
static void
test_presets (void)
{
  g_autoptr(LkFishbone) six = lk_fishbone_new ("Lang ventetid", "2026-05-10", LK_CATEGORIES_6M);
  g_autoptr(LkFishbone) service = lk_fishbone_new ("Lang ventetid", "2026-05-10", LK_CATEGORIES_SERVICE);
  g_autoptr(LkFishbone) lean = lk_fishbone_new (NULL, "2026-05-10", LK_CATEGORIES_LEAN);
  g_autoptr(LkFishbone) none = lk_fishbone_new ("Tomt", "2026-05-10", LK_CATEGORIES_NONE);

  g_assert_cmpuint (n_of (six->categories), ==, 6);
  g_assert_cmpstr (nth (six->categories, 0)->text, ==, "Mennesker");
  g_assert_cmpstr (nth (six->categories, 5)->text, ==, "Måling");
  g_assert_cmpstr (nth (service->categories, 5)->text, ==, "Brukeren");
  g_assert_cmpstr (lean->problem, ==, "Hva hindrer enheten i å lykkes fullt ut med Lean kontinuerlig forbedring?");
  g_assert_cmpuint (n_of (none->categories), ==, 0);
  g_assert_true (lk_fishbone_validate (six, NULL));
  g_assert_cmpuint (lk_fishbone_count_causes (six), ==, 0);
}

/* Enter, Tab, Shift+Tab, Alt+Up/Down and Delete with Undo, as the outline
 * editor does them */
static void
test_outline_keys (void)
{
  g_autoptr(LkFishbone) fb = lk_fishbone_new ("Tavlemøtene dør ut", "2026-05-10", LK_CATEGORIES_NONE);
  LkCause *metode, *a, *b, *c, *parent = NULL;
  g_autoptr(LkCause) removed = NULL;
  guint position;

  metode = lk_fishbone_add_after (fb, NULL, "Metode");
  lk_fishbone_add_after (fb, metode, "Ledelse");
  a = lk_fishbone_add_after (fb, metode, "Ingen fast tid");   /* between the two */
  g_assert_cmpuint (n_of (fb->categories), ==, 3);
  g_assert_true (nth (fb->categories, 1) == a);

  /* Tab: under the line above; the first line cannot */
  g_assert_false (lk_fishbone_indent (fb, metode));
  g_assert_true (lk_fishbone_indent (fb, a));
  g_assert_true (a->parent == metode);
  g_assert_cmpuint (lk_cause_get_depth (a), ==, 1);
  b = lk_fishbone_add_after (fb, a, "Vaktene bytter");
  c = lk_fishbone_add_after (fb, b, "Turnus");
  g_assert_true (lk_fishbone_indent (fb, c));        /* why? → a level deeper */
  g_assert_true (c->parent == b);
  g_assert_cmpuint (lk_cause_get_depth (c), ==, 2);
  g_assert_cmpuint (lk_fishbone_count_causes (fb), ==, 3);

  /* Alt+Up/Down among siblings only */
  g_assert_true (lk_fishbone_move (fb, b, -1));
  g_assert_true (nth (metode->children, 0) == b);
  g_assert_false (lk_fishbone_move (fb, b, -1));
  g_assert_false (lk_fishbone_move (fb, a, 1));
  g_assert_true (c->parent == b);                    /* children move along */

  /* Shift+Tab: out to follow its parent; a category cannot */
  g_assert_true (lk_fishbone_outdent (fb, c));
  g_assert_true (c->parent == metode);
  g_assert_true (nth (metode->children, 1) == c);
  g_assert_false (lk_fishbone_outdent (fb, metode));
  g_assert_true (lk_fishbone_outdent (fb, c));
  g_assert_null (c->parent);
  g_assert_true (nth (fb->categories, 1) == c);      /* a cause became a category */

  /* Delete and Undo: back where it was, with its children */
  g_assert_true (lk_fishbone_indent (fb, c));
  removed = g_object_ref (metode);
  position = lk_fishbone_remove (fb, metode, &parent);
  g_assert_cmpuint (position, ==, 0);
  g_assert_null (parent);
  g_assert_cmpuint (n_of (fb->categories), ==, 1);
  lk_fishbone_insert (fb, parent, position, removed);
  g_assert_true (nth (fb->categories, 0) == metode);
  g_assert_cmpuint (lk_fishbone_count_causes (fb), ==, 3);
  g_assert_true (lk_fishbone_find (fb, b->uuid) == b);
  g_assert_true (lk_fishbone_validate (fb, NULL));
}

/* A list drafted in a text file or off sticky notes: tabs or spaces,
 * bullets, blank lines; the tree it gives, and back */
static void
test_outline_paste (void)
{
  const char *tabs = "Mennesker\n\tFor lite tid\n\t\tMange vikarer\n\t\t\tTurnus\nMetode\n\n\t- Ingen tavle\n";
  const char *spaces = "* Mennesker\n  * For lite tid\n    * Mange vikarer\n* Metode\n      * Hopper to nivåer\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(LkFishbone) fb = lk_fishbone_new ("Lean stopper opp", "2026-05-10", LK_CATEGORIES_NONE);
  g_autoptr(LkFishbone) again = lk_fishbone_new ("Lean stopper opp", "2026-05-10", LK_CATEGORIES_NONE);
  g_autofree char *outline = NULL, *outline_again = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) many = g_string_new (NULL);
  LkCause *people;

  nodes = lk_fishbone_parse_outline (tabs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_cmpuint (lk_fishbone_paste (fb, NULL, nodes), ==, 6);
  people = nth (fb->categories, 0);
  g_assert_cmpstr (people->text, ==, "Mennesker");
  g_assert_cmpstr (nth (nth (nth (people->children, 0)->children, 0)->children, 0)->text, ==, "Turnus");
  g_assert_cmpstr (nth (nth (fb->categories, 1)->children, 0)->text, ==, "Ingen tavle");
  g_assert_true (lk_fishbone_validate (fb, NULL));

  /* Spaces, bullets, and a jump of two levels counted as one */
  g_clear_pointer (&nodes, g_ptr_array_unref);
  nodes = lk_fishbone_parse_outline (spaces, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_cmpstr (((LkCause *)g_ptr_array_index (nodes, 0))->text, ==, "Mennesker");
  g_assert_cmpuint (lk_cause_count (g_ptr_array_index (nodes, 0)), ==, 3);
  g_assert_cmpuint (lk_cause_get_depth (nth (((LkCause *)g_ptr_array_index (nodes, 1))->children, 0)), ==, 1);

  /* Out and in again: the same tree */
  outline = lk_fishbone_to_outline (fb);
  g_clear_pointer (&nodes, g_ptr_array_unref);
  nodes = lk_fishbone_parse_outline (outline, &error);
  g_assert_no_error (error);
  lk_fishbone_paste (again, NULL, nodes);
  outline_again = lk_fishbone_to_outline (again);
  g_assert_cmpstr (outline, ==, outline_again);

  /* Pasted after a cause: siblings of it */
  g_clear_pointer (&nodes, g_ptr_array_unref);
  nodes = lk_fishbone_parse_outline ("Lite opplæring\n\tNye ansatte", &error);
  g_assert_cmpuint (lk_fishbone_paste (fb, nth (people->children, 0), nodes), ==, 2);
  g_assert_cmpstr (nth (people->children, 1)->text, ==, "Lite opplæring");
  g_assert_true (nth (people->children, 1)->parent == people);

  /* Refused whole: too deep, too many, not UTF-8 */
  for (guint i = 0; i < LK_FISHBONE_MAX_DEPTH + 1; i++)
    {
      for (guint t = 0; t < i; t++)
        g_string_append_c (deep, '\t');
      g_string_append (deep, "hvorfor?\n");
    }
  g_assert_null (lk_fishbone_parse_outline (deep->str, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  for (guint i = 0; i <= LK_FISHBONE_MAX_NODES; i++)
    g_string_append (many, "x\n");
  g_assert_null (lk_fishbone_parse_outline (many->str, &error));
  g_clear_error (&error);
  g_assert_null (lk_fishbone_parse_outline ("Mennesker\n\t\xff\xfe", &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
}

/* What the store would refuse is refused before, in words */
static void
test_validate (void)
{
  g_autoptr(LkFishbone) fb = lk_fishbone_new ("Lang ventetid", "2026-05-10", LK_CATEGORIES_6M);
  LkCause *people = nth (fb->categories, 0);
  LkCause *cause = lk_fishbone_add_after (fb, NULL, "x");
  g_autoptr(GError) error = NULL;

  g_assert_true (lk_fishbone_indent (fb, cause));
  g_assert_true (lk_fishbone_validate (fb, NULL));

  g_free (fb->problem);
  fb->problem = g_strdup ("  ");
  g_assert_false (lk_fishbone_validate (fb, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (fb->problem);
  fb->problem = g_strdup ("Lang ventetid");

  g_free (fb->date);
  fb->date = g_strdup ("2026-02-30");
  g_assert_false (lk_fishbone_validate (fb, NULL));
  g_free (fb->date);
  fb->date = g_strdup ("2026-02-28");

  g_free (cause->text);
  cause->text = g_strdup ("");
  g_assert_false (lk_fishbone_validate (fb, NULL));
  g_free (cause->text);
  cause->text = g_strdup ("Ny");

  cause->votes = LK_FISHBONE_MAX_VOTES + 1;
  g_assert_false (lk_fishbone_validate (fb, NULL));
  cause->votes = 3;

  g_free (cause->uuid);
  cause->uuid = g_strdup (people->uuid);
  g_assert_false (lk_fishbone_validate (fb, NULL));
  g_free (cause->uuid);
  cause->uuid = g_uuid_string_random ();

  fb->status = 7;
  g_assert_false (lk_fishbone_validate (fb, NULL));
  fb->status = LK_FISHBONE_DONE;
  g_assert_true (lk_fishbone_validate (fb, NULL));
}

static LkFishbone *
make_analysis (void)
{
  LkFishbone *fb = lk_fishbone_new (NULL, "2026-04-20", LK_CATEGORIES_LEAN);
  g_autoptr(GPtrArray) nodes = lk_fishbone_parse_outline ("Tavlemøtene blir avlyst\n"
                                                           "\tTravle morgener\n"
                                                           "\t\tFor få på vakt\n", NULL);
  LkCause *followup = nth (fb->categories, 5);
  LkCause *cause = g_ptr_array_index (nodes, 0);

  /* Pasted after the category, then Tab: under it */
  g_assert_cmpstr (followup->text, ==, "Oppfølging");
  lk_fishbone_paste (fb, followup, nodes);
  g_assert_true (lk_fishbone_indent (fb, cause));
  g_assert_true (cause->parent == followup);
  cause->votes = 4;
  nth (nth (cause->children, 0)->children, 0)->root = TRUE;
  nth (cause->children, 0)->collapsed = TRUE;
  g_free (fb->participants);
  fb->participants = g_strdup ("Enhetsleder, tjenesteområdeleder, tillitsvalgt");
  fb->unit = g_strdup ("Fjordvik sykehjem");

  return fb;
}

static void
assert_same_tree (GListStore *a,
                  GListStore *b)
{
  g_assert_cmpuint (n_of (a), ==, n_of (b));
  for (guint i = 0; i < n_of (a); i++)
    {
      LkCause *x = nth (a, i), *y = nth (b, i);

      g_assert_cmpstr (x->uuid, ==, y->uuid);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (x->root, ==, y->root);
      g_assert_cmpuint (x->votes, ==, y->votes);
      g_assert_cmpint (x->collapsed, ==, y->collapsed);
      g_assert_true ((x->parent == NULL) == (y->parent == NULL));
      assert_same_tree (x->children, y->children);
    }
}

/* Saved whole and read back the same; listed with its size; a save after
 * a delete does not bring it back, Undo does */
static void
test_store (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LkFishbone) fb = make_analysis ();
  g_autoptr(LkFishbone) back = NULL;
  g_autoptr(LkFishbone) kept = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lk_store_is_empty (f->store));
  g_assert_true (lk_store_save_fishbone (f->store, fb, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fb->id, >, 0);
  g_assert_false (lk_store_is_empty (f->store));

  back = lk_store_get_fishbone (f->store, fb->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->problem, ==, fb->problem);
  g_assert_cmpstr (back->participants, ==, fb->participants);
  g_assert_cmpstr (back->unit, ==, "Fjordvik sykehjem");
  assert_same_tree (fb->categories, back->categories);
  g_assert_cmpuint (back->n_causes, ==, 3);

  /* Edited and saved again: the tree is what it is now */
  g_assert_true (lk_fishbone_outdent (back, nth (nth (nth (back->categories, 5)->children, 0)->children, 0)));
  g_assert_true (lk_store_save_fishbone (f->store, back, &error));
  g_clear_object (&fb);
  fb = lk_store_get_fishbone (f->store, back->uuid, &error);
  assert_same_tree (back->categories, fb->categories);

  all = lk_store_list_fishbones (f->store, &error);
  g_assert_cmpuint (n_of (all), ==, 1);
  {
    g_autoptr(LkFishbone) first = g_list_model_get_item (G_LIST_MODEL (all), 0);

    g_assert_cmpuint (first->n_causes, ==, 3);
  }

  /* Deleted: its tree goes with it; a late save is refused */
  kept = lk_fishbone_copy (fb);
  g_assert_true (lk_store_delete_fishbone (f->store, fb->uuid, &error));
  {
    gint64 nodes = -1;

    g_assert_true (lk_store_query_int (f->store, "SELECT count(*) FROM fishbone_nodes", &nodes, NULL));
    g_assert_cmpint (nodes, ==, 0);
  }
  g_assert_false (lk_store_save_fishbone (f->store, fb, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (lk_store_get_fishbone (f->store, fb->uuid, NULL));
  g_assert_true (lk_store_is_empty (f->store));

  /* Undo */
  g_assert_true (lk_store_restore_fishbone (f->store, kept, &error));
  g_clear_object (&back);
  back = lk_store_get_fishbone (f->store, kept->uuid, &error);
  assert_same_tree (kept->categories, back->categories);
  g_assert_cmpstr (back->created, ==, kept->created);
}

/* A save that fails at any step leaves the store as it was */
static void
test_store_all_or_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LkFishbone) fb = make_analysis ();
  g_autoptr(LkFishbone) changed = NULL;
  g_autofree char *before = NULL;
  gboolean fired = TRUE;
  int failures = 0;

  g_assert_true (lk_store_save_fishbone (f->store, fb, NULL));
  before = lk_fishbone_to_outline (fb);
  for (int n = 0; fired; n++)
    {
      g_autoptr(LkFishbone) now = NULL;
      g_autofree char *outline = NULL;

      changed = lk_store_get_fishbone (f->store, fb->uuid, NULL);
      lk_fishbone_add_after (changed, NULL, "Ny kategori");
      lk_store_fail_step_after (f->store, n);
      if (lk_store_save_fishbone (f->store, changed, NULL))
        {
          fired = lk_store_fail_step_after (f->store, -1);
          g_assert_false (fired);
          break;
        }
      fired = TRUE;
      failures++;
      lk_store_fail_step_after (f->store, -1);
      now = lk_store_get_fishbone (f->store, fb->uuid, NULL);
      outline = lk_fishbone_to_outline (now);
      g_assert_cmpstr (outline, ==, before);
      g_clear_object (&changed);
    }
  /* A step failed in the row, the delete, and each node's insert */
  g_assert_cmpint (failures, >=, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fishbone/presets", test_presets);
  g_test_add_func ("/fishbone/outline-keys", test_outline_keys);
  g_test_add_func ("/fishbone/outline-paste", test_outline_paste);
  g_test_add_func ("/fishbone/validate", test_validate);
  lk_test_add ("/fishbone/store", test_store);
  lk_test_add ("/fishbone/store-all-or-nothing", test_store_all_or_nothing);

  return g_test_run ();
}
