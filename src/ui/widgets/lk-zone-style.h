/* lk-zone-style.h: the risk zones' colours for widgets, from the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lk_zone_style_install (GdkDisplay *display);

G_END_DECLS
