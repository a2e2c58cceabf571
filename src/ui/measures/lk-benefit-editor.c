/* lk-benefit-editor.c
 *
 * Planned, identified and realised, in FTE and in kroner: the three
 * stages the benefit reports count, as Vestre Toten's do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lk-benefit-editor.h"
#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-page.h"
#include "lk-types.h"

struct _LkBenefitEditor
{
  LkEditor      parent_instance;

  LkStore      *store;
  LkBenefit    *benefit;     /* a copy */

  AdwComboRow  *kind_row;
  AdwEntryRow  *text_row;
  AdwEntryRow  *period_row;
  AdwEntryRow  *fte_planned_row;
  AdwEntryRow  *fte_identified_row;
  AdwEntryRow  *fte_realised_row;
  AdwEntryRow  *nok_planned_row;
  AdwEntryRow  *nok_identified_row;
  AdwEntryRow  *nok_realised_row;
};

G_DEFINE_FINAL_TYPE (LkBenefitEditor, lk_benefit_editor, LK_TYPE_EDITOR)

/* --- a benefit in words ----------------------------------------------------- */

const char *
lk_benefit_kind_label (LkBenefitKind kind)
{
  switch (kind)
    {
    case LK_BENEFIT_TIME_SAVED:
      return _("Time saved");
    case LK_BENEFIT_QUALITY:
      return _("Better quality");
    case LK_BENEFIT_AVOIDED_COST:
    default:
      return _("Avoided cost");
    }
}

static void
append_amounts (GString      *text,
                const double  amounts[3],
                gboolean      fte)
{
  const char *stages[3] = { _("planned"), _("identified"), _("realised") };
  gboolean first = TRUE;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *n = NULL;

      if (amounts[i] <= 0)
        continue;
      n = lk_format_number (amounts[i], fte ? 1 : 0);
      if (text->len > 0)
        g_string_append (text, first ? "; " : ", ");
      if (first)
        /* TRANSLATORS: an amount and what it is, like "1,5 FTE planned" or "650000 kr realised" */
        g_string_append_printf (text, fte ? _("%s FTE %s") : _("%s kr %s"), n, stages[i]);
      else
        g_string_append_printf (text, "%s %s", n, stages[i]);
      first = FALSE;
    }
}

char *
lk_benefit_describe (LkBenefit *benefit)
{
  GString *text = g_string_new (NULL);

  append_amounts (text, benefit->fte, TRUE);
  append_amounts (text, benefit->nok, FALSE);
  if (benefit->period && *benefit->period)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", benefit->period);
  if (benefit->measure_uuid != NULL)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", _("from a tiltak"));
  if (benefit->text && *benefit->text)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", benefit->text);

  return g_string_free (text, FALSE);
}

/* Returns: (nullable): the sums of its subtree, or %NULL when there are none */
char *
lk_benefit_totals_describe (const LkBenefitTotals *totals)
{
  GString *text = g_string_new (NULL);

  append_amounts (text, totals->fte, TRUE);
  append_amounts (text, totals->nok, FALSE);
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  g_string_prepend (text, _("With the goals below it: "));
  g_string_append (text, ".");

  return g_string_free (text, FALSE);
}


/* The rows of one unit, planned to realised */
static AdwEntryRow *
amount_row (LkBenefitEditor *self,
            gboolean         fte,
            guint            stage)
{
  AdwEntryRow *fte_rows[3] = { self->fte_planned_row, self->fte_identified_row, self->fte_realised_row };
  AdwEntryRow *nok_rows[3] = { self->nok_planned_row, self->nok_identified_row, self->nok_realised_row };

  return fte ? fte_rows[stage] : nok_rows[stage];
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkBenefitEditor *self = LK_BENEFIT_EDITOR (editor);
  LkBenefit *b = self->benefit;

  b->kind = adw_combo_row_get_selected (self->kind_row);
  g_free (b->text);
  b->text = lk_editor_field_get_text (GTK_EDITABLE (self->text_row));
  g_free (b->period);
  b->period = lk_editor_field_get_text (GTK_EDITABLE (self->period_row));
  for (int fte = 1; fte >= 0; fte--)
    {
      for (guint i = 0; i < 3; i++)
        {
          AdwEntryRow *row = amount_row (self, fte, i);
          const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
          double *slot = fte ? &b->fte[i] : &b->nok[i];

          gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
          if (lk_text_is_blank (text))
            *slot = 0;
          else if (!lk_parse_number (text, slot) || *slot < 0)
            {
              gtk_widget_add_css_class (GTK_WIDGET (row), "error");
              g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("“%s” is not an amount. Write it like 1,5 or 250 000."), text);
              return FALSE;
            }
        }
    }

  return lk_benefit_validate (b, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  LkBenefitEditor *self = LK_BENEFIT_EDITOR (editor);

  for (int fte = 1; fte >= 0; fte--)
    for (guint i = 0; i < 3; i++)
      if (!lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (amount_row (self, fte, i)))))
        return FALSE;

  return lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->text_row)));
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkBenefitEditor *self = LK_BENEFIT_EDITOR (editor);

  return lk_store_save_benefit (self->store, self->benefit, error);
}

static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkBenefitEditor *self = LK_BENEFIT_EDITOR (editor);

  if (!lk_store_delete_benefit (self->store, self->benefit->uuid, error))
    return FALSE;
  lk_toast_emit (self, lk_undo_toast_new (_("Benefit deleted"), self->store, self->benefit,
                                          (LkStorePutFunc) lk_store_save_benefit));

  return TRUE;
}

/* A new benefit of a stored tiltak */
GtkWindow *
lk_benefit_editor_new_for_measure (GtkWindow  *parent,
                                   LkStore    *store,
                                   const char *measure_uuid)
{
  g_autoptr(LkBenefit) benefit = lk_benefit_new (NULL, measure_uuid);
  GtkWindow *editor = lk_benefit_editor_new (parent, store, benefit, NULL);

  lk_editor_set_is_new (LK_EDITOR (editor), TRUE, _("New Benefit"), _("Edit Benefit"));

  return editor;
}

/**
 * lk_benefit_editor_new:
 * @benefit: (nullable): the benefit to edit, or %NULL for a new one of
 *   @goal_uuid
 */
GtkWindow *
lk_benefit_editor_new (GtkWindow  *parent,
                       LkStore    *store,
                       LkBenefit  *benefit,
                       const char *goal_uuid)
{
  LkBenefitEditor *self;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  self = g_object_new (LK_TYPE_BENEFIT_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->benefit = benefit ? lk_benefit_copy (benefit) : lk_benefit_new (goal_uuid, NULL);

  lk_editor_begin_fill (LK_EDITOR (self));
  adw_combo_row_set_selected (self->kind_row, self->benefit->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), self->benefit->text);
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), self->benefit->period);
  for (int fte = 1; fte >= 0; fte--)
    for (guint i = 0; i < 3; i++)
      {
        double v = fte ? self->benefit->fte[i] : self->benefit->nok[i];
        g_autofree char *text = v > 0 ? lk_format_number (v, 2) : g_strdup ("");

        gtk_editable_set_text (GTK_EDITABLE (amount_row (self, fte, i)), text);
      }
  lk_editor_end_fill (LK_EDITOR (self));

  lk_editor_set_is_new (LK_EDITOR (self), benefit == NULL, _("New Benefit"), _("Edit Benefit"));
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));

  return GTK_WINDOW (self);
}

static void
lk_benefit_editor_dispose (GObject *object)
{
  LkBenefitEditor *self = LK_BENEFIT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_BENEFIT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->benefit);

  G_OBJECT_CLASS (lk_benefit_editor_parent_class)->dispose (object);
}

static void
lk_benefit_editor_class_init (LkBenefitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_benefit_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_failed = N_("Could Not Delete the Benefit");

  lk_editor_class_set_template (widget_class, "/io/github/lederkompass/Lederkompass/lk-benefit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, period_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, fte_planned_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, fte_identified_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, fte_realised_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, nok_planned_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, nok_identified_row);
  gtk_widget_class_bind_template_child (widget_class, LkBenefitEditor, nok_realised_row);
}

static void
lk_benefit_editor_init (LkBenefitEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new ((const char *[]) {
    _("Avoided cost"), _("Time saved"), _("Better quality"), NULL });

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->text_row, self->period_row, self->fte_planned_row,
                                              self->fte_identified_row, self->fte_realised_row,
                                              self->nok_planned_row, self->nok_identified_row,
                                              self->nok_realised_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (lk_editor_changed), self);
}
