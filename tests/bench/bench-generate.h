/* bench-generate.h: the large database the figures are taken on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The same date in every figure and generated item */
#define TODAY "2026-05-10"

int lk_bench_generate (const char *path,
                       guint       n_measures,
                       guint       n_entries);

G_END_DECLS
