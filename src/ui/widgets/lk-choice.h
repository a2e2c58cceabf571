/* lk-choice.h: one item to choose in a drop-down, with the id it stands for
 *
 * Drop-downs of things stored elsewhere (a goal, a unit, a risk) show a
 * label and give back an id; the list holds both, so nothing keeps a
 * second array beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LK_TYPE_CHOICE (lk_choice_get_type ())
G_DECLARE_FINAL_TYPE (LkChoice, lk_choice, LK, CHOICE, GObject)

LkChoice   *lk_choice_new          (const char *label,
                                    const char *id);
const char *lk_choice_get_label    (LkChoice   *self);
const char *lk_choice_get_id       (LkChoice   *self);
void        lk_choice_append       (GListStore *choices,
                                    const char *label,
                                    const char *id);
guint       lk_choice_find         (GListModel *choices,
                                    const char *id);
const char *lk_choice_selected_id  (GListModel *choices,
                                    guint       position);
GtkExpression *lk_choice_expression (void);

G_END_DECLS
