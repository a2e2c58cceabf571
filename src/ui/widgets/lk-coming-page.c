/* lk-coming-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-coming-page.h"
#include "lk-page.h"

struct _LkComingPage
{
  LkPage         parent_instance;

  AdwStatusPage *status;
};

G_DEFINE_FINAL_TYPE (LkComingPage, lk_coming_page, LK_TYPE_PAGE)

void
lk_coming_page_describe (LkComingPage *self,
                         const char   *title,
                         const char   *icon,
                         const char   *description)
{
  g_autofree char *heading = g_strdup_printf (_("%s Is Coming"), title);

  g_return_if_fail (LK_IS_COMING_PAGE (self));

  adw_status_page_set_icon_name (self->status, icon);
  adw_status_page_set_title (self->status, heading);
  adw_status_page_set_description (self->status, description);
}

static void
lk_coming_page_class_init (LkComingPageClass *klass)
{
}

static void
lk_coming_page_init (LkComingPage *self)
{
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->status));
}
