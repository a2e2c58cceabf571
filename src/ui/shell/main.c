/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LkApplication) app = NULL;
  const char *localedir = g_getenv ("LEDERKOMPASS_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* Tests run the uninstalled build with its own compiled catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lk_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
