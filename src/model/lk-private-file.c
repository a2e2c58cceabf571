/* lk-private-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lk-private-file.h"

struct _LkPrivateFile
{
  char *path;
  char *temp_path;
};

static void
lk_private_file_free (LkPrivateFile *self)
{
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}

/**
 * lk_private_file_new:
 *
 * Creates the temporary file (0600) to write into, by its temporary path:
 * writers that open a file by name (cairo) keep its mode.
 *
 * Returns: (nullable): the file to write, or %NULL with @error set
 */
LkPrivateFile *
lk_private_file_new (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  LkPrivateFile *self;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (LkPrivateFile, 1);
  self->path = g_strdup (path);
  self->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      lk_private_file_free (self);
      return NULL;
    }
  close (fd);

  return self;
}

const char *
lk_private_file_get_temp_path (LkPrivateFile *self)
{
  return self->temp_path;
}

/* Puts the complete file in place; the temporary one is gone either way */
gboolean
lk_private_file_commit (LkPrivateFile  *self,
                        GError        **error)
{
  gboolean ok = g_rename (self->temp_path, self->path) == 0;

  if (!ok)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), self->path, g_strerror (saved));
      g_unlink (self->temp_path);
    }
  lk_private_file_free (self);

  return ok;
}

void
lk_private_file_abort (LkPrivateFile *self)
{
  g_unlink (self->temp_path);
  lk_private_file_free (self);
}
