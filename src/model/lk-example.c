/* lk-example.c: a small example municipality
 *
 * Fjordvik kommune is made up; its facts follow the domain brief: the
 * priority areas, the 10-faktor factors, internkontrollhjulet, a fishbone on
 * Lean in a unit, and the ROS-samtale agenda. Each area adds its part here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "lk-date.h"
#include "lk-example.h"
#include "lk-example-private.h"
#include "lk-fishbone.h"
#include "lk-jeg-plan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-types.h"

typedef struct
{
  const char      *title;
  const char      *description;
  const char      *owner;
  int              deadline_days;   /* from today; G_MININT means none */
  LkMeasureStatus  status;
  LkSourceKind     source;
  const char      *source_label;
} ExampleMeasure;

/* The data are Norwegian on purpose: they are a Norwegian unit's own words,
 * not user interface text. */
static const ExampleMeasure example_measures[] = {
  { "Innføre ukentlige tavlemøter i alle avdelinger",
    "Faste tavlemøter på 15 minutter hver tirsdag, med forbedringstavle og oppfølging av tiltak.",
    "Kari Nordmann", -21, LK_MEASURE_STATUS_STARTED, LK_SOURCE_GOAL,
    "Felles mål og retning i hjemmetjenesten" },
  { "Måle brukertilfredshet hvert tertial",
    "Kort spørreskjema til brukere og pårørende, resultat inn i tertialrapporten.",
    "Ola Hansen", 45, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_GOAL,
    "Tjenester av god kvalitet" },
  { "Redusere overtid med 20 prosent",
    "Gå gjennom turnus og vaktbytter; følge overtid per avdeling hver måned.",
    "Kari Nordmann", 120, LK_MEASURE_STATUS_STARTED, LK_SOURCE_GOAL,
    "Økonomi i balanse" },
  { "Dobbeltkontroll ved utdeling av legemidler",
    "To ansatte kvitterer for risikolegemidler i multidose; opplæring av nye ansatte.",
    "Fagsykepleier Ingrid Berg", -6, LK_MEASURE_STATUS_DELAYED, LK_SOURCE_RISK,
    "Feil legemiddel gitt til bruker" },
  { "Oppdatere rutine for nøkkelhåndtering",
    "Nøkkelboks med kode, logg over utlån og årlig gjennomgang.",
    "Ola Hansen", 12, LK_MEASURE_STATUS_STARTED, LK_SOURCE_RISK,
    "Uvedkommende får tilgang til brukers bolig" },
  { "Opplæring i informasjonssikkerhet for alle ansatte",
    "E-læringskurs og gjennomgang på personalmøte.",
    "IKT-koordinator Per Lie", 30, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_RISK,
    "Taushetsbelagte opplysninger på avveie" },
  { "Sette av fast tid til forbedringsarbeid hver uke",
    "En time i uka for hvert team, lagt inn i turnus.",
    "Tjenesteområdeleder Anne Dahl", 3, LK_MEASURE_STATUS_STARTED, LK_SOURCE_CAUSE,
    "Lite tid til forbedring i hverdagen" },
  { "Forbedringsagent i hver avdeling",
    "Utpeke og lære opp én forbedringsagent per avdeling.",
    "Kari Nordmann", -40, LK_MEASURE_STATUS_DONE, LK_SOURCE_CAUSE,
    "Mangler noen som driver arbeidet" },
  { "Felles opplæring i 5S",
    "Halv dag med praktisk 5S på medisinrom og lager.",
    "Ola Hansen", 60, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_CAUSE,
    "Ulik kunnskap om Lean-verktøy" },
  { "Månedlig mestringsprat i teamene",
    "Hva har vi fått til denne måneden? Deling av gode eksempler på teammøtet.",
    "Kari Nordmann", 9, LK_MEASURE_STATUS_STARTED, LK_SOURCE_TEN_FACTOR,
    "Mestringsklima (forbedre)" },
  { "Hospitering mellom avdelingene",
    "Ansatte som ønsker det, får hospitere to dager i en annen avdeling.",
    "Ola Hansen", 90, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_TEN_FACTOR,
    "Fleksibilitetsvilje (forbedre)" },
  { "Legge fram plan for å lukke åpne avvik",
    "Oversikt over alle åpne avvik med ansvar og frist til neste ROS-samtale.",
    "Kari Nordmann", -2, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_CONVERSATION,
    "ROS-samtale 2. tertial" },
  { "Budsjettgjennomgang med økonomirådgiver",
    NULL, "Kari Nordmann", 20, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_CONVERSATION,
    "ROS-samtale 2. tertial" },
  { "Oppdatere rutine for avviksmelding",
    "Gjøre rutinen kjent for alle; avvik gjennomgås på personalmøte hver måned.",
    "Fagsykepleier Ingrid Berg", -10, LK_MEASURE_STATUS_DONE, LK_SOURCE_DEVIATION,
    "Avvik: medisin ikke gitt til rett tid" },
  { "Gi tydelige tilbakemeldinger i medarbeidersamtalene",
    "Bruke MOTOR-prinsippene som ramme; be om tilbakemelding på egen ledelse.",
    "Kari Nordmann", 75, LK_MEASURE_STATUS_STARTED, LK_SOURCE_DEV_GOAL,
    "Tydelig og nær leder" },
  { "Rydde i fellesarealer etter flytting",
    "Avlyst: gjøres av eiendomsavdelingen.",
    "Ola Hansen", -30, LK_MEASURE_STATUS_CANCELLED, LK_SOURCE_NONE, NULL },
  { "Plan for introduksjon av nyansatte",
    "Fadderordning og sjekkliste for første uke.",
    "Ola Hansen", G_MININT, LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_NONE, NULL },
};

static const struct {
  const char *key;
  const char *value;
} example_settings[] = {
  { "municipality", "Fjordvik kommune" },
  { "user-name", "Kari Nordmann" },
  { "user-role", "Enhetsleder" },
  { "user-unit", "Hjemmetjenesten Nord" },
  { "default-owner", "Kari Nordmann" },
};

/* A leader's year in the Jeg-plan: three development goals, and forty log
 * entries over the months before today. */
static const struct {
  const char *title;
  const char *why;
  const char *success;
  guint       motor;
  int         progress;
} example_goals[] = {
  { "Gi tydelige og hyppige tilbakemeldinger",
    "Medarbeiderundersøkelsen viser at mange savner tilbakemelding på eget arbeid.",
    "Alle medarbeidere har hatt minst to korte tilbakemeldingssamtaler innen tertialslutt.",
    LK_MOTOR_TYDELIGHET | LK_MOTOR_MESTRINGSORIENTERT, 45 },
  { "Lede forbedringsarbeidet på tavlemøtene",
    "Tavlemøtene er blitt informasjonsmøter; forbedringene stopper opp.",
    "Minst ett forbedringsforslag i uka blir prøvd ut og fulgt opp på tavla.",
    LK_MOTOR_OMSTILLING | LK_MOTOR_RESULTATER, 60 },
  { "Dele læring med lederkollegaene",
    "Vi løser de samme problemene hver for oss.",
    "Jeg deler én erfaring på hvert ledermøte, og prøver ut én fra andre.",
    LK_MOTOR_OMSORG, 25 },
};

static const struct {
  const char *title;
  const char *template;
  const char *body;
  const char *tags;
  guint       motor;
  int         goal;     /* index in example_goals, or -1 */
} example_entries[] = {
  { "Tilbakemelding etter nattevakt", "strength",
    "## Hva fungerte bra?\n\nJeg tok meg tid til en kort prat med nattevakten før hun gikk hjem.\n\n"
    "## Hvorfor fungerte det?\n\nHun fikk høre konkret hva som var bra med rapporten.\n\n"
    "## Hvordan kan vi gjøre mer av det?\n\nLegge inn fem minutter ved vaktskiftet to ganger i uka.",
    "tilbakemelding\nnattevakt", LK_MOTOR_TYDELIGHET, 0 },
  { "Tavlemøtet tok av", "evaluation",
    "## Hva gjorde vi bra?\n\nTre forslag ble valgt ut, og eierne meldte seg selv.\n\n"
    "## Hva kunne vært gjort bedre?\n\nVi brukte for lang tid på gamle saker.\n\n"
    "## Hvordan gjør vi det bedre neste gang?\n\nStarte med nye forslag, ta oppfølgingen til slutt.",
    "tavlemøte\nforbedring", LK_MOTOR_OMSTILLING, 1 },
  { "Vanskelig samtale om sykefravær", "gibbs",
    "## Beskrivelse\n\nSamtale med en medarbeider med mye korttidsfravær.\n\n"
    "## Følelser\n\nJeg var spent og litt usikker.\n\n## Vurdering\n\nSamtalen ble åpen.\n\n"
    "## Analyse\n\nÅ starte med hvordan hun har det, ga trygghet.\n\n"
    "## Konklusjon\n\nOmsorg og tydelighet går sammen.\n\n## Handlingsplan\n\nNy prat om to uker.",
    "sykefravær\nsamtale", LK_MOTOR_OMSORG | LK_MOTOR_TYDELIGHET, 0 },
  { "Deling på ledermøtet", "driscoll",
    "## Hva? Hva skjedde?\n\nJeg delte hvordan vi bruker forbedringstavla.\n\n"
    "## Og så? Hva betyr det?\n\nTo andre enheter vil prøve det samme.\n\n"
    "## Hva nå? Hva gjør jeg videre?\n\nInvitere dem til et tavlemøte hos oss.",
    "ledermøte\ndeling", LK_MOTOR_OMSORG, 2 },
  { "5S på medisinrommet", "evaluation",
    "## Hva gjorde vi bra?\n\nAlle var med, og rommet ble ryddig på to timer.\n\n"
    "## Hva kunne vært gjort bedre?\n\nVi glemte å avtale hvem som holder det ved like.\n\n"
    "## Hvordan gjør vi det bedre neste gang?\n\nFast ansvar per uke, synlig på tavla.",
    "5S\nforbedring", LK_MOTOR_RESULTATER, 1 },
};

static gboolean
load_jeg_plan (LkStore     *store,
               const char  *today,
               GHashTable  *masterplan_goals,
               GError     **error)
{
  int year = atoi (today);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) gatherings = NULL;

  /* Goals only where the year has none yet: the 2–4 rule holds. */
  if (lk_store_count_active_goals (store, year, NULL) == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (example_goals); i++)
        {
          LkDevGoal *goal = lk_dev_goal_new (year, example_goals[i].title);
          g_autofree char *review = lk_date_add_days (today, 30 + 45 * i);

          lk_dev_goal_set_why (goal, example_goals[i].why);
          lk_dev_goal_set_success (goal, example_goals[i].success);
          lk_dev_goal_set_motor (goal, example_goals[i].motor);
          lk_dev_goal_set_progress (goal, example_goals[i].progress);
          lk_dev_goal_set_review_date (goal, review);
          /* Leading the board meetings serves the unit's goal for them */
          if (i == 1)
            lk_dev_goal_set_goal_uuid (goal, g_hash_table_lookup (masterplan_goals, "Tavlemøter hver uke i sone nord"));
          g_ptr_array_add (goals, goal);
          if (!lk_store_save_dev_goal (store, goal, error))
            return FALSE;
        }
    }

  if (!(gatherings = lk_store_list_gatherings (store, year, error)))
    return FALSE;
  if (gatherings->len == 0 && !lk_store_add_gjesdal_programme (store, year, error))
    return FALSE;

  for (guint i = 0; i < 40; i++)
    {
      guint pick = i % G_N_ELEMENTS (example_entries);
      g_autofree char *date = lk_date_add_days (today, -(int)(i * 8 + i % 3));
      g_autofree char *title = NULL;
      g_auto(GStrv) tags = lk_tags_split (example_entries[pick].tags);
      g_autoptr(LkLogEntry) entry = lk_log_entry_new (date);
      const char *goal_uuids[2] = { NULL, NULL };

      title = i < G_N_ELEMENTS (example_entries)
            ? g_strdup (example_entries[pick].title)
            : g_strdup_printf ("%s (%u)", example_entries[pick].title, i / 5 + 1);
      lk_log_entry_set_title (entry, title);
      lk_log_entry_set_body (entry, example_entries[pick].body);
      lk_log_entry_set_template (entry, example_entries[pick].template);
      lk_log_entry_set_tags (entry, (const char * const *)tags);
      lk_log_entry_set_motor (entry, example_entries[pick].motor);
      if (goals->len > 0 && example_entries[pick].goal >= 0)
        {
          goal_uuids[0] = lk_dev_goal_get_uuid (g_ptr_array_index (goals, example_entries[pick].goal));
          lk_log_entry_set_goals (entry, goal_uuids);
        }
      lk_log_entry_set_share (entry, i % 7 == 0);
      if (!lk_store_save_log_entry (store, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* --- Risk: two assessments along internkontrollhjulet ------------------------ */

typedef struct
{
  const char *hazard;
  const char *causes;
  const char *types;        /* consequence types, one a line */
  guint       p, c;         /* before, on 5×5 */
  const char *controls;
  int         enough;       /* -1 not answered */
  guint       p_after, c_after;   /* 0: not assessed yet */
  int         follow_up;    /* days from today; G_MININT: none */
} ExampleRisk;

static const ExampleRisk medication_risks[] = {
  { "Feil legemiddel gitt til bruker", "Multidose ikke kontrollert mot legemiddelliste; travle vaktskifter",
    "Mennesker\nOmdømme", 4, 5, "Signering på utdelingsliste", 0, 2, 5, 60 },
  { "Dose ikke gitt til rett tid", "Lange kjøreruter; sykdom i personalgruppa",
    "Mennesker", 4, 3, "Kjørelister med faste tider", 0, 2, 3, 60 },
  { "Uvedkommende får tilgang til brukers bolig", "Nøkler oppbevart uten logg",
    "Mennesker\nOmdømme", 2, 4, "Nøkler i låst skap", 0, 1, 4, 90 },
  { "Legemidler oppbevares ulåst hjemme hos bruker", "Bruker ønsker ikke medisinskap",
    "Mennesker", 3, 4, "Samtale med bruker og pårørende", -1, 0, 0, G_MININT },
  { "Ansatte uten delegert kompetanse deler ut legemidler", "Mange vikarer i ferier",
    "Mennesker\nØkonomi", 3, 5, "Kompetanseoversikt i turnus", 0, 1, 5, 30 },
  { "Avvik meldes ikke", "Usikkerhet om hva som er et avvik; lite tilbakemelding",
    "Omdømme", 4, 2, "Avvik på personalmøte hver måned", 1, 0, 0, 120 },
  { "Utgått legemiddel brukes", "Ingen fast kontroll av holdbarhet",
    "Mennesker", 2, 3, "Apoteket sjekker ved levering", 1, 2, 3, 180 },
  { "Feil i overføring fra sykehus", "Epikrise kommer etter at bruker er hjemme",
    "Mennesker", 3, 4, "", -1, 0, 0, G_MININT },
  { "Smitte ved stell", "Mangelfull håndhygiene i travle perioder",
    "Mennesker\nMateriell", 2, 3, "Hygieneopplæring årlig", 1, 2, 3, 180 },
  { "Stikkskade ved injeksjon", "Gamle sprøyter uten sikkerhetsmekanisme",
    "Mennesker", 2, 2, "Kanyleboks i bilene", 1, 1, 2, 365 },
};

static const ExampleRisk school_risks[] = {
  { "Taushetsbelagte opplysninger på avveie", "E-post til feil mottaker; delte mapper",
    "Omdømme\nØkonomi", 3, 4, "Klassifisering av dokumenter", 0, 2, 4, 45 },
  { "Svake passord på elevkontoer", "Felles startpassord som ikke byttes",
    "Omdømme", 4, 3, "Passordregler i IKT-reglementet", 0, 2, 3, 60 },
  { "Bilder av elever publisert uten samtykke", "Usikkerhet om samtykkeskjema",
    "Omdømme", 3, 3, "Samtykke ved skolestart", 0, 1, 3, 60 },
  { "Tap av elevdata ved utstyrstyveri", "Ukrypterte minnepinner",
    "Økonomi\nOmdømme", 2, 4, "Låste rom", 0, 1, 4, 90 },
  { "Nettmobbing i skolens læringsplattform", "Lite synlige voksne på digitale flater",
    "Mennesker", 3, 4, "Handlingsplan mot mobbing", -1, 0, 0, G_MININT },
  { "Phishing mot ansatte", "Lite opplæring; travle hverdager",
    "Økonomi", 4, 3, "Spamfilter", 0, 2, 3, 30 },
  { "Foreldre får tilgang til feil elevs opplysninger", "Feil i foresattregister",
    "Omdømme", 2, 3, "Kontroll ved skolestart", 1, 2, 3, 180 },
  { "Lærerens PC står ulåst i klasserommet", "Vane; ingen automatisk låsing",
    "Omdømme", 3, 3, "", -1, 0, 0, G_MININT },
};

static const struct {
  const char       *description;
  int               days;       /* before today */
  LkDeviationCause  cause;
  guint             severity;
  LkDeviationStatus status;
  guint             assessment, risk;
} example_deviations[] = {
  { "Kveldsdose ikke gitt; bruker oppdaget det selv", 12, LK_DEVIATION_PROCEDURE, 2, LK_DEVIATION_HANDLING, 0, 1 },
  { "Feil multidosepose gitt ved vaktskifte", 40, LK_DEVIATION_HUMAN, 3, LK_DEVIATION_CLOSED, 0, 0 },
  { "Nøkkel manglet i nøkkelskapet", 75, LK_DEVIATION_SYSTEM, 1, LK_DEVIATION_CLOSED, 0, 2 },
  { "Vikar delte ut legemidler uten delegering", 20, LK_DEVIATION_PROCEDURE, 3, LK_DEVIATION_OPEN, 0, 4 },
  { "Karakterliste sendt til feil foresatt", 30, LK_DEVIATION_HUMAN, 2, LK_DEVIATION_HANDLING, 1, 0 },
  { "Ansatt klikket på lenke i falsk e-post", 8, LK_DEVIATION_HUMAN, 2, LK_DEVIATION_OPEN, 1, 5 },
};

static LkRiskAssessment *
example_assessment (const char        *title,
                    const char        *workplace,
                    const char        *unit,
                    const char        *participants,
                    const char        *today,
                    int                days_ago,
                    const ExampleRisk *risks,
                    guint              n_risks)
{
  g_autofree char *date = lk_date_add_days (today, -days_ago);
  LkRiskAssessment *a = lk_risk_assessment_new (title, date);

  g_free (a->workplace);
  a->workplace = g_strdup (workplace);
  g_free (a->unit);
  a->unit = g_strdup (unit);
  g_free (a->participants);
  a->participants = g_strdup (participants);
  /* The example municipality writes Norwegian, whatever the UI language */
  g_strfreev (a->consequence_types);
  a->consequence_types = lk_tags_split ("Mennesker\nMateriell\nØkonomi\nOmdømme");

  for (guint i = 0; i < n_risks; i++)
    {
      const ExampleRisk *e = &risks[i];
      LkRisk *risk = lk_risk_new (e->hazard);

      g_free (risk->causes);
      risk->causes = g_strdup (e->causes);
      g_strfreev (risk->consequence_types);
      risk->consequence_types = lk_tags_split (e->types);
      lk_risk_set_before (risk, e->p, e->c, 5);
      g_free (risk->controls);
      risk->controls = g_strdup (e->controls);
      risk->enough = e->enough;
      if (e->p_after > 0)
        lk_risk_set_after (risk, e->p_after, e->c_after, 5);
      if (e->follow_up != G_MININT)
        risk->follow_up = lk_date_add_days (today, e->follow_up);
      g_ptr_array_add (a->risks, risk);
    }

  return a;
}

/* The handbook's medication example as a bowtie */
static void
add_example_bowtie (LkRisk *risk)
{
  static const char *causes[][3] = {
    { "Travelt vaktskifte", "Fast rapportrutine", "Sjekkliste ved utdeling" },
    { "Multidose ikke kontrollert", "Kontroll mot legemiddelliste", NULL },
    { "Nye vikarer", "Opplæring før første vakt", "Dobbeltkontroll" },
  };
  static const char *consequences[][3] = {
    { "Bruker blir syk", "Legevakt varsles straks", NULL },
    { "Innleggelse på sykehus", "Oppfølging av fastlege", NULL },
    { "Svekket tillit hos pårørende", "Åpen samtale med pårørende", NULL },
  };

  g_free (risk->top_event);
  risk->top_event = g_strdup ("Feil legemiddel gitt");
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < 3; i++)
      {
        const char * const *row = side == 0 ? causes[i] : consequences[i];
        LkBowtieItem *item = lk_bowtie_item_new (row[0]);

        for (guint b = 1; b < 3 && row[b] != NULL; b++)
          g_ptr_array_add (item->barriers, lk_barrier_new (row[b]));
        g_ptr_array_add (side == 0 ? risk->bowtie_causes : risk->bowtie_consequences, item);
      }
}

static void
add_risk_uuids (GHashTable             *risk_uuids,
                const LkRiskAssessment *assessment)
{
  for (guint r = 0; r < assessment->risks->len; r++)
    {
      LkRisk *risk = g_ptr_array_index (assessment->risks, r);

      g_hash_table_insert (risk_uuids, g_strdup (risk->hazard), g_strdup (risk->uuid));
    }
}

/* Risk uuids by hazard, so the example measures from Risk link to them */
/* The Lean follow-up six months after a unit's start, as the seeds run it:
 * the service-area leader takes part and owns the measures. Two root
 * causes, votes from the team's dots, three levels of "why?". */
static const char example_outline[] =
  "Ledelse\n"
  "\tMangler noen som driver arbeidet\n"
  "\t\tForbedringsagentene har ikke fått tid\n"
  "\t\t\tRollen er ikke beskrevet\n"
  "\tLederne er lite til stede på tavlemøtene\n"
  "Medarbeidere\n"
  "\tUlik kunnskap om Lean-verktøy\n"
  "\t\tNye ansatte får ikke opplæring\n"
  "\t\tVikarer kjenner ikke tavla\n"
  "Metode og verktøy\n"
  "\tTavla er uoversiktlig\n"
  "\t\tFor mange gamle saker henger igjen\n"
  "Tid og ressurser\n"
  "\tLite tid til forbedring i hverdagen\n"
  "\t\tTurnusen har ikke rom for møter\n"
  "\t\t\tAlle timer går til direkte brukertid\n"
  "\tHøyt sykefravær i perioder\n"
  "Kultur\n"
  "\tForslag blir ikke fulgt opp\n"
  "\t\tIngen gir tilbakemelding på forslag\n"
  "Oppfølging\n"
  "\tResultater blir ikke målt\n"
  "\t\tIngen har ansvar for å telle forbedringer\n";

static const struct {
  const char *text;
  gboolean    root;
  guint       votes;
} example_marks[] = {
  { "Mangler noen som driver arbeidet", TRUE, 6 },
  { "Lite tid til forbedring i hverdagen", TRUE, 7 },
  { "Ulik kunnskap om Lean-verktøy", FALSE, 4 },
  { "Lederne er lite til stede på tavlemøtene", FALSE, 2 },
  { "Høyt sykefravær i perioder", FALSE, 1 },
};

static gboolean
remember_cause (LkCause  *node,
                guint     depth,
                gpointer  data)
{
  g_hash_table_insert (data, g_strdup (node->text), g_strdup (node->uuid));

  return TRUE;
}

static void
add_cause_uuids (GHashTable *uuids,
                 GListStore *nodes)
{
  lk_cause_foreach (nodes, 0, remember_cause, uuids);
}

static gboolean
load_fishbone (LkStore     *store,
               const char  *today,
               GHashTable  *cause_uuids,
               GError     **error)
{
  g_autoptr(GListStore) existing = lk_store_list_fishbones (store, error);
  g_autofree char *date = lk_date_add_days (today, -14);
  g_autoptr(LkFishbone) fb = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  if (existing == NULL)
    return FALSE;
  /* Once is enough; a second load links its tiltak to the causes there */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (existing)); i++)
    {
      g_autoptr(LkFishbone) header = g_list_model_get_item (G_LIST_MODEL (existing), i);
      g_autoptr(LkFishbone) full = NULL;

      if (g_strcmp0 (header->problem, lk_fishbone_preset_question (LK_CATEGORIES_LEAN)) != 0)
        continue;
      if (!(full = lk_store_get_fishbone (store, header->uuid, error)))
        return FALSE;
      add_cause_uuids (cause_uuids, full->categories);
      return TRUE;
    }

  fb = lk_fishbone_new (NULL, date, LK_CATEGORIES_NONE);
  g_free (fb->problem);
  fb->problem = g_strdup (lk_fishbone_preset_question (LK_CATEGORIES_LEAN));
  fb->unit = g_strdup ("Hjemmetjenesten sone nord");
  fb->participants = g_strdup ("Enhetsleder Kari Nordmann, tjenesteområdeleder Anne Dahl, "
                               "tillitsvalgt, verneombud, to forbedringsagenter");
  nodes = lk_fishbone_parse_outline (example_outline, error);
  if (nodes == NULL)
    return FALSE;
  lk_fishbone_paste (fb, NULL, nodes);
  add_cause_uuids (cause_uuids, fb->categories);
  for (guint i = 0; i < G_N_ELEMENTS (example_marks); i++)
    {
      LkCause *node = lk_fishbone_find (fb, g_hash_table_lookup (cause_uuids, example_marks[i].text));

      g_assert (node != NULL);
      node->root = example_marks[i].root;
      node->votes = example_marks[i].votes;
    }

  return lk_store_put_fishbone (store, fb, error);
}

static gboolean
load_risk (LkStore     *store,
           const char  *today,
           GHashTable  *risk_uuids,
           GError     **error)
{
  g_autoptr(GPtrArray) existing = lk_store_list_risk_assessments (store, error);
  LkRiskAssessment *assessments[2];

  if (existing == NULL)
    return FALSE;
  /* Once is enough: a second load would only repeat the same forms, so its
   * tiltak link to the risks already there. */
  if (existing->len > 0)
    {
      for (guint a = 0; a < existing->len; a++)
        add_risk_uuids (risk_uuids, g_ptr_array_index (existing, a));
      return TRUE;
    }

  assessments[0] = example_assessment ("Legemiddelhåndtering i hjemmetjenesten",
                                       "Hjemmetjenesten Nord", "Hjemmetjenesten",
                                       "Avdelingsleder, fagsykepleier, verneombud, to ansatte",
                                       today, 60, medication_risks, G_N_ELEMENTS (medication_risks));
  assessments[1] = example_assessment ("Informasjonssikkerhet i skolen", "Fjordvik skole",
                                       "Oppvekst", "Rektor, IKT-koordinator, tillitsvalgt",
                                       today, 35, school_risks, G_N_ELEMENTS (school_risks));
  add_example_bowtie (g_ptr_array_index (assessments[0]->risks, 0));
  g_ptr_array_add (assessments[0]->screening,
                   lk_screening_topic_new ("Legemiddelhåndtering", LK_4V_VIKTIG | LK_4V_VANLIG |
                                                                   LK_4V_VANSKELIG | LK_4V_VARIASJON));
  ((LkScreeningTopic *)g_ptr_array_index (assessments[0]->screening, 0))->chosen = TRUE;
  g_ptr_array_add (assessments[0]->screening,
                   lk_screening_topic_new ("Nøkkelhåndtering", LK_4V_VIKTIG | LK_4V_VANLIG));
  g_ptr_array_add (assessments[0]->screening,
                   lk_screening_topic_new ("Bilkjøring", LK_4V_VANLIG));

  for (guint a = 0; a < 2; a++)
    {
      add_risk_uuids (risk_uuids, assessments[a]);
      if (!lk_store_put_risk_assessment (store, assessments[a], error))
        goto failed;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_deviations); i++)
    {
      g_autofree char *date = lk_date_add_days (today, -example_deviations[i].days);
      g_autoptr(LkDeviation) d = lk_deviation_new (date, example_deviations[i].description);
      LkRisk *risk = g_ptr_array_index (assessments[example_deviations[i].assessment]->risks,
                                        example_deviations[i].risk);

      d->cause = example_deviations[i].cause;
      d->severity = example_deviations[i].severity;
      d->status = example_deviations[i].status;
      d->risk_uuid = g_strdup (risk->uuid);
      if (!lk_store_put_deviation (store, d, error))
        goto failed;
    }

  g_object_unref (assessments[0]);
  g_object_unref (assessments[1]);
  return TRUE;

failed:
  g_object_unref (assessments[0]);
  g_object_unref (assessments[1]);
  return FALSE;
}


/* --- What the example added ---------------------------------------------------- */

/* Every table with a uuid column, so a new area's example rows are
 * remembered without being listed here. Names come from our own schema.
 * Items of their own (counted for the user) are rows that need no parent:
 * a goal may hang under another goal, a KPI must. */
static GPtrArray *
uuid_tables (LkStore  *store,
             gboolean  top_level_only,
             GError  **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           top_level_only
                           ? "SELECT t.name FROM pragma_table_list AS t, pragma_table_info (t.name) AS c "
                             "WHERE t.schema = 'main' AND t.type = 'table' AND c.name = 'uuid' AND t.name <> 'example_items' "
                             "AND NOT EXISTS (SELECT 1 FROM pragma_foreign_key_list (t.name) AS f, "
                             "  pragma_table_info (t.name) AS c WHERE c.name = f.\"from\" AND c.\"notnull\") "
                             "ORDER BY t.name"
                           : "SELECT t.name FROM pragma_table_list AS t, pragma_table_info (t.name) AS c "
                             "WHERE t.schema = 'main' AND t.type = 'table' AND c.name = 'uuid' AND t.name <> 'example_items' "
                             "ORDER BY t.name",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_ptr_array_add (names, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));

  return step == LK_STEP_DONE ? g_steal_pointer (&names) : NULL;
}

static char *
uuid_union_sql (LkStore  *store,
                GError  **error)
{
  g_autoptr(GPtrArray) tables = uuid_tables (store, FALSE, error);
  GString *sql;

  if (tables == NULL)
    return NULL;
  sql = g_string_new (NULL);
  for (guint i = 0; i < tables->len; i++)
    g_string_append_printf (sql, "%sSELECT '%s' AS tbl, uuid FROM \"%s\"",
                            i > 0 ? " UNION ALL " : "",
                            (char *)g_ptr_array_index (tables, i),
                            (char *)g_ptr_array_index (tables, i));

  return g_string_free (sql, FALSE);
}

static gboolean
remember_before (LkStore     *store,
                 const char  *uuid_sql,
                 GError     **error)
{
  g_autofree char *fill = g_strdup_printf ("INSERT INTO temp.example_before %s", uuid_sql);

  return lk_store_exec (store, "CREATE TEMP TABLE IF NOT EXISTS example_before (tbl TEXT, uuid TEXT)", error) &&
         lk_store_exec (store, "DELETE FROM temp.example_before", error) &&
         lk_store_run_built (store, fill, NULL, error);
}

static gboolean
remember_added (LkStore     *store,
                const char  *uuid_sql,
                GError     **error)
{
  g_autofree char *added = g_strdup_printf ("INSERT OR IGNORE INTO example_items (tbl, uuid) "
                                            "SELECT tbl, uuid FROM (%s) "
                                            "EXCEPT SELECT tbl, uuid FROM temp.example_before",
                                            uuid_sql);

  return lk_store_run_built (store, added, NULL, error) &&
         lk_store_exec (store, "DELETE FROM temp.example_before", error);
}

/* The profile is one thing: if the user has filled in any of it, the
 * example leaves all of it alone. */
static gboolean
load_profile (LkStore  *store,
              GError  **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (example_settings); i++)
    {
      g_autofree char *current = lk_store_get_setting (store, example_settings[i].key);

      if (!lk_text_is_blank (current))
        return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_settings); i++)
    {
      if (!lk_store_set_setting (store, example_settings[i].key, example_settings[i].value, error))
        return FALSE;
      if (!(stmt = lk_store_prepare (store,
                                     "INSERT OR REPLACE INTO example_items (tbl, uuid, value) "
                                     "VALUES ('settings', ?, ?)",
                                     error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, example_settings[i].key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, example_settings[i].value, -1, SQLITE_STATIC);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * lk_example_load:
 * @today: (nullable): the date deadlines are placed around; %NULL for today
 *
 * Adds the example data in one transaction, and remembers what it added
 * for lk_example_remove(). A profile the user has filled in is kept whole.
 */
gboolean
lk_example_load (LkStore     *store,
                 const char  *today,
                 GError     **error)
{
  g_autofree char *today_owned = NULL;
  g_autoptr(GHashTable) risk_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) cause_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) goal_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) focus_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *uuid_sql = NULL;
  /* The held conversation's agreed tiltak are made before it */
  g_autofree char *conversation_uuid = g_uuid_string_random ();

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (today == NULL)
    today = today_owned = lk_date_today ();

  if (!lk_store_begin (store, error))
    return FALSE;

  if (!(uuid_sql = uuid_union_sql (store, error)) ||
      !remember_before (store, uuid_sql, error) ||
      !load_profile (store, error))
    goto failed;

  if (!load_risk (store, today, risk_uuids, error) ||
      !load_fishbone (store, today, cause_uuids, error) ||
      !lk_example_load_masterplan (store, today, goal_uuids, error) ||
      !lk_example_load_ten_factor (store, today, focus_uuids, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (example_measures); i++)
    {
      const ExampleMeasure *e = &example_measures[i];
      g_autoptr(LkMeasure) measure = lk_measure_new (e->title);
      g_autofree char *deadline = NULL;
      g_autofree char *source_uuid = NULL;

      if (e->deadline_days != G_MININT)
        deadline = lk_date_add_days (today, e->deadline_days);
      /* A source area with examples links by uuid; the others keep the
       * label and a fresh uuid until their area adds its examples. */
      if (e->source == LK_SOURCE_RISK && g_hash_table_contains (risk_uuids, e->source_label))
        source_uuid = g_strdup (g_hash_table_lookup (risk_uuids, e->source_label));
      else if (e->source == LK_SOURCE_CAUSE && g_hash_table_contains (cause_uuids, e->source_label))
        source_uuid = g_strdup (g_hash_table_lookup (cause_uuids, e->source_label));
      else if (e->source == LK_SOURCE_GOAL && g_hash_table_contains (goal_uuids, e->source_label))
        source_uuid = g_strdup (g_hash_table_lookup (goal_uuids, e->source_label));
      else if (e->source == LK_SOURCE_TEN_FACTOR && g_hash_table_contains (focus_uuids, e->source_label))
        source_uuid = g_strdup (g_hash_table_lookup (focus_uuids, e->source_label));
      else if (e->source == LK_SOURCE_CONVERSATION)
        source_uuid = g_strdup (conversation_uuid);
      else if (e->source != LK_SOURCE_NONE)
        source_uuid = g_uuid_string_random ();

      lk_measure_set_description (measure, e->description);
      lk_measure_set_owner (measure, e->owner);
      lk_measure_set_deadline (measure, deadline);
      lk_measure_set_status (measure, e->status);
      lk_measure_set_source (measure, e->source, source_uuid, e->source_label);

      if (!lk_store_save_measure (store, measure, error))
        goto failed;
    }

  if (!load_jeg_plan (store, today, goal_uuids, error) ||
      !lk_example_load_conversations (store, today, conversation_uuid, error))
    goto failed;

  if (!remember_added (store, uuid_sql, error))
    goto failed;

  if (!lk_store_commit (store, error))
    return FALSE;

  lk_store_emit_changed (store, "all");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}

/**
 * lk_example_count:
 *
 * How many of the things the example added are still there, counted as the
 * user sees them (a risk assessment is one, not its risks).
 *
 * Returns: the count, or -1 with @error set
 */
int
lk_example_count (LkStore  *store,
                  GError  **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT 0");
  gint64 count = 0;

  g_return_val_if_fail (LK_IS_STORE (store), -1);

  /* Asked on every change: without example data it costs one lookup */
  if (!lk_store_query_int (store, "SELECT EXISTS (SELECT 1 FROM example_items)", &count, error))
    return -1;
  if (count == 0)
    return 0;

  if (!(tables = uuid_tables (store, TRUE, error)))
    return -1;
  /* From the list to the tables (CROSS JOIN keeps that order): the list
   * is short, a user's tables may be long */
  for (guint i = 0; i < tables->len; i++)
    g_string_append_printf (sql,
                            " + (SELECT count(*) FROM example_items AS e CROSS JOIN \"%s\" AS t "
                            "ON t.uuid = e.uuid WHERE e.tbl = '%s')",
                            (char *)g_ptr_array_index (tables, i),
                            (char *)g_ptr_array_index (tables, i));
  if (!lk_store_query_int (store, sql->str, &count, error))
    return -1;

  return (int)count;
}

/* An example row goes when no item of the user's hangs below it: rows go
 * from the leaves up, so an example assessment the user added a risk to
 * stays with that risk. Rows without a uuid of their own (a log entry's
 * goal links, an assessment's screening) are parts of their parent and go
 * with it. */
static char *
removable_sql (LkStore     *store,
               const char  *table,
               GError     **error)
{
  GString *sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  LkStep step;

  g_string_append_printf (sql,
                          "DELETE FROM \"%s\" AS p WHERE uuid IN "
                          "(SELECT uuid FROM example_items WHERE tbl = '%s')",
                          table, table);
  stmt = lk_store_prepare (store,
                           "SELECT t.name, f.\"from\", f.\"to\" "
                           "FROM pragma_table_list AS t, pragma_foreign_key_list (t.name) AS f "
                           "WHERE t.schema = 'main' AND t.type = 'table' AND f.\"table\" = ? "
                           "AND EXISTS (SELECT 1 FROM pragma_table_info (t.name) AS c WHERE c.name = 'uuid')",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_string_append_printf (sql, " AND NOT EXISTS (SELECT 1 FROM \"%s\" AS c WHERE c.\"%s\" = p.\"%s\")",
                            (const char *)sqlite3_column_text (stmt, 0),
                            (const char *)sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2) != NULL
                            ? (const char *)sqlite3_column_text (stmt, 2) : "id");
  if (step != LK_STEP_DONE)
    goto failed;

  return g_string_free (sql, FALSE);

failed:
  g_string_free (sql, TRUE);
  return NULL;
}

/**
 * lk_example_remove:
 * @removed: (out) (optional): how many items went, counted as by lk_example_count()
 *
 * Removes what lk_example_load() added and the user has not built on, and
 * the example profile where the user has not changed it, in one
 * transaction. Afterwards nothing counts as example data any more.
 */
gboolean
lk_example_remove (LkStore  *store,
                   int      *removed,
                   GError  **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) deletes = g_ptr_array_new_with_free_func (g_free);
  int before, after;
  gboolean changed;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (!lk_store_begin (store, error))
    return FALSE;
  if ((before = lk_example_count (store, error)) < 0 ||
      !(tables = uuid_tables (store, FALSE, error)))
    goto failed;

  for (guint i = 0; i < tables->len; i++)
    {
      char *sql = removable_sql (store, g_ptr_array_index (tables, i), error);

      if (sql == NULL)
        goto failed;
      g_ptr_array_add (deletes, sql);
    }

  /* Leaves first, by repeating until nothing more can go: the schema is a
   * few levels deep, so this ends after as many rounds. */
  do
    {
      changed = FALSE;
      for (guint i = 0; i < deletes->len; i++)
        {
          int changes;

          if (!lk_store_run_built (store, g_ptr_array_index (deletes, i), &changes, error))
            goto failed;
          changed |= changes > 0;
        }
    }
  while (changed);

  if (!lk_store_exec (store,
                      "DELETE FROM settings WHERE EXISTS (SELECT 1 FROM example_items AS e "
                      "WHERE e.tbl = 'settings' AND e.uuid = settings.key AND e.value = settings.value)",
                      error))
    goto failed;
  if ((after = lk_example_count (store, error)) < 0 ||
      !lk_store_exec (store, "DELETE FROM example_items", error) ||
      !lk_store_commit (store, error))
    goto failed;

  if (removed != NULL)
    *removed = before - after;
  lk_store_emit_changed (store, "all");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}
