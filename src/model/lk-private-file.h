/* lk-private-file.h: how every file with user data is written
 *
 * Created 0600 as a hidden temporary file beside the target, and renamed
 * into place only when it is complete: nobody else can read it while it is
 * written, and a failure leaves the file that was there as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LkPrivateFile LkPrivateFile;

LkPrivateFile *lk_private_file_new           (const char     *path,
                                              GError        **error);
const char    *lk_private_file_get_temp_path (LkPrivateFile  *self);
gboolean       lk_private_file_commit        (LkPrivateFile  *self,
                                              GError        **error);
void           lk_private_file_abort         (LkPrivateFile  *self);

G_END_DECLS
