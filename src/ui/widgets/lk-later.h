/* lk-later.h: a call put off until a pause
 *
 * The autosaves wait for a pause in typing; each new keystroke restarts
 * the wait. A view that follows the store waits for the main loop to be
 * idle, so many changes in a row give one refresh. The owner embeds the
 * LkLater, and cancels it in its dispose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef void (*LkLaterFunc) (gpointer data);

typedef struct
{
  LkLaterFunc func;
  gpointer    data;
  guint       delay_ms;   /* 0: when the main loop is idle */
  guint       id;
} LkLater;

void     lk_later_init     (LkLater     *self,
                            guint        delay_ms,
                            LkLaterFunc  func,
                            gpointer     data);
void     lk_later_restart  (LkLater     *self);
void     lk_later_queue    (LkLater     *self);
gboolean lk_later_pending  (LkLater     *self);
void     lk_later_cancel   (LkLater     *self);

G_END_DECLS
