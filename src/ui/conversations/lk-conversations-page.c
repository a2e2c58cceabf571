/* lk-conversations-page.c
 *
 * ROS-samtaler by year, one conversation with its brief (LkBriefView),
 * and the årshjul: the year's items from every area on a wheel, a click
 * opening an item where it lives, exported as a picture (the chart's
 * menu) or as a calendar file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lk-a11y.h"
#include "lk-brief-pages.h"
#include "lk-brief-view.h"
#include "lk-conversation.h"
#include "lk-conversations-page.h"
#include "lk-date.h"
#include "lk-dialogs.h"
#include "lk-ics.h"
#include "lk-list.h"
#include "lk-ten-factor.h"
#include "lk-types.h"
#include "lk-year-wheel.h"
#include "lk-year-wheel-view.h"

struct _LkConversationsPage
{
  LkPage          parent_instance;

  LkStore        *store;
  int             year;
  GListStore     *conversations;   /* LkConversation headers of the year */
  GPtrArray      *wheel_items;     /* LkWheelItem of the year */

  AdwViewStack   *views;
  GtkStack       *stack;
  GtkLabel       *year_label;
  GtkLabel       *wheel_year_label;
  GtkListBox     *conversations_list;
  GtkWidget      *back_button;
  GtkBox         *detail_header;
  GtkLabel       *title_label;
  GtkButton      *prepare_button;
  GtkWidget      *hold_button;
  LkBriefView    *brief_view;
  LkYearWheelView *wheel;
};

G_DEFINE_FINAL_TYPE (LkConversationsPage, lk_conversations_page, LK_TYPE_PAGE)

static void refresh (LkConversationsPage *self);

static LkConversation *
current (LkConversationsPage *self)
{
  return lk_brief_view_get_conversation (self->brief_view);
}

/* --- the list --------------------------------------------------------------------------- */

static GtkWidget *
create_conversation_row (gpointer item,
                         gpointer user_data)
{
  LkConversation *c = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = lk_conversation_title (c);
  g_autofree char *date = lk_date_format (c->date);
  g_autofree char *subtitle = NULL;
  GtkWidget *status = gtk_label_new (lk_conversation_status_name (c->status));

  subtitle = g_strjoin (" · ", date, c->time ? c->time : "", *c->unit ? c->unit : "", NULL);
  /* No dots around what is not given */
  while (g_str_has_suffix (subtitle, " · "))
    subtitle[strlen (subtitle) - 3] = '\0';
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (status, "goal-status");
  gtk_widget_add_css_class (status, c->status == LK_CONVERSATION_HELD ? "status-green"
                                    : c->status == LK_CONVERSATION_PREPARED ? "status-yellow" : "status-none");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
update_detail_header (LkConversationsPage *self)
{
  LkConversation *c = current (self);
  gboolean writable = !lk_store_is_read_only (self->store);
  g_autofree char *title = NULL;

  if (c == NULL)
    return;
  title = lk_conversation_title (c);
  gtk_label_set_text (self->title_label, title);
  gtk_button_set_label (self->prepare_button, c->prepared ? _("_Refresh Brief") : _("_Prepare Brief"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->prepare_button),
                               _("Gather the figures from goals, tiltak, risks, 10-faktor and your Jeg-plan"));
  gtk_widget_set_visible (GTK_WIDGET (self->prepare_button), c->held == NULL);
  gtk_widget_set_visible (self->hold_button, c->held == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.prepare", writable && c->held == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.hold", writable && c->held == NULL && c->id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.delete", writable && c->id > 0);
}

static void
show_conversation (LkConversationsPage *self,
                   LkConversation      *c)
{
  lk_brief_view_set_conversation (self->brief_view, self->store, c);
  update_detail_header (self);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  adw_view_stack_set_visible_child_name (self->views, "conversations");
}

static gboolean
open_conversation (LkConversationsPage *self,
                   const char          *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) c = lk_store_get_conversation (self->store, uuid, &error);

  if (c == NULL)
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Open the Conversation"), error);
      return FALSE;
    }
  show_conversation (self, c);

  return TRUE;
}

static void
on_conversation_activated (GtkListBox          *list,
                           GtkListBoxRow       *row,
                           LkConversationsPage *self)
{
  g_autoptr(LkConversation) c = lk_list_row_item (G_LIST_MODEL (self->conversations), row);

  if (c != NULL)
    open_conversation (self, c->uuid);
}

/* The list and the wheel read again on the store's change signal */
static void
on_brief_saved (LkConversationsPage *self)
{
  update_detail_header (self);
}

/* --- the årshjul ------------------------------------------------------------------------ */

/* An item opens where it lives: a conversation here, anything else in its area */
static void
on_wheel_item_activated (LkYearWheelView     *wheel,
                         const char          *area,
                         const char          *uuid,
                         LkConversationsPage *self)
{
  if (g_str_equal (area, "conversations") && *uuid != '\0')
    open_conversation (self, uuid);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(ss)", area, uuid);
}

static void
refresh_wheel (LkConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = lk_date_today ();
  GPtrArray *items = lk_store_list_wheel_items (self->store, self->year, &error);

  if (items == NULL)
    items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);
  g_clear_pointer (&self->wheel_items, g_ptr_array_unref);
  self->wheel_items = items;
  lk_year_wheel_view_set_items (self->wheel, self->year, today, items);
}

/* --- refreshing ---------------------------------------------------------------------------- */

static void
refresh (LkConversationsPage *self)
{
  g_autoptr(GListStore) list = lk_store_list_conversations (self->store, self->year, NULL);
  g_autofree char *year = g_strdup_printf ("%d", self->year);

  if (list != NULL)
    {
      g_autoptr(GPtrArray) items = lk_list_model_items (G_LIST_MODEL (list));

      lk_list_store_replace (self->conversations, items);
    }
  gtk_label_set_text (self->year_label, year);
  gtk_label_set_text (self->wheel_year_label, year);
  refresh_wheel (self);
}

static void
page_refresh (LkPage *page)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (page);

  refresh (self);
  lk_brief_view_reload_agreed (self->brief_view);
}

/* --- actions -------------------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  g_autofree char *today = lk_date_today ();
  g_autofree char *date = lk_date_add_days (today, 14);
  g_autoptr(GListStore) all = lk_store_list_conversations (self->store, 0, NULL);
  guint n = all ? g_list_model_get_n_items (G_LIST_MODEL (all)) : 0;
  g_autoptr(LkConversation) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (all), n - 1) : NULL;
  g_autoptr(LkConversation) c = lk_conversation_new (last ? last->with_name : "", date);
  g_autofree char *unit = lk_store_get_setting (self->store, "user-unit");
  g_autoptr(GError) error = NULL;

  /* Most leaders meet the same person each time, about their own unit */
  if (last != NULL)
    {
      g_free (c->with_role);
      c->with_role = g_strdup (last->with_role);
    }
  g_free (c->unit);
  c->unit = g_strdup (unit && *unit ? unit : last ? last->unit : "");
  if (*c->with_name && !lk_store_save_conversation (self->store, c, &error))
    {
      lk_show_error (widget, _("Could Not Add the Conversation"), error);
      return;
    }
  show_conversation (self, c);
  /* A first conversation starts with whom it is with */
  if (*c->with_name == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->brief_view));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);

  /* A field not valid yet keeps the conversation open, with its message
   * shown, rather than dropping what was typed since the last save */
  if (!lk_brief_view_save_now (self->brief_view))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  lk_brief_view_set_conversation (self->brief_view, self->store, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  refresh (self);
}

static void
year_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);

  self->year = CLAMP (self->year + g_variant_get_int32 (param), 2000, 2200);
  refresh (self);
}

static void
prepare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  g_autoptr(LkConversation) c = NULL;
  g_autoptr(GError) error = NULL;
  gboolean again;

  if (current (self) == NULL || !lk_brief_view_save_now (self->brief_view))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  c = lk_conversation_copy (current (self));
  again = c->prepared != NULL;
  if (!lk_store_prepare_conversation (self->store, c, NULL, &error))
    {
      lk_show_error (widget, _("Could Not Prepare the Brief"), error);
      return;
    }
  show_conversation (self, c);
  lk_page_toast (LK_PAGE (self), adw_toast_new (again ? _("Brief refreshed") : _("Brief prepared")));
}

static void
on_hold_response (AdwMessageDialog    *dialog,
                  const char          *response,
                  LkConversationsPage *self)
{
  g_autoptr(LkConversation) c = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "hold") || current (self) == NULL)
    return;
  if (!lk_brief_view_save_now (self->brief_view))
    return;
  c = lk_conversation_copy (current (self));
  if (!lk_store_hold_conversation (self->store, c, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Mark the Conversation as Held"), error);
      return;
    }
  show_conversation (self, c);
  lk_page_toast (LK_PAGE (self), adw_toast_new (_("Conversation held: its brief is kept as it was")));
}

static void
hold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);

  if (current (self) == NULL)
    return;
  lk_confirm_destructive (lk_parent_window (widget), _("Mark the Conversation as Held?"),
                          _("The brief is kept as it is now and is not gathered again. Notes and agreed tiltak "
                            "can still be added."),
                          "hold", _("Mark as _Held"), G_CALLBACK (on_hold_response), self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  g_autoptr(LkConversation) kept = NULL;
  g_autoptr(GError) error = NULL;

  if (current (self) == NULL || current (self)->id == 0)
    return;
  kept = lk_store_get_conversation (self->store, current (self)->uuid, NULL);
  if (!lk_store_delete_conversation (self->store, current (self)->uuid, &error))
    {
      lk_show_error (widget, _("Could Not Delete the Conversation"), error);
      return;
    }
  lk_brief_view_set_conversation (self->brief_view, self->store, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  refresh (self);
  if (kept != NULL)
    lk_page_toast (LK_PAGE (self), lk_undo_toast_new (_("Conversation deleted"), self->store, kept,
                                                      (LkStorePutFunc) lk_store_restore_conversation));
}

/* The brief as it is saved, with the agreed tiltak and the leader's name */
typedef struct
{
  LkConversation  *conversation;
  GListStore      *agreed;
  char            *leader;
  guint            threshold;
  LkBriefPages    *pages;
} BriefJob;

static void
brief_job_free (BriefJob *job)
{
  g_clear_pointer (&job->pages, lk_brief_pages_free);
  g_clear_object (&job->conversation);
  g_clear_object (&job->agreed);
  g_free (job->leader);
  g_free (job);
}

static BriefJob *
brief_job_new (LkConversationsPage *self)
{
  BriefJob *job = g_new0 (BriefJob, 1);

  job->conversation = lk_store_get_conversation (self->store, current (self)->uuid, NULL);
  if (job->conversation == NULL)
    job->conversation = lk_conversation_copy (current (self));
  job->agreed = lk_store_list_agreed_measures (self->store, job->conversation, NULL);
  job->leader = lk_store_get_setting (self->store, "user-name");
  job->threshold = lk_store_get_anonymity_threshold (self->store);

  return job;
}

static LkBriefDocument
brief_document (BriefJob *job)
{
  return (LkBriefDocument) { job->conversation, job->agreed ? G_LIST_MODEL (job->agreed) : NULL,
                             job->leader, job->threshold };
}

static gboolean
save_pdf (const char  *path,
          gpointer     data,
          GError     **error)
{
  LkBriefDocument doc = brief_document (data);

  return lk_brief_write_pdf (&doc, path, error);
}

/**
 * lk_conversations_page_export_pdf:
 *
 * The open conversation's brief into @path, as Export Brief as PDF does.
 */
gboolean
lk_conversations_page_export_pdf (LkConversationsPage  *self,
                                  const char           *path,
                                  GError              **error)
{
  BriefJob *job;
  gboolean ok;

  g_return_val_if_fail (LK_IS_CONVERSATIONS_PAGE (self), FALSE);

  if (current (self) == NULL)
    return lk_set_invalid (error, _("No conversation is open."));
  lk_brief_view_save_now (self->brief_view);
  job = brief_job_new (self);
  ok = save_pdf (path, job, error);
  brief_job_free (job);

  return ok;
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  static const LkFileType pdf_type[] = { { N_("PDF"), ".pdf", "application/pdf" } };
  g_autofree char *name = NULL;

  if (current (self) == NULL)
    return;
  lk_brief_view_save_now (self->brief_view);
  /* Translators: the file name offered for a brief; the date is ISO */
  name = g_strdup_printf (_("ros-samtale-%s.pdf"), current (self)->date);
  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Brief as PDF"),
                                     .failed = _("Could Not Export the Brief"),
                                     .done = _("Brief exported"),
                                     .types = pdf_type, .n_types = 1 },
                       name, save_pdf, brief_job_new (self), (GDestroyNotify) brief_job_free);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BriefJob          *job)
{
  LkBriefDocument doc = brief_document (job);

  g_clear_pointer (&job->pages, lk_brief_pages_free);
  job->pages = lk_brief_paginate (&doc, gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, lk_brief_pages_get_n (job->pages));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              BriefJob          *job)
{
  lk_brief_draw_page (job->pages, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  BriefJob *job;

  if (current (self) == NULL)
    return;
  lk_brief_view_save_now (self->brief_view);
  job = brief_job_new (self);
  title = lk_conversation_title (job->conversation);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The job lives as long as the operation's handlers */
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print), job,
                         (GClosureNotify) (void (*) (void)) brief_job_free, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, lk_parent_window (widget),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    lk_show_error (widget, _("Could Not Print the Brief"), error);
}

typedef struct
{
  GPtrArray *items;
  char      *name;
} IcsJob;

static void
ics_job_free (IcsJob *job)
{
  g_ptr_array_unref (job->items);
  g_free (job->name);
  g_free (job);
}

static gboolean
save_ics (const char  *path,
          gpointer     data,
          GError     **error)
{
  IcsJob *job = data;

  return lk_ics_write (job->items, job->name, path, error);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (widget);
  static const LkFileType ics_type[] = { { N_("Calendar"), ".ics", "text/calendar" } };
  IcsJob *job = g_new0 (IcsJob, 1);
  g_autofree char *file_name = NULL;

  job->items = g_ptr_array_ref (self->wheel_items);
  job->name = g_strdup_printf (_("Årshjul %d"), self->year);
  /* Translators: the file name offered for the year's calendar */
  file_name = g_strdup_printf (_("arshjul-%d.ics"), self->year);
  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Calendar"),
                                     .failed = _("Could Not Export the Calendar"),
                                     .done = _("Calendar exported"),
                                     .types = ics_type, .n_types = 1 },
                       file_name, save_ics, job, (GDestroyNotify) ics_job_free);
}

/* --- the page -------------------------------------------------------------------------------- */

static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (page);

  if (g_strcmp0 (target, "wheel") == 0)
    {
      adw_view_stack_set_visible_child_name (self->views, "wheel");
      return TRUE;
    }
  if (target == NULL || !g_uuid_string_is_valid (target))
    return FALSE;

  return open_conversation (self, target);
}

static void
page_flush (LkPage *page)
{
  lk_brief_view_save_now (LK_CONVERSATIONS_PAGE (page)->brief_view);
}

static gboolean
page_go_back (LkPage *page)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (page), "conversations.back", NULL);
}

static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (page);

  /* The window's back button takes over; the title gets a line of its
   * own above the buttons */
  gtk_widget_set_visible (self->back_button, !narrow);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->detail_header),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
}

static void
update_back (LkConversationsPage *self)
{
  gboolean detail = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.back", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.export-pdf", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.print", detail);
  if (!detail)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.prepare", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.hold", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.delete", FALSE);
    }
}

static void
lk_conversations_page_constructed (GObject *object)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (object);
  g_autofree char *today = NULL;

  G_OBJECT_CLASS (lk_conversations_page_parent_class)->constructed (object);

  self->store = g_object_ref (lk_page_get_store (LK_PAGE (self)));
  today = lk_date_today ();
  self->year = (int) g_ascii_strtoll (today, NULL, 10);
  lk_page_watch (LK_PAGE (self),
                 (const char *[]) { "conversations", "measures", "risk", "ten-factor", "jeg-plan", NULL });
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.new", !lk_store_is_read_only (self->store));
  refresh (self);
}

static void
lk_conversations_page_dispose (GObject *object)
{
  LkConversationsPage *self = LK_CONVERSATIONS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* The stack is both the bin's child and a template child */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_CONVERSATIONS_PAGE);
  g_clear_pointer (&self->wheel_items, g_ptr_array_unref);
  g_clear_object (&self->conversations);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lk_conversations_page_parent_class)->dispose (object);
}

static void
lk_conversations_page_class_init (LkConversationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->constructed = lk_conversations_page_constructed;
  object_class->dispose = lk_conversations_page_dispose;
  page_class->show = page_show;
  page_class->refresh = page_refresh;
  page_class->flush = page_flush;
  page_class->go_back = page_go_back;
  page_class->set_narrow = page_set_narrow;

  g_type_ensure (LK_TYPE_BRIEF_VIEW);
  g_type_ensure (LK_TYPE_YEAR_WHEEL_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-conversations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, views);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, year_label);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, wheel_year_label);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, conversations_list);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, detail_header);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, prepare_button);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, hold_button);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, brief_view);
  gtk_widget_class_bind_template_child (widget_class, LkConversationsPage, wheel);

  gtk_widget_class_install_action (widget_class, "conversations.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "conversations.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "conversations.year", "i", year_action);
  gtk_widget_class_install_action (widget_class, "conversations.prepare", NULL, prepare_action);
  gtk_widget_class_install_action (widget_class, "conversations.hold", NULL, hold_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "conversations.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "conversations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "conversations.export-ics", NULL, export_ics_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "conversations.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "conversations.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "conversations.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "conversations.print", NULL);
}

static void
lk_conversations_page_init (LkConversationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lk_page_set_views (LK_PAGE (self), self->views);
  lk_a11y_single_tab_stop (GTK_WIDGET (self->conversations_list));

  self->conversations = g_list_store_new (LK_TYPE_CONVERSATION);
  gtk_list_box_set_placeholder (self->conversations_list,
                                lk_list_placeholder_new (_("No conversations this year. Plan one for the next "
                                                           "tertial report.")));
  gtk_list_box_bind_model (self->conversations_list, G_LIST_MODEL (self->conversations),
                           create_conversation_row, self, NULL);
  g_signal_connect (self->conversations_list, "row-activated", G_CALLBACK (on_conversation_activated), self);
  g_signal_connect_swapped (self->brief_view, "saved", G_CALLBACK (on_brief_saved), self);
  lk_toast_forward (self->brief_view, self);

  g_signal_connect (self->wheel, "item-activated", G_CALLBACK (on_wheel_item_activated), self);

  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_back), self);
  update_back (self);
}
