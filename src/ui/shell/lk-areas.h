/* lk-areas.h: the areas of the application, declared once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  const char  *id;           /* page name, "Go to" target, GSettings value */
  const char  *title;        /* N_(): the sidebar's name */
  const char  *icon;
  GType      (*page_type) (void);  /* an LkPage */
  const char  *description;  /* N_(): for an area whose page is not built yet */
} LkArea;

const LkArea *lk_areas       (guint      *n_areas);
const LkArea *lk_area_find   (const char *id);
int           lk_area_index  (const char *id);

G_END_DECLS
