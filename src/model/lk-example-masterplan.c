/* lk-example-masterplan.c: Fjordvik's goal breakdown
 *
 * The Gjesdal priority areas broken down through the five levels to the
 * example leader's unit (Hjemmetjenesten Nord) and her personal goals,
 * with KPIs over two years of tertials: some on track, some behind, one
 * off track, one not measured yet. Values follow each KPI's path with a
 * gap of its own, so the statuses hold whatever year it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lk-example-private.h"
#include "lk-masterplan.h"
#include "lk-store-private.h"

typedef struct
{
  const char     *name;
  LkKpiUnit       unit;
  LkKpiDirection  direction;
  double          baseline;
  double          target;      /* for a band: its low and high */
  double          high;
  double          gap;         /* how far behind the path, in its unit */
  gboolean        no_values;
} ExampleKpi;

typedef struct
{
  int             parent;      /* index in the table; -1 … -3: a priority area */
  const char     *title;
  LkPerspective   perspective;
  int             unit;        /* index in example_units, or -1 */
  const char     *owner;
  const char     *now, *where, *how;
  guint           smart;
  ExampleKpi      kpis[2];
} ExampleGoal;

static const struct {
  const char *name;
  guint       level;
  int         parent;
} example_units[] = {
  { "Kommunedirektørens lederteam", 1, -1 },
  { "Helse og omsorg", 2, 0 },
  { "Oppvekst", 2, 0 },
  { "Hjemmetjenesten Nord", 3, 1 },
  { "Hjemmesykepleien sone nord", 4, 3 },
  { "Praktisk bistand", 4, 3 },
};

static const char *example_areas[] = {
  "Folkehelse",
  "Attraktive lokalsamfunn",
  "Tidlig og helhetlig innsats for barn og familier",
};

#define ALL_SMART ((1 << LK_SMART_N) - 1)

static const ExampleGoal example_goals[] = {
  /* 0 */ { -1, "Flere innbyggere mestrer eget liv lenger", LK_PERSPECTIVE_COMMUNITY, 0,
            "Kommunedirektøren",
            "Flere eldre enn før, og færre hender i omsorgen.",
            "Innbyggerne bor trygt hjemme så lenge de ønsker.",
            "Hverdagsmestring og forebygging i alle tjenester.", ALL_SMART,
            { { "Andel over 80 år som bor hjemme", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER,
                86, 90, 0, 0.2, FALSE } } },
  /* 1 */ { 0, "Hverdagsmestring i alle tjenester", LK_PERSPECTIVE_SERVICES, 1,
            "Tjenesteområdeleder Anne Dahl",
            "Hverdagsrehabilitering bare i én sone.",
            "Alle nye brukere får vurdert hverdagsrehabilitering.",
            "Opplæring og felles kartlegging i alle soner.", ALL_SMART & ~LK_SMART_ACCEPTED,
            { { "Nye brukere med hverdagsrehabilitering", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER,
                40, 70, 0, 1.5, FALSE } } },
  /* 2 */ { 1, "Felles mål og retning i hjemmetjenesten", LK_PERSPECTIVE_EMPLOYEES, 3,
            "Kari Nordmann",
            "Tre soner arbeider hver på sin måte.",
            "Alle ansatte kjenner målene og ser sin del av dem.",
            "Tavlemøter, forbedringsagenter og felles tavle for målene.", ALL_SMART,
            { { "Nærvær", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER, 88, 92, 0, 2, FALSE },
              { "Overtid (timer per måned)", LK_KPI_UNIT_COUNT, LK_KPI_LOWER_IS_BETTER, 320, 220, 0, -8, FALSE } } },
  /* 3 */ { 2, "Tavlemøter hver uke i sone nord", LK_PERSPECTIVE_EMPLOYEES, 4,
            "Ola Hansen", "", "Alle team har tavlemøte hver uke.", "", LK_SMART_SPECIFIC | LK_SMART_MEASURABLE | LK_SMART_TIMED,
            { { "Tavlemøter holdt som planlagt", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER, 50, 95, 0, -2, FALSE } } },
  /* 4 */ { 3, "Jeg leder tavlemøtet hver tirsdag", LK_PERSPECTIVE_EMPLOYEES, 4,
            "Kari Nordmann", "", "", "", LK_SMART_SPECIFIC | LK_SMART_TIMED, { { NULL } } },
  /* 5 */ { 3, "Jeg følger opp forbedringsforslag innen en uke", LK_PERSPECTIVE_SERVICES, 4,
            "Kari Nordmann", "", "", "", LK_SMART_SPECIFIC | LK_SMART_MEASURABLE | LK_SMART_TIMED,
            { { "Forslag fulgt opp innen en uke", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER, 30, 90, 0, 0, FALSE } } },
  /* 6 */ { 2, "Riktig legemiddel til rett tid", LK_PERSPECTIVE_SERVICES, 4,
            "Fagsykepleier Ingrid Berg", "", "Ingen avvik med alvorlig følge.", "Dobbeltkontroll og opplæring.",
            ALL_SMART,
            { { "Avvik i legemiddelhåndtering per tertial", LK_KPI_UNIT_COUNT, LK_KPI_LOWER_IS_BETTER,
                14, 4, 0, 0.1, FALSE } } },
  /* 7 */ { 1, "Tjenester av god kvalitet", LK_PERSPECTIVE_SERVICES, 3,
            "Ola Hansen", "", "Brukerne er fornøyde med tjenestene.", "Måle brukertilfredshet hvert tertial.",
            LK_SMART_SPECIFIC,
            { { "Brukertilfredshet (1–6)", LK_KPI_UNIT_OTHER, LK_KPI_HIGHER_IS_BETTER, 4.6, 5.0, 0, 0, TRUE } } },
  /* 8 */ { 0, "Økonomi i balanse", LK_PERSPECTIVE_ECONOMY, 1,
            "Tjenesteområdeleder Anne Dahl", "", "Regnskapet innenfor rammen hvert år.", "", ALL_SMART,
            { { "Avvik fra budsjett", LK_KPI_UNIT_PERCENT, LK_KPI_KEEP_WITHIN, 0, -1.0, 1.0, 0, FALSE } } },
  /* 9 */ { -2, "Levende lokalsamfunn med gode møteplasser", LK_PERSPECTIVE_COMMUNITY, 0,
            "Kommunedirektøren", "", "", "", LK_SMART_SPECIFIC | LK_SMART_ACCEPTED, { { NULL } } },
  /* 10 */ { 9, "Frivillige aktivitetsvenner for eldre", LK_PERSPECTIVE_COMMUNITY, 1,
            "Tjenesteområdeleder Anne Dahl", "", "Femti aktivitetsvenner i kommunen.", "", ALL_SMART,
            { { "Aktive aktivitetsvenner", LK_KPI_UNIT_COUNT, LK_KPI_HIGHER_IS_BETTER, 12, 50, 0, 0.3, FALSE } } },
  /* 11 */ { -3, "Alle barn får hjelp tidlig", LK_PERSPECTIVE_COMMUNITY, 0,
            "Kommunedirektøren", "", "", "", ALL_SMART,
            { { "Barn med tiltak innen tre uker", LK_KPI_UNIT_PERCENT, LK_KPI_HIGHER_IS_BETTER, 60, 85, 0, 9, FALSE } } },
  /* 12 */ { 11, "Tverrfaglig team i alle barnehager og skoler", LK_PERSPECTIVE_SERVICES, 2,
            "Kommunalsjef oppvekst", "", "", "", LK_SMART_SPECIFIC | LK_SMART_TIMED, { { NULL } } },
};

static LkKpi *
example_kpi (const ExampleKpi *e,
             int               year,
             int               tertial)
{
  LkKpi *kpi = lk_kpi_new (e->name);

  kpi->unit_kind = e->unit;
  kpi->direction = e->direction;
  if (e->unit == LK_KPI_UNIT_OTHER)
    {
      g_free (kpi->unit_text);
      kpi->unit_text = g_strdup ("poeng");
    }
  if (e->direction == LK_KPI_KEEP_WITHIN)
    {
      kpi->band_low = e->target;
      kpi->band_high = e->high;
      kpi->share = FALSE;
      kpi->yellow = 0;
      kpi->red = 1;
    }
  else
    {
      kpi->baseline = e->baseline;
      kpi->baseline_year = year - 2;
      kpi->target = e->target;
      kpi->target_year = year + 1;
      kpi->share = TRUE;
      kpi->yellow = 1;
      kpi->red = 5;
    }
  if (e->no_values)
    return kpi;

  /* Two years of tertials up to the last one reported */
  for (int y = year - 1; y <= year; y++)
    for (int t = 1; t <= 3; t++)
      {
        double expected, value;
        int wiggle = (y * 3 + t) % 3 - 1;

        if (y == year && t >= tertial)
          break;
        expected = e->direction == LK_KPI_KEEP_WITHIN ? 0 : lk_kpi_expected (kpi, y, t);
        if (e->direction == LK_KPI_KEEP_WITHIN)
          value = 0.3 * wiggle - 0.2;
        else if (e->direction == LK_KPI_LOWER_IS_BETTER)
          value = expected + e->gap + wiggle * 0.1 * fabs (e->gap);
        else
          value = expected - e->gap + wiggle * 0.1 * fabs (e->gap);
        lk_kpi_set_value (kpi, y, t, round (value * 10) / 10);
      }

  return kpi;
}

/**
 * lk_example_load_masterplan:
 * @goal_uuids: filled with title → uuid, for the tiltak that serve a goal
 *
 * Adds the example plan unless the user has a kommuneplan already.
 */
gboolean
lk_example_load_masterplan (LkStore     *store,
                            const char  *today,
                            GHashTable  *goal_uuids,
                            GError     **error)
{
  g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (store, error);
  g_autoptr(LkKommuneplan) plan = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  int year = atoi (today), month = atoi (today + 5);
  int tertial = (CLAMP (month, 1, 12) - 1) / 4 + 1;

  if (mp == NULL)
    return FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (mp->plans)) > 0)
    return TRUE;

  plan = lk_kommuneplan_new ("Kommuneplanens samfunnsdel 2024–2036", 2024, 2036);
  if (!lk_store_put_kommuneplan (store, plan, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (example_units); i++)
    {
      LkOrgUnit *parent = example_units[i].parent >= 0 ? g_ptr_array_index (units, example_units[i].parent) : NULL;
      LkOrgUnit *unit = lk_org_unit_new (example_units[i].name, example_units[i].level,
                                         parent ? parent->uuid : NULL);

      g_ptr_array_add (units, unit);
      if (!lk_store_put_org_unit (store, unit, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_areas); i++)
    {
      LkGoal *area = lk_goal_new (example_areas[i], 0, NULL);

      area->plan_uuid = g_strdup (plan->uuid);
      area->position = i;
      area->first_year = 2024;
      area->last_year = 2036;
      g_ptr_array_add (areas, area);
      if (!lk_store_put_goal (store, area, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_goals); i++)
    {
      const ExampleGoal *e = &example_goals[i];
      LkGoal *parent = e->parent < 0 ? g_ptr_array_index (areas, -e->parent - 1) : g_ptr_array_index (goals, e->parent);
      LkGoal *goal = lk_goal_new (e->title, parent->level + 1, parent->uuid);

      goal->position = i;
      goal->perspective = e->perspective;
      if (e->unit >= 0)
        goal->unit_uuid = g_strdup (((LkOrgUnit *) g_ptr_array_index (units, e->unit))->uuid);
      g_free (goal->owner);
      goal->owner = g_strdup (e->owner);
      g_free (goal->now_text);
      goal->now_text = g_strdup (e->now);
      g_free (goal->where_text);
      goal->where_text = g_strdup (e->where);
      g_free (goal->how_text);
      goal->how_text = g_strdup (e->how);
      goal->smart = e->smart;
      goal->first_year = year - 1;
      goal->last_year = year;
      for (guint k = 0; k < G_N_ELEMENTS (e->kpis) && e->kpis[k].name != NULL; k++)
        {
          g_autoptr(LkKpi) kpi = example_kpi (&e->kpis[k], year, tertial);

          g_ptr_array_add (goal->kpis, g_object_ref (kpi));
        }
      /* Volunteers support everyday coping, in another line of the plan */
      if (i == 10)
        g_ptr_array_add (goal->supports, g_strdup (((LkGoal *) g_ptr_array_index (goals, 1))->uuid));
      /* A change of leader set one status by hand */
      if (i == 12)
        {
          goal->manual = TRUE;
          goal->manual_status = LK_GOAL_STATUS_YELLOW;
          g_free (goal->status_reason);
          goal->status_reason = g_strdup ("Teamene er på plass i barnehagene; skolene starter til høsten.");
        }
      g_ptr_array_add (goals, goal);
      if (!lk_store_put_goal (store, goal, error))
        return FALSE;
      g_hash_table_insert (goal_uuids, g_strdup (goal->title), g_strdup (goal->uuid));
    }

  /* Benefits as Vestre Toten reports them: identified, then realised */
  {
    static const struct {
      int           goal;
      LkBenefitKind kind;
      double        fte[3];
      double        nok[3];
      const char   *text;
    } benefits[] = {
      { 3, LK_BENEFIT_TIME_SAVED, { 1.5, 1.2, 0.8 }, { 0, 0, 0 },
        "Kortere morgenmøter og færre dobbeltoppgaver etter tavlemøtene." },
      { 8, LK_BENEFIT_AVOIDED_COST, { 0, 0, 0 }, { 800000, 650000, 420000 },
        "Mindre innleie og overtid i helgene." },
      { 6, LK_BENEFIT_QUALITY, { 0, 0, 0 }, { 0, 0, 0 },
        "Færre legemiddelavvik; tryggere for brukerne." },
    };

    for (guint i = 0; i < G_N_ELEMENTS (benefits); i++)
      {
        g_autoptr(LkBenefit) b = lk_benefit_new (((LkGoal *) g_ptr_array_index (goals, benefits[i].goal))->uuid, NULL);

        b->kind = benefits[i].kind;
        memcpy (b->fte, benefits[i].fte, sizeof b->fte);
        memcpy (b->nok, benefits[i].nok, sizeof b->nok);
        g_free (b->period);
        b->period = g_strdup_printf ("%d–%d", year - 1, year);
        g_free (b->text);
        b->text = g_strdup (benefits[i].text);
        if (!lk_store_put_benefit (store, b, error))
          return FALSE;
      }
  }

  return TRUE;
}
