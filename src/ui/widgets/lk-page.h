/* lk-page.h: the base of every area's page
 *
 * The window knows pages only through this class and the area table
 * (lk-areas.c), so adding an area touches neither the window nor the
 * other pages. A page gets its store when it is made; it reads it in
 * its constructed().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_PAGE (lk_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (LkPage, lk_page, LK, PAGE, AdwBin)

struct _LkPageClass
{
  AdwBinClass parent_class;

  /* Ctrl+F: focus the page's search; FALSE when it has none. */
  gboolean (*focus_search) (LkPage     *self);
  /* Save what is being typed, before the window closes. */
  void     (*flush)        (LkPage     *self);
  /* Show an item by uuid, or a view the page names ("overdue" in Tiltak);
   * FALSE when the page does not know it. */
  gboolean (*show)         (LkPage     *self,
                            const char *target);
  /* The window is narrower than the sidebar and content side by side. */
  void     (*set_narrow)   (LkPage     *self,
                            gboolean    narrow);
  /* Back out of an open item to the page's list; FALSE when none is open. */
  gboolean (*go_back)      (LkPage     *self);
  /* Show the store as it is now; called once after changes in a row. */
  void     (*refresh)      (LkPage     *self);

  gpointer padding[2];
};

LkStore  *lk_page_get_store    (LkPage     *self);
void      lk_page_set_views    (LkPage       *self,
                                AdwViewStack *views);
AdwViewStack *lk_page_get_views (LkPage    *self);
LkPage   *lk_page_of           (GtkWidget  *widget);
gboolean  lk_page_focus_search (LkPage     *self);
void      lk_page_flush        (LkPage     *self);
gboolean  lk_page_show         (LkPage     *self,
                                const char *target);
void      lk_page_set_narrow   (LkPage     *self,
                                gboolean    narrow);
gboolean  lk_page_go_back      (LkPage     *self);
void      lk_page_toast        (LkPage     *self,
                                AdwToast   *toast);
void      lk_page_watch        (LkPage             *self,
                                const char * const *areas);
void      lk_page_queue_refresh (LkPage    *self);

/* Every page and editor reports toasts with a "toast" signal that the
 * one who opened it forwards; the window shows what its pages report. */
guint     lk_toast_signal_new  (GType       type);
void      lk_toast_emit        (gpointer    instance,
                                AdwToast   *toast);
void      lk_toast_emit_text   (gpointer    instance,
                                const char *message);
void      lk_toast_forward     (gpointer    from,
                                gpointer    to);
void      lk_present           (GtkWindow  *dialog,
                                gpointer    opener);

G_END_DECLS
