/* lk-backup-ten-factor.c: 10-faktor rounds in the backup
 *
 * A round is one object with its results, comparison values and
 * follow-up nested. Rounds come from the store with the anonymity rule
 * applied, so a hidden result is not in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-backup-private.h"
#include "lk-ten-factor-json.h"

static GPtrArray *
rounds_list (LkStore  *store,
             GError  **error)
{
  return lk_store_list_survey_rounds (store, error);
}

static void
round_write (LkJsonWriter  *writer,
             gconstpointer  item)
{
  lk_survey_round_to_json (writer, (LkSurveyRound *) item);
}

static gpointer
round_read (LkJsonNode  *node,
            const char  *path,
            GHashTable  *seen,
            GError     **error)
{
  return lk_survey_round_from_json (node, path, seen, error);
}

LK_BACKUP_ITEM_FIELDS (LkSurveyRound, round)

const LkBackupSection lk_backup_survey_rounds_section = {
  .name = "survey-rounds",
  .list = rounds_list,
  .write = round_write,
  .read = round_read,
  .uuid = round_uuid,
  .updated = round_updated,
  .put = (LkStorePutFunc) lk_store_put_survey_round,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM survey_rounds WHERE uuid = ?1",
  .clear_sql = "DELETE FROM survey_rounds",
};
