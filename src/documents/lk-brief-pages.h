/* lk-brief-pages.h: a ROS-samtale's brief as a document
 *
 * The conversation (who, when, the period), then the agenda's topics in
 * the handbook's order, each with the leader's text, what the brief
 * assembled (the KPI status table, tiltak, benefits, the budget figures,
 * risks with the heat map before and after, deviations, the 10-faktor
 * chart, the Jeg-plan and the shared log entries) and the notes from the
 * conversation; then the agreed tiltak and the next date. Headings, the
 * unit and date on every page, page numbers; paginated on any page size,
 * the same pages for the PDF file and for printing. Everything comes from
 * the snapshot: nothing the leader did not choose to share is in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lk-conversation.h"

G_BEGIN_DECLS

typedef struct
{
  LkConversation *conversation;   /* whole, with its brief */
  GListModel     *agreed;         /* LkMeasure: the tiltak agreed in it */
  const char     *leader;         /* the user's name, or NULL */
  guint           threshold;      /* the anonymity threshold, for a hidden round's reason */
} LkBriefDocument;

typedef struct _LkBriefPages LkBriefPages;

LkBriefPages *lk_brief_paginate      (const LkBriefDocument *document,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);
guint         lk_brief_pages_get_n   (const LkBriefPages    *pages);
void          lk_brief_draw_page     (const LkBriefPages    *pages,
                                      cairo_t               *cr,
                                      guint                  page);
void          lk_brief_pages_free    (LkBriefPages          *pages);
gboolean      lk_brief_write_pdf     (const LkBriefDocument *document,
                                      const char            *path,
                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkBriefPages, lk_brief_pages_free)

G_END_DECLS
