/* lk-brief-pages.c: a ROS-samtale's brief, paginated
 *
 * The document is a flow of blocks (headings, paragraphs, table rows,
 * figures), each measured once; pages are cut between blocks, a heading
 * never left alone at the foot of a page and a table's column titles
 * repeated on the page it continues on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "lk-brief-pages.h"
#include "lk-document-text.h"
#include "lk-chart.h"
#include "lk-chart-export.h"
#include "lk-chart-heatmap.h"
#include "lk-chart-ten-factor.h"
#include "lk-date.h"
#include "lk-dev-goal.h"
#include "lk-masterplan.h"
#include "lk-measure.h"
#include "lk-risk.h"
#include "lk-risk-matrix.h"
#include "lk-ten-factor.h"

#define MARGIN      48.0
#define HEADER      28.0   /* the running head's band at the top */
#define FOOTER      28.0
#define PAD         3.0
#define BODY        9.5
#define SMALL       8.0
#define MAX_CELLS   6
#define FIGURE_H    250.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_FACTS,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_TABLE_HEAD,
  BLOCK_ROW,
  BLOCK_HEAT_MAP,
  BLOCK_SURVEY,
  BLOCK_SPACE,
} BlockKind;

typedef enum
{
  CHIP_NONE = -1,
  CHIP_GREEN,
  CHIP_YELLOW,
  CHIP_RED,
  CHIP_GREY,
} Chip;

typedef struct
{
  BlockKind     kind;
  char         *text;
  char         *cells[MAX_CELLS];
  guint         n_cells;
  const double *weights;        /* of the table's width */
  Chip          chip;           /* a coloured mark before the first cell */
  int           table;          /* the table head block it belongs to, or -1 */
  gboolean      keep;           /* stays on the page of the block after it */
  double        height;
} Block;

struct _LkBriefPages
{
  LkConversation *conversation;
  double          width;
  double          height;
  char           *running_head;
  GArray         *blocks;       /* Block */
  GArray         *starts;       /* guint: a page's first block */
  GArray         *repeat;       /* int: the table head to repeat at a page's top, or -1 */
  /* For the figures, rebuilt from the snapshot */
  LkRiskMatrix    matrix;
  GArray         *heat;         /* LkHeatRisk */
  LkSurveyRound  *round;
  LkSurveyRound  *previous;
  guint           threshold;
};

/* --- text ------------------------------------------------------------------------- */

static double
text_height (cairo_t    *cr,
             const char *text,
             double      width,
             double      size,
             gboolean    bold,
             gboolean    italic)
{
  g_autoptr(PangoLayout) layout = lk_document_layout (cr, text, width, size, bold, italic);
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);

  return h;
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      size,
           gboolean    bold,
           gboolean    italic)
{
  g_autoptr(PangoLayout) layout = lk_document_layout (cr, text, width, size, bold, italic);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* --- building the flow --------------------------------------------------------------- */

typedef struct
{
  LkBriefPages *pages;
  int           table;     /* the current table's head block, or -1 */
} Flow;

static Block *
push (Flow       *flow,
      BlockKind   kind,
      const char *text)
{
  Block block = { 0 };

  block.kind = kind;
  block.text = g_strdup (text);
  block.chip = CHIP_NONE;
  block.table = -1;
  g_array_append_val (flow->pages->blocks, block);
  if (kind != BLOCK_ROW && kind != BLOCK_TABLE_HEAD)
    flow->table = -1;

  return &g_array_index (flow->pages->blocks, Block, flow->pages->blocks->len - 1);
}

static void
heading (Flow       *flow,
         const char *text)
{
  push (flow, BLOCK_HEADING, text);
}

static void
subheading (Flow       *flow,
            const char *text)
{
  push (flow, BLOCK_SUBHEADING, text);
}

static void
paragraph (Flow       *flow,
           const char *text)
{
  push (flow, BLOCK_PARAGRAPH, text);
}

static void
note (Flow       *flow,
      const char *text)
{
  push (flow, BLOCK_NOTE, text);
}

static void
table_head (Flow               *flow,
            const double       *weights,
            guint               n,
            const char * const *titles)
{
  Block *block = push (flow, BLOCK_TABLE_HEAD, NULL);

  block->weights = weights;
  block->n_cells = n;
  for (guint i = 0; i < n; i++)
    block->cells[i] = g_strdup (titles[i]);
  flow->table = flow->pages->blocks->len - 1;
}

/* A row of the current table; takes the cells */
static void
row (Flow  *flow,
     Chip   chip,
     char **cells)
{
  int table = flow->table;
  Block *head = &g_array_index (flow->pages->blocks, Block, table);
  Block *block = push (flow, BLOCK_ROW, NULL);

  head = &g_array_index (flow->pages->blocks, Block, table);
  block->weights = head->weights;
  block->n_cells = head->n_cells;
  block->chip = chip;
  block->table = table;
  for (guint i = 0; i < head->n_cells; i++)
    block->cells[i] = cells[i];
  flow->table = table;
}

/* Whole kroner in groups of three, as Norwegian writes them (48 500 000) */
static char *
format_amount (double value)
{
  g_autofree char *digits = NULL;
  g_autoptr(GString) grouped = g_string_new (value < 0 ? "−" : "");
  gsize n;

  if (isnan (value))
    return g_strdup ("–");
  digits = g_strdup_printf ("%.0f", fabs (round (value)));
  n = strlen (digits);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (grouped, "\u00a0");
      g_string_append_c (grouped, digits[i]);
    }

  /* Translators: a sum in Norwegian kroner */
  return g_strdup_printf (_("%s kr"), grouped->str);
}

static Chip
chip_of_status (int status)
{
  switch (status)
    {
    case LK_GOAL_STATUS_GREEN:  return CHIP_GREEN;
    case LK_GOAL_STATUS_YELLOW: return CHIP_YELLOW;
    case LK_GOAL_STATUS_RED:    return CHIP_RED;
    default:                    return CHIP_GREY;
    }
}

static Chip
chip_of_zone (int zone)
{
  switch (zone)
    {
    case LK_ZONE_GREEN:  return CHIP_GREEN;
    case LK_ZONE_YELLOW: return CHIP_YELLOW;
    case LK_ZONE_RED:    return CHIP_RED;
    default:             return CHIP_GREY;
    }
}

static const char *
trend_text (int trend)
{
  switch (trend)
    {
    /* Translators: a KPI's trend since the last conversation, in the brief */
    case LK_TREND_BETTER: return _("↑ Better");
    case LK_TREND_SAME:   return _("→ Same");
    case LK_TREND_WORSE:  return _("↓ Worse");
    default:              return "–";
    }
}

static const char *
zone_text (int zone)
{
  return zone < 0 ? _("Not assessed") : lk_zone_to_label (zone);
}

static char *
date_or_dash (const char *iso)
{
  return iso ? lk_date_format (iso) : g_strdup ("–");
}

static const char *
dev_goal_status_text (int status)
{
  switch (status)
    {
    case LK_DEV_GOAL_ACHIEVED: return _("Achieved");
    case LK_DEV_GOAL_ARCHIVED: return _("Archived");
    default:                   return _("Active");
    }
}

static const double kpi_weights[] = { 0.30, 0.28, 0.14, 0.09, 0.09, 0.10 };
static const double measure_weights[] = { 0.46, 0.22, 0.14, 0.18 };
static const double benefit_weights[] = { 0.36, 0.16, 0.16, 0.16, 0.16 };
static const double budget_weights[] = { 0.25, 0.25, 0.25, 0.25 };
static const double risk_weights[] = { 0.38, 0.26, 0.12, 0.12, 0.12 };
static const double deviation_weights[] = { 0.40, 0.20, 0.20, 0.20 };
static const double open_weights[] = { 0.52, 0.16, 0.16, 0.16 };
static const double factor_weights[] = { 0.46, 0.18, 0.18, 0.18 };
static const double goal_weights[] = { 0.60, 0.20, 0.20 };

static gboolean
has_kind (LkConversation *c,
          LkAgendaTopic   topic,
          LkBriefKind     kind,
          int             grade)
{
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);

      if (item->topic == topic && item->kind == kind && (grade < 0 || item->grade == grade))
        return TRUE;
    }

  return FALSE;
}

static void
add_kpis (Flow            *flow,
          LkConversation  *c,
          LkAgendaTopic    topic)
{
  const char *titles[] = { N_("Figure"), N_("Goal"), N_("Status"), N_("Value"), N_("Target"), N_("Trend") };
  const char *translated[G_N_ELEMENTS (titles)];

  if (!has_kind (c, topic, LK_BRIEF_KPI, -1) && !has_kind (c, topic, LK_BRIEF_GOAL, -1))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    translated[i] = _(titles[i]);
  subheading (flow, _("Goals and figures"));
  table_head (flow, kpi_weights, G_N_ELEMENTS (titles), translated);
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);
      char *cells[MAX_CELLS] = { 0 };

      if (item->topic != topic || (item->kind != LK_BRIEF_KPI && item->kind != LK_BRIEF_GOAL))
        continue;
      cells[0] = g_strdup (item->title);
      cells[1] = g_strdup (item->kind == LK_BRIEF_KPI ? item->subtitle : (item->text ? item->text : ""));
      cells[2] = g_strdup (lk_goal_status_name (item->grade));
      cells[3] = g_strdup (item->value ? item->value : "–");
      cells[4] = g_strdup (item->target ? item->target : "–");
      cells[5] = g_strdup (item->kind == LK_BRIEF_KPI ? trend_text (item->trend) : "–");
      row (flow, chip_of_status (item->grade), cells);
    }
}

static void
add_measures (Flow                *flow,
              LkConversation      *c,
              LkAgendaTopic        topic,
              LkBriefMeasureGroup  group)
{
  const char *titles[] = { _("Tiltak"), _("Owner"), _("Deadline"), _("Status") };

  if (!has_kind (c, topic, LK_BRIEF_MEASURE, group))
    return;
  subheading (flow, lk_brief_measure_group_title (group));
  table_head (flow, measure_weights, G_N_ELEMENTS (titles), titles);
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);
      char *cells[MAX_CELLS] = { 0 };

      if (item->topic != topic || item->kind != LK_BRIEF_MEASURE || item->grade != (int) group)
        continue;
      cells[0] = g_strdup (item->title);
      cells[1] = g_strdup (item->owner && *item->owner ? item->owner : "–");
      cells[2] = date_or_dash (item->date);
      cells[3] = g_strdup (lk_measure_status_to_label (CLAMP (item->trend, 0, LK_MEASURE_STATUS_N - 1)));
      row (flow, group == LK_BRIEF_OVERDUE ? CHIP_RED : CHIP_NONE, cells);
    }
}

static void
add_benefits (Flow           *flow,
              LkConversation *c,
              LkAgendaTopic   topic)
{
  const char *titles[] = { _("Benefit"), _("Identified"), _("Realised"), _("FTE identified"), _("FTE realised") };
  double totals[4] = { 0 };

  if (!has_kind (c, topic, LK_BRIEF_BENEFIT, -1))
    return;
  subheading (flow, _("Benefits identified and realised"));
  table_head (flow, benefit_weights, G_N_ELEMENTS (titles), titles);
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);
      char *cells[MAX_CELLS] = { 0 };

      if (item->topic != topic || item->kind != LK_BRIEF_BENEFIT)
        continue;
      cells[0] = g_strdup (item->title);
      cells[1] = format_amount (item->v[0]);
      cells[2] = format_amount (item->v[1]);
      cells[3] = isnan (item->v[2]) ? g_strdup ("–") : lk_format_number (item->v[2], 1);
      cells[4] = isnan (item->v[3]) ? g_strdup ("–") : lk_format_number (item->v[3], 1);
      for (guint k = 0; k < 4; k++)
        totals[k] += isnan (item->v[k]) ? 0 : item->v[k];
      row (flow, CHIP_NONE, cells);
    }
  {
    char *cells[MAX_CELLS] = { g_strdup (_("Total")), format_amount (totals[0]), format_amount (totals[1]),
                               lk_format_number (totals[2], 1), lk_format_number (totals[3], 1) };
    row (flow, CHIP_NONE, cells);
  }
}

static void
add_budget (Flow           *flow,
            LkConversation *c)
{
  const char *titles[] = { _("Budget"), _("Spent so far"), _("Forecast"), _("Deviation") };
  char *cells[MAX_CELLS] = { 0 };
  double percent, deviation;

  if (isnan (c->budget) && isnan (c->spent) && isnan (c->forecast))
    {
      note (flow, _("No budget figures were entered."));
      return;
    }
  deviation = lk_conversation_deviation (c, &percent);
  subheading (flow, _("Budget figures"));
  table_head (flow, budget_weights, G_N_ELEMENTS (titles), titles);
  cells[0] = format_amount (c->budget);
  cells[1] = format_amount (c->spent);
  cells[2] = format_amount (c->forecast);
  if (isnan (deviation))
    cells[3] = g_strdup ("–");
  else
    {
      g_autofree char *amount = format_amount (deviation);
      g_autofree char *share = lk_format_number (percent, 1);

      /* Translators: the budget's deviation in kroner and per cent; negative is an overrun */
      cells[3] = g_strdup_printf (_("%s (%s %%)"), amount, share);
    }
  row (flow, isnan (deviation) ? CHIP_NONE : deviation < 0 ? CHIP_RED : CHIP_GREEN, cells);
}

static void
add_risks (Flow           *flow,
           LkConversation *c)
{
  const char *risk_titles[] = { _("Risk"), _("Assessment"), _("Before"), _("After"), _("Follow-up") };
  const char *class_titles[] = { _("Cause"), _("In the period"), _("Still open"), _("High severity") };
  const char *open_titles[] = { _("Open deviation"), _("Date"), _("Severity"), _("Cause") };

  if (has_kind (c, LK_TOPIC_RISK, LK_BRIEF_RISK, -1))
    {
      guint number = 0;

      subheading (flow, _("Risks in the yellow and red zones"));
      table_head (flow, risk_weights, G_N_ELEMENTS (risk_titles), risk_titles);
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);
          char *cells[MAX_CELLS] = { 0 };

          if (item->kind != LK_BRIEF_RISK)
            continue;
          /* Numbered as in the heat map */
          cells[0] = !isnan (item->v[0]) && !isnan (item->v[1]) ? g_strdup_printf ("%u. %s", ++number, item->title)
                                                                : g_strdup (item->title);
          cells[1] = g_strdup (item->subtitle ? item->subtitle : "");
          cells[2] = g_strdup (zone_text (item->grade));
          cells[3] = g_strdup (zone_text (item->trend));
          cells[4] = date_or_dash (item->date);
          row (flow, chip_of_zone (item->trend >= 0 ? item->trend : item->grade), cells);
        }
      push (flow, BLOCK_HEAT_MAP, _("Heat map: before and after measures"));
    }
  if (has_kind (c, LK_TOPIC_RISK, LK_BRIEF_DEVIATIONS, -1))
    {
      subheading (flow, _("Deviations in the period, by cause"));
      table_head (flow, deviation_weights, G_N_ELEMENTS (class_titles), class_titles);
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);
          char *cells[MAX_CELLS] = { 0 };

          if (item->kind != LK_BRIEF_DEVIATIONS)
            continue;
          cells[0] = g_strdup (item->title);
          for (guint k = 0; k < 3; k++)
            cells[k + 1] = g_strdup_printf ("%.0f", isnan (item->v[k]) ? 0 : item->v[k]);
          row (flow, CHIP_NONE, cells);
        }
    }
  if (has_kind (c, LK_TOPIC_RISK, LK_BRIEF_DEVIATION, -1))
    {
      subheading (flow, _("Open deviations, and the plan for closing them"));
      table_head (flow, open_weights, G_N_ELEMENTS (open_titles), open_titles);
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);
          char *cells[MAX_CELLS] = { 0 };

          if (item->kind != LK_BRIEF_DEVIATION)
            continue;
          cells[0] = g_strdup (item->title);
          cells[1] = date_or_dash (item->date);
          cells[2] = g_strdup (lk_deviation_severity_to_label (CLAMP (item->grade, 1, 3)));
          cells[3] = g_strdup (item->subtitle ? item->subtitle : "");
          row (flow, item->grade >= 3 ? CHIP_RED : CHIP_NONE, cells);
        }
    }
}

static void
add_survey (Flow           *flow,
            LkConversation *c)
{
  const char *titles[] = { _("Factor"), _("Result"), _("Municipality"), _("Previous round") };

  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);
      g_autofree char *title = NULL;

      if (item->kind != LK_BRIEF_SURVEY)
        continue;
      /* Translators: the 10-faktor part of the brief: the unit and the year */
      title = g_strdup_printf (_("10-faktor: %s, %.0f"), item->title, item->v[2]);
      subheading (flow, title);
      if (item->grade != LK_RESULT_SHOWN)
        {
          note (flow, item->text ? item->text : _("The results are not shown: too few answered."));
          return;
        }
      if (!isnan (item->v[0]))
        {
          g_autofree char *response = isnan (item->v[1])
            ? g_strdup_printf (_("%.0f answered."), item->v[0])
            /* Translators: respondents of invited in the 10-faktor survey */
            : g_strdup_printf (_("%.0f of %.0f answered."), item->v[0], item->v[1]);
          paragraph (flow, response);
          /* The response belongs with the chart it introduces */
          g_array_index (flow->pages->blocks, Block, flow->pages->blocks->len - 1).keep = TRUE;
        }
      push (flow, BLOCK_SURVEY, _("10-faktor: the round's results against the comparison values"));
      table_head (flow, factor_weights, G_N_ELEMENTS (titles), titles);
      for (guint k = 0; k < c->brief->len; k++)
        {
          LkBriefItem *factor = g_ptr_array_index (c->brief, k);
          char *cells[MAX_CELLS] = { 0 };

          if (factor->kind != LK_BRIEF_SURVEY_FACTOR)
            continue;
          cells[0] = g_strdup_printf ("%d. %s", factor->grade, factor->title);
          for (guint v = 0; v < 3; v++)
            cells[v + 1] = isnan (factor->v[v]) ? g_strdup ("–") : lk_format_number (factor->v[v], 1);
          row (flow, CHIP_NONE, cells);
        }
      for (guint k = 0; k < c->brief->len; k++)
        {
          LkBriefItem *focus = g_ptr_array_index (c->brief, k);
          g_autofree char *line = NULL;

          if (focus->kind != LK_BRIEF_SURVEY_FOCUS)
            continue;
          /* Translators: a chosen factor in the brief: keep or improve, the factor, its goal statement */
          line = g_strdup_printf (_("%s: %s. %s"), lk_focus_kind_label (focus->trend), focus->title,
                                  focus->text ? focus->text : "");
          paragraph (flow, line);
          if (focus->subtitle != NULL && *focus->subtitle)
            {
              g_autofree char *date = date_or_dash (focus->date);
              g_autofree char *review = g_strdup_printf (_("Last review (%s): %s"), date, focus->subtitle);
              note (flow, review);
            }
        }
    }
}

static void
add_support (Flow           *flow,
             LkConversation *c)
{
  const char *titles[] = { _("Development goal"), _("Progress"), _("Status") };

  if (has_kind (c, LK_TOPIC_SUPPORT, LK_BRIEF_DEV_GOAL, -1))
    {
      subheading (flow, _("The Jeg-plan's development goals"));
      table_head (flow, goal_weights, G_N_ELEMENTS (titles), titles);
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);
          char *cells[MAX_CELLS] = { 0 };

          if (item->kind != LK_BRIEF_DEV_GOAL)
            continue;
          cells[0] = g_strdup (item->title);
          cells[1] = isnan (item->v[0]) ? g_strdup ("–") : g_strdup_printf ("%.0f %%", item->v[0]);
          cells[2] = g_strdup (dev_goal_status_text (item->grade));
          row (flow, CHIP_NONE, cells);
        }
    }
  if (has_kind (c, LK_TOPIC_SUPPORT, LK_BRIEF_LOG_ENTRY, -1))
    {
      subheading (flow, _("From the learning log, shared by the leader"));
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);
          g_autofree char *date = NULL;
          g_autofree char *line = NULL;

          if (item->kind != LK_BRIEF_LOG_ENTRY)
            continue;
          date = date_or_dash (item->date);
          line = g_strdup_printf ("%s · %s", date, item->title && *item->title ? item->title : _("Untitled"));
          push (flow, BLOCK_SUBHEADING, line);
          if (item->text && *item->text)
            paragraph (flow, item->text);
        }
    }
}

static void
build (Flow                  *flow,
       const LkBriefDocument *doc)
{
  LkConversation *c = doc->conversation;
  g_autofree char *period = lk_conversation_period_label (c);
  g_autofree char *date = lk_date_format (c->date);
  g_autoptr(GString) facts = g_string_new (NULL);

  push (flow, BLOCK_TITLE, _("ROS-samtale"));
  /* Translators: the brief's first lines: whom with (and role), the period and year */
  g_string_append_printf (facts, _("With: %s%s%s"), c->with_name, *c->with_role ? ", " : "", c->with_role);
  if (doc->leader && *doc->leader)
    g_string_append_printf (facts, "\n%s %s", _("Leader:"), doc->leader);
  if (*c->unit)
    g_string_append_printf (facts, "\n%s %s", _("Unit:"), c->unit);
  g_string_append_printf (facts, "\n%s %s%s%s · %s %d", _("Date:"), date, c->time ? " " : "", c->time ? c->time : "",
                          period, lk_conversation_year (c));
  g_string_append_printf (facts, "\n%s %s", _("Status:"), lk_conversation_status_name (c->status));
  if (c->prepared)
    {
      g_autofree char *day = g_strndup (c->prepared, 10);
      g_autofree char *when = lk_date_format (day);
      g_string_append_printf (facts, "\n%s %s", _("Figures as of:"), when);
    }
  push (flow, BLOCK_FACTS, facts->str);

  for (guint t = 0; t < LK_TOPIC_N; t++)
    {
      g_autofree char *title = g_strdup_printf ("%u. %s", t + 1, lk_agenda_topic_title (t));

      heading (flow, title);
      if (c->texts[t] && *c->texts[t])
        paragraph (flow, c->texts[t]);
      else
        note (flow, _("The leader wrote nothing for this topic."));

      switch ((LkAgendaTopic) t)
        {
        case LK_TOPIC_QUALITY:
          add_kpis (flow, c, t);
          break;
        case LK_TOPIC_GOALS:
          add_kpis (flow, c, t);
          add_measures (flow, c, t, LK_BRIEF_OVERDUE);
          add_measures (flow, c, t, LK_BRIEF_DUE);
          add_measures (flow, c, t, LK_BRIEF_DONE);
          add_benefits (flow, c, t);
          break;
        case LK_TOPIC_BUDGET:
          add_budget (flow, c);
          add_kpis (flow, c, t);
          break;
        case LK_TOPIC_RISK:
          add_risks (flow, c);
          break;
        case LK_TOPIC_OTHER:
          add_measures (flow, c, t, LK_BRIEF_AGREED);
          add_survey (flow, c);
          break;
        case LK_TOPIC_SUPPORT:
          add_support (flow, c);
          break;
        case LK_TOPIC_POLITICAL:
        default:
          break;
        }
      for (guint i = 0; i < c->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (c->brief, i);

          if (item->topic == t && item->kind == LK_BRIEF_NOTE)
            note (flow, item->title);
        }
      if (c->notes[t] && *c->notes[t])
        {
          subheading (flow, _("Notes from the conversation"));
          paragraph (flow, c->notes[t]);
        }
    }

  heading (flow, _("Agreed tiltak"));
  if (doc->agreed == NULL || g_list_model_get_n_items (doc->agreed) == 0)
    note (flow, _("No tiltak agreed yet."));
  else
    {
      const char *titles[] = { _("Tiltak"), _("Owner"), _("Deadline"), _("Status") };
      guint n = g_list_model_get_n_items (doc->agreed);

      table_head (flow, measure_weights, G_N_ELEMENTS (titles), titles);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LkMeasure) m = g_list_model_get_item (doc->agreed, i);
          char *cells[MAX_CELLS] = { 0 };

          cells[0] = g_strdup (lk_measure_get_title (m));
          cells[1] = g_strdup (lk_measure_get_owner (m) && *lk_measure_get_owner (m) ? lk_measure_get_owner (m) : "–");
          cells[2] = date_or_dash (lk_measure_get_deadline (m));
          cells[3] = g_strdup (lk_measure_status_to_label (lk_measure_get_status (m)));
          row (flow, CHIP_NONE, cells);
        }
    }
  if (c->next_date)
    {
      g_autofree char *next = lk_date_format (c->next_date);
      g_autofree char *line = g_strdup_printf (_("Next conversation: %s"), next);

      push (flow, BLOCK_SPACE, NULL);
      paragraph (flow, line);
    }
}

/* --- measuring and cutting --------------------------------------------------------- */

static void
column_geometry (const LkBriefPages *pages,
                 const Block        *block,
                 double             *x,
                 double             *w)
{
  double left = MARGIN, width = pages->width - 2 * MARGIN;

  for (guint i = 0; i < block->n_cells; i++)
    {
      x[i] = left;
      w[i] = width * block->weights[i];
      left += w[i];
    }
}

static double
measure (LkBriefPages *pages,
         cairo_t      *cr,
         Block        *block)
{
  double width = pages->width - 2 * MARGIN;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      return text_height (cr, block->text, width, 20, TRUE, FALSE) + 8;
    case BLOCK_FACTS:
      return text_height (cr, block->text, width, BODY, FALSE, FALSE) + 10;
    case BLOCK_HEADING:
      return text_height (cr, block->text, width, 13, TRUE, FALSE) + 14;
    case BLOCK_SUBHEADING:
      return text_height (cr, block->text, width, 10, TRUE, FALSE) + 8;
    case BLOCK_PARAGRAPH:
      return text_height (cr, block->text, width, BODY, FALSE, FALSE) + 6;
    case BLOCK_NOTE:
      return text_height (cr, block->text, width, SMALL + 0.5, FALSE, TRUE) + 5;
    case BLOCK_TABLE_HEAD:
    case BLOCK_ROW:
      {
        double x[MAX_CELLS], w[MAX_CELLS], h = 0;

        column_geometry (pages, block, x, w);
        for (guint i = 0; i < block->n_cells; i++)
          h = MAX (h, text_height (cr, block->cells[i], w[i] - 2 * PAD - (i == 0 && block->chip != CHIP_NONE ? 10 : 0),
                                   SMALL, block->kind == BLOCK_TABLE_HEAD, FALSE));
        return h + 2 * PAD;
      }
    case BLOCK_HEAT_MAP:
    case BLOCK_SURVEY:
      return FIGURE_H + text_height (cr, block->text, width, SMALL, FALSE, TRUE) + 12;
    case BLOCK_SPACE:
    default:
      return 8;
    }
}

/* A heading and what introduces a table stay with what follows them */
static gboolean
keeps_with_next (const Block *block)
{
  return block->keep || block->kind == BLOCK_HEADING || block->kind == BLOCK_SUBHEADING ||
         block->kind == BLOCK_TABLE_HEAD;
}

static void
cut_pages (LkBriefPages *pages)
{
  double top = MARGIN + HEADER;
  double bottom = pages->height - MARGIN - FOOTER;
  double y = top;
  int repeat = -1;
  guint n = pages->blocks->len;

  g_array_append_val (pages->starts, (guint) { 0 });
  g_array_append_val (pages->repeat, repeat);
  for (guint i = 0; i < n; i++)
    {
      Block *block = &g_array_index (pages->blocks, Block, i);
      double need = block->height;
      gboolean page_empty = y == top ||
        (repeat >= 0 && y == top + g_array_index (pages->blocks, Block, repeat).height);

      /* What keeps with the next needs room for the next as well */
      for (guint k = i; k + 1 < n && keeps_with_next (&g_array_index (pages->blocks, Block, k)); k++)
        need += g_array_index (pages->blocks, Block, k + 1).height;

      if (y + need > bottom && !page_empty)
        {
          repeat = block->kind == BLOCK_ROW ? block->table : -1;
          g_array_append_val (pages->starts, i);
          g_array_append_val (pages->repeat, repeat);
          y = top + (repeat >= 0 ? g_array_index (pages->blocks, Block, repeat).height : 0);
        }
      y += block->height;
    }
}

/* The figures are drawn from the snapshot, by the charts' own code */
static void
rebuild_figures (LkBriefPages   *pages,
                 LkConversation *c)
{
  LkSurveyComparison *municipality = NULL;
  guint number = 0;

  lk_risk_matrix_init (&pages->matrix, 5, LK_LABELS_GENERIC);
  pages->heat = g_array_new (FALSE, FALSE, sizeof (LkHeatRisk));
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);

      if (item->kind == LK_BRIEF_RISK && !isnan (item->v[0]) && !isnan (item->v[1]))
        {
          LkHeatRisk heat = {
            .number = ++number,
            .probability = item->v[0],
            .consequence = item->v[1],
            .probability_after = isnan (item->v[2]) ? -1 : item->v[2],
            .consequence_after = isnan (item->v[3]) ? -1 : item->v[3],
          };
          g_array_append_val (pages->heat, heat);
        }
      else if (item->kind == LK_BRIEF_SURVEY && item->grade == LK_RESULT_SHOWN && !isnan (item->v[2]))
        {
          pages->round = lk_survey_round_new ((int) item->v[2], item->title);
          pages->round->respondents = isnan (item->v[0]) ? 0 : (int) item->v[0];
          pages->round->invited = isnan (item->v[1]) ? -1 : (int) item->v[1];
          if (!isnan (item->v[3]))
            pages->previous = lk_survey_round_new ((int) item->v[3], item->title);
        }
      else if (item->kind == LK_BRIEF_SURVEY_FACTOR && pages->round != NULL &&
               item->grade >= 1 && item->grade <= LK_TEN_FACTOR_N)
        {
          pages->round->results[item->grade - 1].mean = item->v[0];
          if (!isnan (item->v[1]))
            {
              if (municipality == NULL)
                {
                  municipality = lk_survey_comparison_new (LK_COMPARISON_MUNICIPALITY, _("Municipality"),
                                                           pages->round->year);
                  g_ptr_array_add (pages->round->comparisons, municipality);
                }
              municipality->means[item->grade - 1] = item->v[1];
            }
          if (pages->previous != NULL)
            pages->previous->results[item->grade - 1].mean = item->v[2];
        }
      else if (item->kind == LK_BRIEF_SURVEY_FOCUS && pages->round != NULL &&
               item->grade >= 1 && item->grade <= LK_TEN_FACTOR_N)
        g_ptr_array_add (pages->round->focus,
                         lk_survey_focus_new (NULL, item->grade, item->trend == LK_FOCUS_KEEP ? LK_FOCUS_KEEP
                                                                                           : LK_FOCUS_IMPROVE,
                                              item->text));
    }
}

LkBriefPages *
lk_brief_paginate (const LkBriefDocument *document,
                   cairo_t               *cr,
                   double                 width,
                   double                 height)
{
  LkBriefPages *pages = g_new0 (LkBriefPages, 1);
  LkConversation *c = document->conversation;
  g_autofree char *date = lk_date_format (c->date);
  Flow flow = { pages, -1 };

  pages->conversation = g_object_ref (c);
  pages->width = width;
  pages->height = height;
  pages->threshold = MAX (document->threshold, LK_ANONYMITY_MIN);
  /* Translators: the brief's running head: the unit (or whom with), and the date */
  pages->running_head = g_strdup_printf (_("ROS-samtale · %s · %s"), *c->unit ? c->unit : c->with_name, date);
  pages->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  pages->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  pages->repeat = g_array_new (FALSE, FALSE, sizeof (int));

  build (&flow, document);
  for (guint i = 0; i < pages->blocks->len; i++)
    {
      Block *block = &g_array_index (pages->blocks, Block, i);
      block->height = measure (pages, cr, block);
    }
  cut_pages (pages);
  rebuild_figures (pages, c);

  return pages;
}

guint
lk_brief_pages_get_n (const LkBriefPages *pages)
{
  return pages->starts->len;
}

void
lk_brief_pages_free (LkBriefPages *pages)
{
  if (pages == NULL)
    return;
  for (guint i = 0; i < pages->blocks->len; i++)
    {
      Block *block = &g_array_index (pages->blocks, Block, i);

      g_free (block->text);
      for (guint k = 0; k < MAX_CELLS; k++)
        g_free (block->cells[k]);
    }
  g_array_unref (pages->blocks);
  g_array_unref (pages->starts);
  g_array_unref (pages->repeat);
  g_clear_pointer (&pages->heat, g_array_unref);
  g_clear_object (&pages->round);
  g_clear_object (&pages->previous);
  lk_risk_matrix_clear (&pages->matrix);
  g_object_unref (pages->conversation);
  g_free (pages->running_head);
  g_free (pages);
}

/* --- drawing ------------------------------------------------------------------------- */

static void
set_chip_color (cairo_t            *cr,
                const LkChartStyle *style,
                Chip                chip)
{
  switch (chip)
    {
    case CHIP_GREEN:  lk_chart_set_color (cr, &style->green); break;
    case CHIP_YELLOW: lk_chart_set_color (cr, &style->yellow); break;
    case CHIP_RED:    lk_chart_set_color (cr, &style->red); break;
    case CHIP_GREY:
    case CHIP_NONE:
    default:          lk_chart_set_color (cr, &style->grey); break;
    }
}

static void
draw_table_block (const LkBriefPages *pages,
                  cairo_t            *cr,
                  const Block        *block,
                  double              y,
                  const LkChartStyle *style)
{
  double x[MAX_CELLS], w[MAX_CELLS];
  gboolean head = block->kind == BLOCK_TABLE_HEAD;

  column_geometry (pages, block, x, w);
  if (head)
    {
      LkColor shade = style->grid;

      shade.a = 0.35;
      lk_chart_set_color (cr, &shade);
      cairo_rectangle (cr, MARGIN, y, pages->width - 2 * MARGIN, block->height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < block->n_cells; i++)
    {
      double indent = 0;

      if (i == 0 && block->chip != CHIP_NONE)
        {
          /* A status mark in its colour, the word beside it says the same */
          set_chip_color (cr, style, block->chip);
          cairo_arc (cr, x[0] + PAD + 4, y + PAD + 5.5, 3.5, 0, 2 * G_PI);
          cairo_fill (cr);
          indent = 10;
        }
      lk_chart_set_color (cr, &style->foreground);
      show_text (cr, block->cells[i], x[i] + PAD + indent, y + PAD, w[i] - 2 * PAD - indent, SMALL, head, FALSE);
    }
  lk_chart_set_color (cr, &style->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y + block->height);
  cairo_line_to (cr, pages->width - MARGIN, y + block->height);
  cairo_stroke (cr);
}

static void
draw_figure (const LkBriefPages *pages,
             cairo_t            *cr,
             const Block        *block,
             double              y,
             const LkChartStyle *style)
{
  double width = pages->width - 2 * MARGIN;

  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  cairo_rectangle (cr, 0, 0, width, FIGURE_H);
  cairo_clip (cr);
  if (block->kind == BLOCK_HEAT_MAP)
    {
      LkHeatMap map = { &pages->matrix, (const LkHeatRisk *) (void *) pages->heat->data, pages->heat->len };

      lk_chart_heatmap_draw (cr, width, FIGURE_H, &map, style);
    }
  else if (pages->round != NULL)
    lk_chart_ten_factor_round_draw (cr, width, FIGURE_H, pages->round, pages->previous, pages->threshold, style);
  cairo_restore (cr);

  /* The caption under the figure */
  lk_chart_set_color (cr, &style->muted);
  show_text (cr, block->text, MARGIN, y + FIGURE_H + 4, width, SMALL, FALSE, TRUE);
}

void
lk_brief_draw_page (const LkBriefPages *pages,
                    cairo_t            *cr,
                    guint               page)
{
  guint n_pages = lk_brief_pages_get_n (pages);
  double width = pages->width - 2 * MARGIN;
  double y = MARGIN + HEADER;
  guint first, end;
  int repeat;
  LkChartStyle style;
  g_autofree char *number = NULL;

  if (page >= n_pages)
    return;
  lk_chart_style_init (&style, FALSE);
  first = g_array_index (pages->starts, guint, page);
  end = page + 1 < n_pages ? g_array_index (pages->starts, guint, page + 1) : pages->blocks->len;
  repeat = g_array_index (pages->repeat, int, page);

  cairo_save (cr);

  /* The running head: the unit and date on every page */
  lk_chart_set_color (cr, &style.muted);
  show_text (cr, pages->running_head, MARGIN, MARGIN, width, SMALL, FALSE, FALSE);
  lk_chart_set_color (cr, &style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, MARGIN + 14);
  cairo_line_to (cr, pages->width - MARGIN, MARGIN + 14);
  cairo_stroke (cr);

  if (repeat >= 0)
    {
      const Block *head = &g_array_index (pages->blocks, Block, repeat);

      draw_table_block (pages, cr, head, y, &style);
      y += head->height;
    }

  for (guint i = first; i < end; i++)
    {
      const Block *block = &g_array_index (pages->blocks, Block, i);

      lk_chart_set_color (cr, &style.foreground);
      switch (block->kind)
        {
        case BLOCK_TITLE:
          show_text (cr, block->text, MARGIN, y, width, 20, TRUE, FALSE);
          break;
        case BLOCK_FACTS:
          show_text (cr, block->text, MARGIN, y, width, BODY, FALSE, FALSE);
          break;
        case BLOCK_HEADING:
          show_text (cr, block->text, MARGIN, y + 8, width, 13, TRUE, FALSE);
          break;
        case BLOCK_SUBHEADING:
          show_text (cr, block->text, MARGIN, y + 4, width, 10, TRUE, FALSE);
          break;
        case BLOCK_PARAGRAPH:
          show_text (cr, block->text, MARGIN, y, width, BODY, FALSE, FALSE);
          break;
        case BLOCK_NOTE:
          lk_chart_set_color (cr, &style.muted);
          show_text (cr, block->text, MARGIN, y, width, SMALL + 0.5, FALSE, TRUE);
          break;
        case BLOCK_TABLE_HEAD:
        case BLOCK_ROW:
          draw_table_block (pages, cr, block, y, &style);
          break;
        case BLOCK_HEAT_MAP:
        case BLOCK_SURVEY:
          draw_figure (pages, cr, block, y, &style);
          break;
        case BLOCK_SPACE:
        default:
          break;
        }
      y += block->height;
    }

  /* Translators: the brief's page numbers */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  lk_chart_set_color (cr, &style.muted);
  show_text (cr, number, MARGIN, pages->height - MARGIN, width, SMALL, FALSE, FALSE);
  cairo_restore (cr);
}

/**
 * lk_brief_write_pdf:
 *
 * An A4 PDF in @path, written 0600 beside it and put in place whole.
 */
gboolean
lk_brief_write_pdf (const LkBriefDocument  *document,
                    const char             *path,
                    GError                **error)
{
  const double width = 595.0, height = 842.0;   /* A4 in points */
  g_autofree char *title = lk_conversation_title (document->conversation);
  cairo_surface_t *surface;
  cairo_status_t status;
  LkBriefPages *pages;
  LkCairoFile file;
  cairo_t *cr;

  if (!(surface = lk_cairo_file_new_pdf (&file, path, title, width, height, error)))
    return FALSE;
  cr = cairo_create (surface);
  pages = lk_brief_paginate (document, cr, width, height);
  for (guint page = 0; page < lk_brief_pages_get_n (pages); page++)
    {
      lk_brief_draw_page (pages, cr, page);
      cairo_show_page (cr);
    }
  lk_brief_pages_free (pages);
  status = cairo_status (cr);
  cairo_destroy (cr);

  return lk_cairo_file_finish (&file, surface, status, error);
}
