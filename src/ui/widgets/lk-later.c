/* lk-later.c: a call put off until a pause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-later.h"

void
lk_later_init (LkLater     *self,
               guint        delay_ms,
               LkLaterFunc  func,
               gpointer     data)
{
  g_return_if_fail (self != NULL && func != NULL);

  self->func = func;
  self->data = data;
  self->delay_ms = delay_ms;
  self->id = 0;
}

static gboolean
on_later (gpointer data)
{
  LkLater *self = data;

  self->id = 0;
  self->func (self->data);

  return G_SOURCE_REMOVE;
}

/* The wait starts again: the call comes a whole delay after the last one */
void
lk_later_restart (LkLater *self)
{
  g_return_if_fail (self != NULL && self->func != NULL);

  lk_later_cancel (self);
  self->id = self->delay_ms == 0 ? g_idle_add (on_later, self)
                                 : g_timeout_add (self->delay_ms, on_later, self);
}

/* One call for many: a call already waiting keeps its time */
void
lk_later_queue (LkLater *self)
{
  g_return_if_fail (self != NULL && self->func != NULL);

  if (self->id == 0)
    lk_later_restart (self);
}

gboolean
lk_later_pending (LkLater *self)
{
  return self->id != 0;
}

void
lk_later_cancel (LkLater *self)
{
  g_clear_handle_id (&self->id, g_source_remove);
}
