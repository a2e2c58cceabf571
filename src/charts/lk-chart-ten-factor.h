/* lk-chart-ten-factor.h: the 10-faktor charts
 *
 * - a round's result: a row per factor with the mean as a bar on the 1–5
 *   scale, markers for the comparison values and the previous round,
 *   reference lines at 4.0 and 4.5 (KS advises above 4, best around 4.5),
 *   the chosen factors marked, the response in the heading;
 * - over rounds: small multiples, one per factor, on one scale;
 * - the distribution: answers 1–2 left of the middle, 4–5 right, 3 across
 *   it, in colours that say neither good nor bad.
 *
 * Rounds come with the anonymity rule applied: a hidden round has no
 * results, and the charts say why where they would be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-ten-factor.h"

G_BEGIN_DECLS

/* The comparison marks: the three kinds, then the previous round */
#define LK_TF_MARK_PREVIOUS LK_COMPARISON_N
#define LK_TF_MARKS         (LK_COMPARISON_N + 1)

typedef struct
{
  LkRect   heading;
  LkRect   plot;                       /* the rows, the scale under them */
  double   x1, x5;                     /* where 1.0 and 5.0 are */
  double   row_height;
  LkRect   labels[LK_TEN_FACTOR_N];
  LkRect   bars[LK_TEN_FACTOR_N];      /* width 0 without a mean */
  double   marks[LK_TEN_FACTOR_N][LK_TF_MARKS];   /* x, or NAN */
  double   mark_size;
  LkRect   legend;
  gboolean hidden;                     /* the round's results are not shown */
} LkTfRoundLayout;

void   lk_chart_ten_factor_round_layout (LkSurveyRound       *round,
                                         LkSurveyRound       *previous,
                                         double               width,
                                         double               height,
                                         LkTfRoundLayout     *layout);
double lk_chart_ten_factor_x            (const LkTfRoundLayout *layout,
                                         double               mean);
int    lk_chart_ten_factor_row_at       (const LkTfRoundLayout *layout,
                                         double               x,
                                         double               y);
void   lk_chart_ten_factor_round_draw   (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         LkSurveyRound       *round,
                                         LkSurveyRound       *previous,
                                         guint                threshold,
                                         const LkChartStyle  *style);

typedef struct
{
  guint    columns;
  LkRect   cells[LK_TEN_FACTOR_N];     /* each factor's small chart */
  LkRect   plots[LK_TEN_FACTOR_N];
  double   lo, hi;                     /* one value scale for all */
  int      first_year, last_year;
  LkRect   legend;
} LkTfTrendLayout;

void   lk_chart_ten_factor_trend_layout (GPtrArray           *rounds,
                                         double               width,
                                         double               height,
                                         LkTfTrendLayout     *layout);
double lk_chart_ten_factor_trend_x      (const LkTfTrendLayout *layout,
                                         guint                factor,
                                         int                  year);
double lk_chart_ten_factor_trend_y      (const LkTfTrendLayout *layout,
                                         guint                factor,
                                         double               mean);
void   lk_chart_ten_factor_trend_draw   (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         GPtrArray           *rounds,
                                         const LkChartStyle  *style);

typedef struct
{
  LkRect   plot;
  double   centre;                     /* the middle of answer 3 */
  double   scale;                      /* pixels per share (0–1) */
  double   row_height;
  LkRect   labels[LK_TEN_FACTOR_N];
  LkRect   segments[LK_TEN_FACTOR_N][5];   /* width 0 without answers */
  LkRect   legend;
  gboolean any;                        /* some factor has answers */
} LkTfSpreadLayout;

void   lk_chart_ten_factor_spread_layout (LkSurveyRound      *round,
                                          double              width,
                                          double              height,
                                          LkTfSpreadLayout   *layout);
void   lk_chart_ten_factor_spread_draw   (cairo_t            *cr,
                                          double              width,
                                          double              height,
                                          LkSurveyRound      *round,
                                          guint               threshold,
                                          const LkChartStyle *style);
const LkColor *lk_chart_ten_factor_answer_color (const LkChartStyle *style,
                                                 guint               answer);

G_END_DECLS
