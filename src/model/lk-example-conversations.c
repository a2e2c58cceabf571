/* lk-example-conversations.c: the example leader's ROS-samtaler
 *
 * Kari Nordmann (Hjemmetjenesten Nord) meets Anne Dahl, her
 * tjenesteområdeleder, three times: a conversation held about two and a
 * half months ago with notes, budget figures and two agreed tiltak (the
 * example's "ROS-samtale 2. tertial" tiltak point to it), the next one
 * prepared, and the one after planned. The briefs are assembled from the
 * other areas' examples, so they agree with what those show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-conversation.h"
#include "lk-date.h"
#include "lk-example-private.h"

#define WITH_NAME "Anne Dahl"
#define WITH_ROLE "Tjenesteområdeleder helse og omsorg"
#define UNIT      "Hjemmetjenesten Nord"

static LkConversation *
example (const char *uuid,
         const char *today,
         int         days,
         const char *time)
{
  g_autofree char *date = lk_date_add_days (today, days);
  LkConversation *c = lk_conversation_new_with_uuid (uuid, WITH_NAME, date);

  g_free (c->with_role);
  c->with_role = g_strdup (WITH_ROLE);
  g_free (c->unit);
  c->unit = g_strdup (UNIT);
  c->time = g_strdup (time);

  return c;
}

gboolean
lk_example_load_conversations (LkStore     *store,
                               const char  *today,
                               const char  *held_uuid,
                               GError     **error)
{
  g_autoptr(LkConversation) held = example (held_uuid, today, -75, "09:00");
  g_autoptr(LkConversation) prepared = example (NULL, today, 12, "13:00");
  g_autoptr(LkConversation) planned = example (NULL, today, 130, "09:00");

  held->next_date = g_strdup (prepared->date);
  held->budget = 48500000;
  held->spent = 33100000;
  held->forecast = 49700000;
  held->texts[LK_TOPIC_QUALITY] = g_strdup ("Brukerundersøkelsen er fulgt opp i alle team. "
                                            "Vi ser færre klager på tidspunkt for besøk.");
  held->texts[LK_TOPIC_BUDGET] = g_strdup ("Prognosen viser et merforbruk på 1,2 mill. kr, "
                                           "mest på grunn av innleie i sommerferien.");
  held->texts[LK_TOPIC_RISK] = g_strdup ("To åpne avvik om legemiddelhåndtering. Plan for å lukke dem "
                                         "legges fram til neste samtale.");
  held->notes[LK_TOPIC_BUDGET] = g_strdup ("Enige om en budsjettgjennomgang med økonomirådgiver før "
                                           "neste tertial. Innleie i ferier planlegges tidligere neste år.");
  held->notes[LK_TOPIC_RISK] = g_strdup ("Kari legger fram en plan for å lukke åpne avvik.");
  held->notes[LK_TOPIC_SUPPORT] = g_strdup ("Anne stiller som sparringspartner før medarbeidersamtalene.");
  if (!lk_store_save_conversation (store, held, error) ||
      !lk_store_hold_conversation (store, held, error))
    return FALSE;

  prepared->next_date = g_strdup (planned->date);
  prepared->budget = 48500000;
  prepared->spent = 41800000;
  prepared->forecast = 49100000;
  prepared->texts[LK_TOPIC_QUALITY] = g_strdup ("Fast tid til forbedringsarbeid er på plass i to av tre team.");
  prepared->texts[LK_TOPIC_BUDGET] = g_strdup ("Merforbruket er redusert til 0,6 mill. kr etter tiltak på innleie.");
  prepared->texts[LK_TOPIC_SUPPORT] = g_strdup ("Ønsker å drøfte hvordan jeg kan være mer til stede i teamene.");
  if (!lk_store_save_conversation (store, prepared, error) ||
      !lk_store_prepare_conversation (store, prepared, today, error))
    return FALSE;

  return lk_store_save_conversation (store, planned, error);
}
