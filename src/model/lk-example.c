/* lk-example.c: a small example municipality
 *
 * Fjordvik kommune is made up; its facts follow the domain brief: the
 * priority areas, the 10-faktor factors, internkontrollhjulet, a fishbone on
 * Lean in a unit, and the ROS-samtale agenda. Each area adds its part here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-date.h"
#include "lk-example.h"
#include "lk-measures.h"

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
    "Tjenester av god kvalitet (Tjenestene)" },
  { "Redusere overtid med 20 prosent",
    "Gå gjennom turnus og vaktbytter; følge overtid per avdeling hver måned.",
    "Kari Nordmann", 120, LK_MEASURE_STATUS_STARTED, LK_SOURCE_GOAL,
    "Økonomi i balanse (Økonomien)" },
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

/**
 * lk_example_load:
 * @today: (nullable): the date deadlines are placed around; %NULL for today
 *
 * Adds the example data in one transaction. Settings the user has already
 * filled in are kept.
 */
gboolean
lk_example_load (LkStore     *store,
                 const char  *today,
                 GError     **error)
{
  g_autofree char *today_owned = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (today == NULL)
    today = today_owned = lk_date_today ();

  if (!lk_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (example_settings); i++)
    {
      g_autofree char *current = lk_store_get_setting (store, example_settings[i].key);

      if (current == NULL &&
          !lk_store_set_setting (store, example_settings[i].key, example_settings[i].value, error))
        goto failed;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_measures); i++)
    {
      const ExampleMeasure *e = &example_measures[i];
      g_autoptr(LkMeasure) measure = lk_measure_new (e->title);
      g_autofree char *deadline = NULL;
      g_autofree char *source_uuid = NULL;

      if (e->deadline_days != G_MININT)
        deadline = lk_date_add_days (today, e->deadline_days);
      /* Until the source areas exist, the link is kept by label; the uuid
       * lets them pick the measures up when they add their own examples. */
      if (e->source != LK_SOURCE_NONE)
        source_uuid = g_uuid_string_random ();

      lk_measure_set_description (measure, e->description);
      lk_measure_set_owner (measure, e->owner);
      lk_measure_set_deadline (measure, deadline);
      lk_measure_set_status (measure, e->status);
      lk_measure_set_source (measure, e->source, source_uuid, e->source_label);

      if (!lk_store_save_measure (store, measure, error))
        goto failed;
    }

  if (!lk_store_commit (store, error))
    return FALSE;

  lk_store_emit_changed (store, "all");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}
