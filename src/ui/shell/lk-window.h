/* lk-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_WINDOW (lk_window_get_type ())

G_DECLARE_FINAL_TYPE (LkWindow, lk_window, LK, WINDOW, AdwApplicationWindow)

LkWindow *lk_window_new        (GtkApplication *app,
                                LkStore        *store,
                                GSettings      *settings);
void      lk_window_show_page  (LkWindow      *self,
                                const char    *page);
void      lk_window_show_toast (LkWindow      *self,
                                const char    *message);
void      lk_window_add_toast  (LkWindow      *self,
                                AdwToast      *toast);
void      lk_window_show_error (LkWindow      *self,
                                const char    *heading,
                                const GError  *error);

G_END_DECLS
