/* lk-ten-factor-json.h: a 10-faktor round as a JSON object, for the backup
 * and for rounds imported from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-json-write.h"

#include "lk-json-read.h"
#include "lk-ten-factor.h"

G_BEGIN_DECLS

void           lk_survey_round_to_json   (LkJsonWriter  *writer,
                                          LkSurveyRound *round);
LkSurveyRound *lk_survey_round_from_json (LkJsonNode     *node,
                                          const char     *path,
                                          GHashTable     *seen,
                                          GError        **error);

G_END_DECLS
