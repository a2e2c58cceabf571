/* lk-page.c: the base of every area's page, and the toast signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-later.h"
#include "lk-page.h"

typedef struct
{
  LkStore      *store;
  AdwViewStack *views;   /* not owned: a child of the page */
  LkLater       refresh;
} LkPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LkPage, lk_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * lk_page_set_views:
 *
 * The page's sub-views: the window shows their switcher in its header
 * when there is room, and in a bar at the bottom when narrow, as in every
 * libadwaita application. Called once by a page with sub-views.
 */
void
lk_page_set_views (LkPage       *self,
                   AdwViewStack *views)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_if_fail (LK_IS_PAGE (self));

  priv->views = views;
}

/* Returns: (nullable) (transfer none): the sub-views, or %NULL */
AdwViewStack *
lk_page_get_views (LkPage *self)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_val_if_fail (LK_IS_PAGE (self), NULL);

  return priv->views;
}

LkStore *
lk_page_get_store (LkPage *self)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_val_if_fail (LK_IS_PAGE (self), NULL);

  return priv->store;
}

/* The page a widget is on: its store, and where its dialogs' toasts go */
LkPage *
lk_page_of (GtkWidget *widget)
{
  GtkWidget *page = gtk_widget_get_ancestor (widget, LK_TYPE_PAGE);

  return page ? LK_PAGE (page) : NULL;
}

gboolean
lk_page_focus_search (LkPage *self)
{
  g_return_val_if_fail (LK_IS_PAGE (self), FALSE);

  return LK_PAGE_GET_CLASS (self)->focus_search != NULL &&
         LK_PAGE_GET_CLASS (self)->focus_search (self);
}

void
lk_page_flush (LkPage *self)
{
  g_return_if_fail (LK_IS_PAGE (self));

  if (LK_PAGE_GET_CLASS (self)->flush != NULL)
    LK_PAGE_GET_CLASS (self)->flush (self);
}

gboolean
lk_page_show (LkPage     *self,
              const char *target)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_val_if_fail (LK_IS_PAGE (self), FALSE);

  /* A change not shown yet is shown first: the item may be new */
  if (lk_later_pending (&priv->refresh))
    {
      lk_later_cancel (&priv->refresh);
      LK_PAGE_GET_CLASS (self)->refresh (self);
    }

  return target != NULL && LK_PAGE_GET_CLASS (self)->show != NULL &&
         LK_PAGE_GET_CLASS (self)->show (self, target);
}

void
lk_page_set_narrow (LkPage   *self,
                    gboolean  narrow)
{
  g_return_if_fail (LK_IS_PAGE (self));

  if (LK_PAGE_GET_CLASS (self)->set_narrow != NULL)
    LK_PAGE_GET_CLASS (self)->set_narrow (self, narrow);
}

/* The window's back button, shown when narrow, backs out of an open item
 * first, so a page needs no back button of its own there. */
gboolean
lk_page_go_back (LkPage *self)
{
  g_return_val_if_fail (LK_IS_PAGE (self), FALSE);

  return LK_PAGE_GET_CLASS (self)->go_back != NULL &&
         LK_PAGE_GET_CLASS (self)->go_back (self);
}

void
lk_page_toast (LkPage   *self,
               AdwToast *toast)
{
  g_return_if_fail (LK_IS_PAGE (self));

  lk_toast_emit (self, toast);
}

static void
refresh (LkPage *self)
{
  LK_PAGE_GET_CLASS (self)->refresh (self);
}

/**
 * lk_page_queue_refresh:
 *
 * Calls the page's refresh() when the main loop is idle: many changes in
 * a row (an import, example data, a save in every area) give one refresh.
 */
void
lk_page_queue_refresh (LkPage *self)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_if_fail (LK_IS_PAGE (self));
  g_return_if_fail (LK_PAGE_GET_CLASS (self)->refresh != NULL);

  lk_later_queue (&priv->refresh);
}

/**
 * lk_page_watch:
 * @areas: the areas the page shows, %NULL-terminated
 *
 * Queues a refresh when any of @areas changes (and on changed::all and
 * changed::settings, as lk_store_watch()).
 */
void
lk_page_watch (LkPage             *self,
               const char * const *areas)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  g_return_if_fail (LK_IS_PAGE (self));
  g_return_if_fail (priv->store != NULL);

  lk_store_watch (priv->store, areas, G_CALLBACK (lk_page_queue_refresh), self);
}

static void
lk_page_dispose (GObject *object)
{
  LkPagePrivate *priv = lk_page_get_instance_private (LK_PAGE (object));

  lk_later_cancel (&priv->refresh);

  G_OBJECT_CLASS (lk_page_parent_class)->dispose (object);
}

static void
lk_page_finalize (GObject *object)
{
  LkPagePrivate *priv = lk_page_get_instance_private (LK_PAGE (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (lk_page_parent_class)->finalize (object);
}

static void
lk_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LkPagePrivate *priv = lk_page_get_instance_private (LK_PAGE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LkPagePrivate *priv = lk_page_get_instance_private (LK_PAGE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_page_class_init (LkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lk_page_dispose;
  object_class->finalize = lk_page_finalize;
  object_class->set_property = lk_page_set_property;
  object_class->get_property = lk_page_get_property;

  /**
   * LkPage:store:
   *
   * The store the page shows, given when it is made.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LkPage::toast:
   * @toast: the toast, with its Undo button if it has one
   *
   * The window shows it.
   */
  lk_toast_signal_new (LK_TYPE_PAGE);
}

static void
lk_page_init (LkPage *self)
{
  LkPagePrivate *priv = lk_page_get_instance_private (self);

  lk_later_init (&priv->refresh, 0, (LkLaterFunc) refresh, self);
}

/**
 * lk_toast_signal_new:
 *
 * Adds the "toast" signal to an editor or sub-page class, for
 * lk_toast_emit() and lk_toast_forward().
 */
guint
lk_toast_signal_new (GType type)
{
  return g_signal_new ("toast", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

/* Takes the toast, as adw_toast_overlay_add_toast() does. */
void
lk_toast_emit (gpointer  instance,
               AdwToast *toast)
{
  g_autoptr(AdwToast) owned = toast;

  g_signal_emit_by_name (instance, "toast", owned);
}

void
lk_toast_emit_text (gpointer    instance,
                    const char *message)
{
  lk_toast_emit (instance, adw_toast_new (message));
}

static void
on_forward_toast (GObject  *from,
                  AdwToast *toast,
                  GObject  *to)
{
  g_signal_emit_by_name (to, "toast", toast);
}

/* From a dialog (or a part of a page) to its opener, while both live. */
void
lk_toast_forward (gpointer from,
                  gpointer to)
{
  g_signal_connect_object (from, "toast", G_CALLBACK (on_forward_toast), to, 0);
}

/**
 * lk_present:
 * @dialog: (nullable): an editor or other dialog
 * @opener: what opened it: its toasts go there
 *
 * Presents the dialog; the opener shows what the dialog reports.
 */
static void
on_open (GtkWindow  *dialog,
         const char *area,
         const char *target,
         GtkWidget  *opener)
{
  gtk_widget_activate_action (opener, "win.open", "(ss)", area, target);
}

void
lk_present (GtkWindow *dialog,
            gpointer   opener)
{
  if (dialog == NULL)
    return;

  if (g_signal_lookup ("toast", G_OBJECT_TYPE (dialog)) != 0)
    lk_toast_forward (dialog, opener);
  /* What an editor opens, the opener's window shows */
  if (g_signal_lookup ("open", G_OBJECT_TYPE (dialog)) != 0 && GTK_IS_WIDGET (opener))
    g_signal_connect_object (dialog, "open", G_CALLBACK (on_open), opener, 0);
  gtk_window_present (dialog);
}
