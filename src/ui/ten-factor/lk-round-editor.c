/* lk-round-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "lk-a11y.h"
#include "lk-date.h"
#include "lk-masterplan.h"
#include "lk-round-editor.h"
#include "lk-page.h"
#include "lk-types.h"

/* The grid's columns after the factor: its mean, the three comparison
 * values, the answers 1–5 */
#define COL_MEAN     0
#define COL_COMPARE  1
#define COL_ANSWERS  (COL_COMPARE + LK_COMPARISON_N)
#define N_COLS       (COL_ANSWERS + 5)

struct _LkRoundEditor
{
  LkEditor        parent_instance;

  LkStore        *store;
  LkSurveyRound  *round;       /* a copy, saved whole */
  GtkWidget      *cells[LK_TEN_FACTOR_N][N_COLS];
  GtkWidget      *answer_heads[5];

  AdwEntryRow    *unit_row;
  AdwEntryRow    *year_row;
  AdwEntryRow    *invited_row;
  AdwEntryRow    *respondents_row;
  AdwEntryRow    *unit_type_row;
  AdwEntryRow    *part_of_row;
  GtkSwitch      *answers_switch;
  GtkLabel       *too_few_label;
  GtkGrid        *grid;
  AdwEntryRow    *municipality_row;
  AdwEntryRow    *participants_row;
  AdwEntryRow    *unit_type_name_row;
  AdwEntryRow    *comparison_year_row;
  AdwEntryRow    *source_row;
};

G_DEFINE_FINAL_TYPE (LkRoundEditor, lk_round_editor, LK_TYPE_EDITOR)

static AdwEntryRow **
name_rows (LkRoundEditor *self)
{
  static AdwEntryRow *rows[LK_COMPARISON_N];

  rows[LK_COMPARISON_MUNICIPALITY] = self->municipality_row;
  rows[LK_COMPARISON_PARTICIPANTS] = self->participants_row;
  rows[LK_COMPARISON_UNIT_TYPE] = self->unit_type_name_row;

  return rows;
}

static void
update_answers (LkRoundEditor *self)
{
  gboolean shown = gtk_switch_get_active (self->answers_switch);

  for (guint a = 0; a < 5; a++)
    {
      gtk_widget_set_visible (self->answer_heads[a], shown);
      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        gtk_widget_set_visible (self->cells[f][COL_ANSWERS + a], shown);
    }
}

static gboolean
read_int (AdwEntryRow  *row,
          const char   *what,
          gboolean      required,
          int           min,
          int           max,
          int          *out,
          GError      **error)
{
  g_autofree char *text = lk_editor_field_get_text (GTK_EDITABLE (row));
  char *end = NULL;
  long value;

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (text == NULL || *text == '\0')
    {
      *out = -1;
      if (!required)
        return TRUE;
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID, _("Fill in %s."), what);
      return FALSE;
    }
  value = strtol (text, &end, 10);
  if (*end != '\0' || value < min || value > max)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a whole number from %d to %d."), what, text, min, max);
      return FALSE;
    }
  *out = (int) value;

  return TRUE;
}

/* A mean in a cell: empty, or 1–5 with a comma or a point */
static gboolean
read_cell (GtkWidget   *cell,
           const char  *what,
           gboolean     answer,
           double      *out,
           GError     **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (cell));

  gtk_widget_remove_css_class (cell, "error");
  *out = NAN;
  if (lk_text_is_blank (text))
    return TRUE;
  if (lk_parse_number (text, out) && (answer ? *out >= 0 && *out == floor (*out) : *out >= 1 && *out <= 5))
    return TRUE;
  gtk_widget_add_css_class (cell, "error");
  if (answer)
    g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                 _("%s: “%s” is not a number of people."), what, text);
  else
    g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                 _("%s: “%s” is not a mean from 1 to 5. Write it like 4,2."), what, text);

  return FALSE;
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkRoundEditor *self = LK_ROUND_EDITOR (editor);
  LkSurveyRound *r = self->round;
  g_autofree char *source = lk_editor_field_get_text (GTK_EDITABLE (self->source_row));
  gboolean answers = gtk_switch_get_active (self->answers_switch);
  int year, comparison_year;

  g_free (r->unit);
  r->unit = lk_editor_field_get_text (GTK_EDITABLE (self->unit_row));
  if (r->unit == NULL)
    r->unit = g_strdup ("");
  lk_set_text (&r->unit_type, gtk_editable_get_text (GTK_EDITABLE (self->unit_type_row)), FALSE);
  lk_set_text (&r->part_of, gtk_editable_get_text (GTK_EDITABLE (self->part_of_row)), FALSE);
  g_strstrip (r->unit_type);
  g_strstrip (r->part_of);
  if (!read_int (self->year_row, _("Survey year"), TRUE, 2000, 2200, &year, error) ||
      !read_int (self->invited_row, _("Invited"), FALSE, 0, LK_SURVEY_MAX_PEOPLE, &r->invited, error) ||
      !read_int (self->respondents_row, _("Answered"), TRUE, 0, LK_SURVEY_MAX_PEOPLE, &r->respondents, error))
    return FALSE;
  r->year = year;
  if (!read_int (self->comparison_year_row, _("Year of the comparison values"), FALSE, 2000, 2200,
                 &comparison_year, error))
    return FALSE;

  /* Fewer than three: nothing of the results is kept, so none is asked.
   * Results hidden by the anonymity rule are not shown here either; they
   * stay stored as they are */
  gtk_widget_set_sensitive (GTK_WIDGET (self->grid), r->respondents >= LK_ANONYMITY_MIN &&
                                                     r->visibility == LK_RESULT_SHOWN);
  gtk_widget_set_visible (GTK_WIDGET (self->too_few_label), (r->respondents >= 0 &&
                                                             r->respondents < LK_ANONYMITY_MIN) ||
                                                            r->visibility != LK_RESULT_SHOWN);

  lk_survey_round_clear_results (r);
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      g_autofree char *what = g_strdup_printf ("%u %s", f + 1, lk_ten_factor_name (f + 1));
      gboolean any_answer = FALSE, all_answers = TRUE;
      double counts[5];

      if (r->respondents < LK_ANONYMITY_MIN || r->visibility != LK_RESULT_SHOWN)
        break;
      if (!read_cell (self->cells[f][COL_MEAN], what, FALSE, &r->results[f].mean, error))
        return FALSE;
      for (guint k = 0; k < LK_COMPARISON_N; k++)
        {
          LkSurveyComparison *c = lk_survey_round_get_comparison (r, k);
          double v;

          if (!read_cell (self->cells[f][COL_COMPARE + k], what, FALSE, &v, error))
            return FALSE;
          c->means[f] = v;
        }
      for (guint a = 0; answers && a < 5; a++)
        {
          if (!read_cell (self->cells[f][COL_ANSWERS + a], what, TRUE, &counts[a], error))
            return FALSE;
          any_answer = any_answer || !isnan (counts[a]);
          all_answers = all_answers && !isnan (counts[a]);
        }
      if (any_answer && !all_answers)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("%s: give how many answered each of 1 to 5, or none of them."), what);
          return FALSE;
        }
      for (guint a = 0; any_answer && a < 5; a++)
        r->results[f].counts[a] = (int) counts[a];
    }

  for (guint k = 0; k < LK_COMPARISON_N; k++)
    {
      LkSurveyComparison *c = lk_survey_round_get_comparison (r, k);

      lk_set_text (&c->label, gtk_editable_get_text (GTK_EDITABLE (name_rows (self)[k])), FALSE);
      lk_set_text (&c->source, source ? source : "", FALSE);
      c->year = comparison_year > 0 ? comparison_year : r->year;
    }

  return lk_survey_round_validate (r, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  LkRoundEditor *self = LK_ROUND_EDITOR (editor);

  return lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->unit_row))) ||
         lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->respondents_row)));
}

/* A comparison with no values is not kept */
static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkRoundEditor *self = LK_ROUND_EDITOR (editor);
  g_autoptr(LkSurveyRound) copy = lk_survey_round_copy (self->round);

  for (guint i = copy->comparisons->len; i-- > 0;)
    {
      LkSurveyComparison *c = g_ptr_array_index (copy->comparisons, i);
      gboolean any = FALSE;

      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        any = any || !isnan (c->means[f]);
      if (!any)
        g_ptr_array_remove_index (copy->comparisons, i);
    }
  if (!lk_store_save_survey_round (self->store, copy, error))
    return FALSE;
  self->round->id = copy->id;

  return TRUE;
}

static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkRoundEditor *self = LK_ROUND_EDITOR (editor);

  if (!lk_store_delete_survey_round (self->store, self->round->uuid, error))
    return FALSE;
  lk_toast_emit_text (self, _("Round deleted"));

  return TRUE;
}

static void
set_cell (GtkWidget *cell,
          double     value,
          int        decimals)
{
  g_autofree char *text = isnan (value) ? g_strdup ("") : lk_format_number (value, decimals);

  gtk_editable_set_text (GTK_EDITABLE (cell), text);
}

static void
build_grid (LkRoundEditor *self)
{
  const char *heads[N_COLS] = {
    _("Mean"), _("Municipality"), _("All"), _("Unit type"), "1", "2", "3", "4", "5",
  };

  for (guint c = 0; c < N_COLS; c++)
    {
      GtkWidget *label = gtk_label_new (heads[c]);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_grid_attach (self->grid, label, c + 1, 0, 1, 1);
      if (c >= COL_ANSWERS)
        self->answer_heads[c - COL_ANSWERS] = label;
    }
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      g_autofree char *name = g_strdup_printf ("%u %s", f + 1, lk_ten_factor_name (f + 1));
      GtkWidget *label = gtk_label_new (name);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_widget_set_tooltip_text (label, lk_ten_factor_description (f + 1));
      gtk_grid_attach (self->grid, label, 0, f + 1, 1, 1);
      for (guint c = 0; c < N_COLS; c++)
        {
          GtkWidget *entry = gtk_entry_new ();
          g_autofree char *a11y = g_strdup_printf ("%s: %s", lk_ten_factor_name (f + 1), heads[c]);

          gtk_editable_set_width_chars (GTK_EDITABLE (entry), c >= COL_ANSWERS ? 3 : 4);
          gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
          lk_a11y_set_name (entry, a11y);
          g_signal_connect_swapped (entry, "changed", G_CALLBACK (lk_editor_changed), self);
          gtk_grid_attach (self->grid, entry, c + 1, f + 1, 1, 1);
          self->cells[f][c] = entry;
        }
    }
}

static void
fill (LkRoundEditor *self)
{
  LkSurveyRound *r = self->round;
  g_autofree char *year = g_strdup_printf ("%d", r->year);
  g_autofree char *invited = r->invited >= 0 ? g_strdup_printf ("%d", r->invited) : g_strdup ("");
  g_autofree char *respondents = r->id > 0 || r->respondents > 0 ? g_strdup_printf ("%d", r->respondents)
                                                                 : g_strdup ("");
  const char *source = "";

  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), r->unit);
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->invited_row), invited);
  gtk_editable_set_text (GTK_EDITABLE (self->respondents_row), respondents);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_type_row), r->unit_type);
  gtk_editable_set_text (GTK_EDITABLE (self->part_of_row), r->part_of);
  gtk_switch_set_active (self->answers_switch, lk_survey_round_has_counts (r));
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      set_cell (self->cells[f][COL_MEAN], r->results[f].mean, 2);
      for (guint a = 0; a < 5; a++)
        set_cell (self->cells[f][COL_ANSWERS + a], r->results[f].counts[a] >= 0 ? r->results[f].counts[a] : NAN, 0);
    }
  for (guint k = 0; k < LK_COMPARISON_N; k++)
    {
      LkSurveyComparison *c = lk_survey_round_get_comparison (r, k);

      if (c == NULL)
        {
          c = lk_survey_comparison_new (k, "", r->year);
          g_ptr_array_add (r->comparisons, c);
        }
      if (c->source && *c->source)
        source = c->source;
      gtk_editable_set_text (GTK_EDITABLE (name_rows (self)[k]), c->label);
      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        set_cell (self->cells[f][COL_COMPARE + k], c->means[f], 2);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), source);
  {
    LkSurveyComparison *c = r->comparisons->len ? g_ptr_array_index (r->comparisons, 0) : NULL;
    g_autofree char *year_text = c && c->year != r->year ? g_strdup_printf ("%d", c->year) : g_strdup ("");

    gtk_editable_set_text (GTK_EDITABLE (self->comparison_year_row), year_text);
  }
  update_answers (self);
}

/**
 * lk_round_editor_new:
 * @round: (nullable): the round to edit; %NULL for a new one
 */
GtkWindow *
lk_round_editor_new (GtkWindow     *parent,
                     LkStore       *store,
                     LkSurveyRound *round)
{
  LkRoundEditor *self;
  g_autofree char *today = lk_date_today ();
  g_autofree char *too_few = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  self = g_object_new (LK_TYPE_ROUND_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->round = round ? lk_survey_round_copy (round) : lk_survey_round_new (atoi (today), "");

  too_few = self->round->visibility != LK_RESULT_SHOWN
          ? lk_survey_round_explain_hidden (self->round, lk_store_get_anonymity_threshold (store))
          : g_strdup_printf (_("Fewer than %d answered: to protect the few who did, their results are not "
                               "kept."),
                             LK_ANONYMITY_MIN);
  gtk_label_set_text (self->too_few_label, too_few);

  lk_editor_begin_fill (LK_EDITOR (self));
  fill (self);
  lk_editor_end_fill (LK_EDITOR (self));

  lk_editor_set_is_new (LK_EDITOR (self), round == NULL, _("New Round"), _("Edit Round"));
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (round ? GTK_WIDGET (self->respondents_row) : GTK_WIDGET (self->unit_row)));

  return GTK_WINDOW (self);
}

static void
lk_round_editor_dispose (GObject *object)
{
  LkRoundEditor *self = LK_ROUND_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_ROUND_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->round);

  G_OBJECT_CLASS (lk_round_editor_parent_class)->dispose (object);
}

static void
lk_round_editor_class_init (LkRoundEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_round_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_heading = N_("Delete This Round?");
  editor_class->delete_body = N_("Its results, comparison values and follow-up go with it. Tiltak made from it stay in Tiltak.");
  editor_class->delete_failed = N_("Could Not Delete the Round");

  lk_editor_class_set_template (widget_class, "/io/github/lederkompass/Lederkompass/lk-round-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, invited_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, respondents_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, unit_type_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, part_of_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, answers_switch);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, too_few_label);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, grid);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, unit_type_name_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, comparison_year_row);
  gtk_widget_class_bind_template_child (widget_class, LkRoundEditor, source_row);
}

static void
lk_round_editor_init (LkRoundEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_grid (self);

  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->unit_row, self->year_row, self->invited_row,
                                              self->respondents_row, self->unit_type_row, self->part_of_row,
                                              self->municipality_row, self->participants_row,
                                              self->unit_type_name_row, self->comparison_year_row,
                                              self->source_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->answers_switch, "notify::active", G_CALLBACK (update_answers), self);
  g_signal_connect_swapped (self->answers_switch, "notify::active", G_CALLBACK (lk_editor_changed), self);
}
