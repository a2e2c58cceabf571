/* lk-chart-bowtie.h: causes → preventive barriers → top event →
 * mitigating barriers → consequences, laid out automatically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"

G_BEGIN_DECLS

typedef struct
{
  const char         *text;
  const char * const *barriers;    /* NULL-terminated, may be NULL */
} LkBowtieBranch;

typedef struct
{
  const char           *top_event;
  const LkBowtieBranch *causes;
  guint                 n_causes;
  const LkBowtieBranch *consequences;
  guint                 n_consequences;
} LkBowtie;

typedef struct
{
  LkRect   rect;
  gboolean preventive;   /* on a cause's branch, else mitigating */
  guint    branch;
  guint    index;
} LkBowtieBarrier;

typedef struct
{
  LkRect  top;
  GArray *causes;        /* LkRect */
  GArray *consequences;  /* LkRect */
  GArray *barriers;      /* LkBowtieBarrier */
} LkBowtieLayout;

void lk_chart_bowtie_layout       (const LkBowtie     *bowtie,
                                   double              width,
                                   double              height,
                                   LkBowtieLayout     *layout);
void lk_chart_bowtie_layout_clear (LkBowtieLayout     *layout);
guint lk_chart_bowtie_draw        (cairo_t            *cr,
                                   double              width,
                                   double              height,
                                   const LkBowtie     *bowtie,
                                   const LkChartStyle *style);

G_END_DECLS
