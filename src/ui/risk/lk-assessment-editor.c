/* lk-assessment-editor.c
 *
 * Edits a copy of the whole assessment; Save stores it in one transaction.
 * The matrix is changed in place: its risks keep their positions, so a
 * size changed and changed back gives the same levels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-date.h"
#include "lk-a11y.h"
#include "lk-risk.h"
#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-list.h"
#include "lk-assessment-editor.h"

struct _LkAssessmentEditor
{
  LkEditor          parent_instance;

  LkStore          *store;
  LkRiskAssessment *assessment;

  AdwEntryRow      *title_row;
  AdwEntryRow      *workplace_row;
  AdwEntryRow      *unit_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *participants_row;
  AdwComboRow      *size_row;
  AdwComboRow      *labels_row;
  GtkGrid          *zones_grid;
  AdwEntryRow      *types_row;
  AdwComboRow      *types_preset_row;
  GtkListBox       *screening_list;
  AdwEntryRow      *topic_row;
  GListStore       *topics;       /* the screening's topics, in screening_list */
  GtkWidget        *name_rows[2][LK_RISK_MATRIX_MAX];  /* level names: probability, consequence */
  AdwExpanderRow   *probability_names;
  AdwExpanderRow   *consequence_names;
  GtkWidget        *default_switch;
};

G_DEFINE_FINAL_TYPE (LkAssessmentEditor, lk_assessment_editor, LK_TYPE_EDITOR)

/* --- zones ------------------------------------------------------------------ */

static const char *zone_classes[] = { "zone-green", "zone-yellow", "zone-red" };

static void
update_zone_button (LkAssessmentEditor *self,
                    GtkWidget          *button,
                    guint               p,
                    guint               c)
{
  LkZone zone = lk_risk_matrix_zone (&self->assessment->matrix, p, c);
  g_autofree char *label = g_strdup_printf (_("Probability %u, consequence %u: %s"),
                                            p, c, lk_zone_to_label (zone));

  for (guint z = 0; z < 3; z++)
    gtk_widget_remove_css_class (button, zone_classes[z]);
  gtk_widget_add_css_class (button, zone_classes[zone]);
  gtk_widget_set_tooltip_text (button, label);
  lk_a11y_set_name (GTK_WIDGET (button), label);
}

static void
on_zone_clicked (GtkButton          *button,
                 LkAssessmentEditor *self)
{
  int column, row;
  guint p, c;
  guint8 *zone;

  /* The cell says which it is: highest probability on the top row */
  gtk_grid_query_child (self->zones_grid, GTK_WIDGET (button), &column, &row, NULL, NULL);
  p = self->assessment->matrix.size - row;
  c = column;
  zone = &self->assessment->matrix.zones[p - 1][c - 1];

  *zone = (*zone + 1) % 3;
  update_zone_button (self, GTK_WIDGET (button), p, c);
  lk_editor_changed (LK_EDITOR (self));
}

/* Highest probability on top, as the heat map draws it */
static void
build_zones (LkAssessmentEditor *self)
{
  guint size = self->assessment->matrix.size;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->zones_grid))))
    gtk_grid_remove (self->zones_grid, child);

  for (guint c = 1; c <= size; c++)
    {
      g_autofree char *text = g_strdup_printf ("%u", c);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->zones_grid, label, c, size, 1, 1);
    }

  for (guint p = size; p >= 1; p--)
    {
      g_autofree char *text = g_strdup_printf ("%u", p);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_end (label, 6);
      gtk_grid_attach (self->zones_grid, label, 0, size - p, 1, 1);

      for (guint c = 1; c <= size; c++)
        {
          g_autofree char *score = g_strdup_printf ("%u", lk_risk_score (p, c));
          GtkWidget *button = gtk_button_new_with_label (score);

          gtk_widget_add_css_class (button, "zone-cell");
          gtk_widget_set_size_request (button, 44, 36);
          update_zone_button (self, button, p, c);
          g_signal_connect (button, "clicked", G_CALLBACK (on_zone_clicked), self);
          gtk_grid_attach (self->zones_grid, button, c, size - p, 1, 1);
        }
    }
}

static void
default_zones_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkAssessmentEditor *self = LK_ASSESSMENT_EDITOR (widget);

  lk_risk_matrix_default_zones (&self->assessment->matrix);
  build_zones (self);
  lk_editor_changed (LK_EDITOR (self));
}

/* --- level names ----------------------------------------------------------- */

static void
on_level_name_changed (GtkEditable        *editable,
                       LkAssessmentEditor *self)
{
  LkRiskMatrix *matrix = &self->assessment->matrix;

  if (lk_editor_is_filling (LK_EDITOR (self)))
    return;

  for (guint i = 0; i < LK_RISK_MATRIX_MAX; i++)
    {
      char **label = GTK_WIDGET (editable) == self->name_rows[0][i] ? &matrix->probability_labels[i]
                   : GTK_WIDGET (editable) == self->name_rows[1][i] ? &matrix->consequence_labels[i]
                   : NULL;

      if (label != NULL)
        {
          g_free (*label);
          *label = lk_editor_field_get_text (editable);
        }
    }
  lk_editor_changed (LK_EDITOR (self));
}

/* @axis: 0 probability, 1 consequence */
static void
build_names (LkAssessmentEditor *self,
             guint               axis,
             AdwExpanderRow     *expander,
             char              **labels)
{
  GtkWidget **rows = self->name_rows[axis];

  for (guint i = 0; i < LK_RISK_MATRIX_MAX; i++)
    if (rows[i] != NULL)
      {
        adw_expander_row_remove (expander, rows[i]);
        rows[i] = NULL;
      }

  lk_editor_begin_fill (LK_EDITOR (self));
  for (guint i = 0; i < self->assessment->matrix.size; i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *title = g_strdup_printf (_("Level %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), labels[i] ? labels[i] : "");
      g_signal_connect (row, "changed", G_CALLBACK (on_level_name_changed), self);
      adw_expander_row_add_row (expander, row);
      rows[i] = row;
    }
  lk_editor_end_fill (LK_EDITOR (self));
}

static void
build_matrix (LkAssessmentEditor *self)
{
  build_zones (self);
  build_names (self, 0, self->probability_names, self->assessment->matrix.probability_labels);
  build_names (self, 1, self->consequence_names, self->assessment->matrix.consequence_labels);
}

static void
on_size_changed (LkAssessmentEditor *self)
{
  guint size = adw_combo_row_get_selected (self->size_row) + 3;

  if (lk_editor_is_filling (LK_EDITOR (self)) || size == self->assessment->matrix.size)
    return;

  lk_risk_matrix_resize (&self->assessment->matrix, size);
  build_matrix (self);
  lk_editor_changed (LK_EDITOR (self));
}

static void
on_labels_changed (LkAssessmentEditor *self)
{
  if (lk_editor_is_filling (LK_EDITOR (self)))
    return;

  lk_risk_matrix_set_labels (&self->assessment->matrix, adw_combo_row_get_selected (self->labels_row));
  build_matrix (self);
  lk_editor_changed (LK_EDITOR (self));
}

static void
on_types_preset (LkAssessmentEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->types_preset_row);
  g_auto(GStrv) types = NULL;
  g_autofree char *text = NULL;

  if (lk_editor_is_filling (LK_EDITOR (self)) || selected == 0)
    return;

  types = lk_consequence_preset (selected == 1 ? LK_CONSEQUENCES_HANDBOOK : LK_CONSEQUENCES_DSB);
  text = g_strjoinv (", ", types);
  gtk_editable_set_text (GTK_EDITABLE (self->types_row), text);

  /* The set is copied into the text; the row goes back to saying so. */
  lk_editor_begin_fill (LK_EDITOR (self));
  adw_combo_row_set_selected (self->types_preset_row, 0);
  lk_editor_end_fill (LK_EDITOR (self));
  lk_editor_changed (LK_EDITOR (self));
}

/* --- screening -------------------------------------------------------------- */


static char *
flags_text (LkScreeningTopic *topic)
{
  GString *text = g_string_new (NULL);

  for (guint f = 0; f < 4; f++)
    if (topic->flags & (1u << f))
      g_string_append_printf (text, "%s%s", text->len ? " · " : "", lk_screening_flag_to_label (1u << f));
  if (topic->chosen)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", _("Chosen"));

  return g_string_free (text, FALSE);
}

static void
update_topic_row (GtkWidget        *expander,
                  LkScreeningTopic *topic)
{
  g_autofree char *text = flags_text (topic);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), *text ? text : _("No V marked"));
}

/* What a check in a topic's row stands for */
typedef struct
{
  LkAssessmentEditor *self;
  LkScreeningTopic   *topic;
  GtkWidget          *expander;
  guint               flag;      /* an LkScreeningFlags, or 0 for "chosen" */
} TopicCheck;

static void
topic_check_free (gpointer  data,
                  GClosure *closure)
{
  TopicCheck *check = data;

  g_object_unref (check->topic);
  g_free (check);
}

static void
on_flag_toggled (GtkCheckButton *button,
                 TopicCheck     *check)
{
  LkScreeningTopic *topic = check->topic;

  if (check->flag == 0)
    topic->chosen = gtk_check_button_get_active (button);
  else if (gtk_check_button_get_active (button))
    topic->flags |= check->flag;
  else
    topic->flags &= ~check->flag;
  update_topic_row (check->expander, topic);
  lk_editor_changed (LK_EDITOR (check->self));
}

static void rebuild_screening (LkAssessmentEditor *self);

static void
on_remove_topic (GtkButton  *button,
                 TopicCheck *check)
{
  LkAssessmentEditor *self = check->self;

  g_ptr_array_remove (self->assessment->screening, check->topic);
  rebuild_screening (self);
  lk_editor_changed (LK_EDITOR (self));
}

static TopicCheck *
topic_check_new (LkAssessmentEditor *self,
                 LkScreeningTopic   *topic,
                 GtkWidget          *expander,
                 guint               flag)
{
  TopicCheck *check = g_new0 (TopicCheck, 1);

  check->self = self;
  check->topic = g_object_ref (topic);
  check->expander = expander;
  check->flag = flag;

  return check;
}

static GtkWidget *
check_row (GtkWidget          *expander,
           LkScreeningTopic   *topic,
           const char         *title,
           guint               flag,
           gboolean            active,
           LkAssessmentEditor *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  lk_a11y_set_name (GTK_WIDGET (check), title);
  g_signal_connect_data (check, "toggled", G_CALLBACK (on_flag_toggled),
                         topic_check_new (self, topic, expander, flag), topic_check_free, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

static GtkWidget *
create_topic_row (gpointer item,
                  gpointer user_data)
{
  LkAssessmentEditor *self = user_data;
  LkScreeningTopic *topic = item;
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), topic->topic);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  update_topic_row (expander, topic);
  for (guint f = 0; f < 4; f++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              check_row (expander, topic, lk_screening_flag_to_label (1u << f),
                                         1u << f, topic->flags & (1u << f), self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            check_row (expander, topic, _("Chosen for this assessment"),
                                       0, topic->chosen, self));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Topic"));
  lk_a11y_set_name (GTK_WIDGET (remove), _("Remove Topic"));
  g_signal_connect_data (remove, "clicked", G_CALLBACK (on_remove_topic),
                         topic_check_new (self, topic, expander, 0), topic_check_free, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), remove);

  return expander;
}

static void
rebuild_screening (LkAssessmentEditor *self)
{
  lk_list_store_replace (self->topics, self->assessment->screening);
  gtk_widget_set_visible (GTK_WIDGET (self->screening_list), self->assessment->screening->len > 0);
}

static void
on_topic_apply (AdwEntryRow        *row,
                LkAssessmentEditor *self)
{
  g_autofree char *text = lk_editor_field_get_text (GTK_EDITABLE (row));

  if (*text == '\0')
    return;

  g_ptr_array_add (self->assessment->screening, lk_screening_topic_new (text, 0));
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  rebuild_screening (self);
  lk_editor_changed (LK_EDITOR (self));
}

/* --- fields -------------------------------------------------------------------- */

static void
fill (LkAssessmentEditor *self)
{
  LkRiskAssessment *a = self->assessment;
  g_autofree char *date = lk_date_format_input (a->date);
  g_autofree char *types = g_strjoinv (", ", a->consequence_types);
  gboolean dsb = a->matrix.probability_labels[0] != NULL &&
                 g_str_has_prefix (a->matrix.probability_labels[0], "A ");

  lk_editor_begin_fill (LK_EDITOR (self));
  lk_editor_field_set_text (GTK_EDITABLE (self->title_row), a->title);
  lk_editor_field_set_text (GTK_EDITABLE (self->workplace_row), a->workplace);
  lk_editor_field_set_text (GTK_EDITABLE (self->unit_row), a->unit);
  lk_editor_field_set_text (GTK_EDITABLE (self->date_row), date);
  lk_editor_field_set_text (GTK_EDITABLE (self->participants_row), a->participants);
  lk_editor_field_set_text (GTK_EDITABLE (self->types_row), types);
  adw_combo_row_set_selected (self->size_row, a->matrix.size - 3);
  adw_combo_row_set_selected (self->labels_row, dsb ? LK_LABELS_DSB : LK_LABELS_GENERIC);
  lk_editor_end_fill (LK_EDITOR (self));

  build_matrix (self);
  rebuild_screening (self);
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkAssessmentEditor *self = LK_ASSESSMENT_EDITOR (editor);
  LkRiskAssessment *a = self->assessment;
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *date = lk_date_parse_user (date_text);
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->types_row)), ",", -1);
  GPtrArray *types = g_ptr_array_new ();

  if (date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Write the date as day.month.year, like 31.12.2026."));
      g_ptr_array_unref (types);
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  g_free (a->title);
  a->title = lk_editor_field_get_text (GTK_EDITABLE (self->title_row));
  g_free (a->workplace);
  a->workplace = lk_editor_field_get_text (GTK_EDITABLE (self->workplace_row));
  g_free (a->unit);
  a->unit = lk_editor_field_get_text (GTK_EDITABLE (self->unit_row));
  g_free (a->participants);
  a->participants = lk_editor_field_get_text (GTK_EDITABLE (self->participants_row));
  g_free (a->date);
  a->date = g_steal_pointer (&date);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *type = g_strstrip (g_strdup (parts[i]));

      if (*type != '\0')
        g_ptr_array_add (types, type);
      else
        g_free (type);
    }
  g_ptr_array_add (types, NULL);
  g_strfreev (a->consequence_types);
  a->consequence_types = (GStrv)g_ptr_array_free (types, FALSE);

  return lk_risk_assessment_validate (a, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  LkAssessmentEditor *self = LK_ASSESSMENT_EDITOR (editor);

  return *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) == '\0';
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkAssessmentEditor *self = LK_ASSESSMENT_EDITOR (editor);

  return lk_store_save_risk_assessment (self->store, self->assessment, error) &&
         (!gtk_switch_get_active (GTK_SWITCH (self->default_switch)) ||
          lk_store_set_default_matrix (self->store, &self->assessment->matrix,
                                       (const char * const *)self->assessment->consequence_types,
                                       error));
}

/* The assessment's uuid, for the opener to show it after "saved" */
const char *
lk_assessment_editor_get_uuid (LkAssessmentEditor *self)
{
  g_return_val_if_fail (LK_IS_ASSESSMENT_EDITOR (self), NULL);

  return self->assessment->uuid;
}

/**
 * lk_assessment_editor_new:
 * @uuid: (nullable): the assessment to edit, or %NULL for a new one
 *
 * Returns: (nullable): the editor, or %NULL when the assessment is gone
 */
GtkWindow *
lk_assessment_editor_new (GtkWindow  *parent,
                          LkStore    *store,
                          const char *uuid)
{
  LkAssessmentEditor *self;
  LkRiskAssessment *a;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  a = uuid ? lk_store_get_risk_assessment (store, uuid, NULL) : lk_store_new_risk_assessment (store, "");
  if (a == NULL)
    return NULL;

  self = g_object_new (LK_TYPE_ASSESSMENT_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->assessment = a;

  lk_editor_set_is_new (LK_EDITOR (self), uuid == NULL, _("New Risk Assessment"),
                        _("Edit Risk Assessment"));
  fill (self);
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return GTK_WINDOW (self);
}

static void
lk_assessment_editor_dispose (GObject *object)
{
  LkAssessmentEditor *self = LK_ASSESSMENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_ASSESSMENT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->topics);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (lk_assessment_editor_parent_class)->dispose (object);
}

static void
lk_assessment_editor_class_init (LkAssessmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_assessment_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;

  lk_editor_class_set_template (widget_class,
                                "/io/github/lederkompass/Lederkompass/lk-assessment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, workplace_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, size_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, labels_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, zones_grid);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, types_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, types_preset_row);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, screening_list);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentEditor, topic_row);

  gtk_widget_class_install_action (widget_class, "editor.default-zones", NULL, default_zones_action);
}

static void
lk_assessment_editor_init (LkAssessmentEditor *self)
{
  g_autoptr(GtkStringList) sizes = gtk_string_list_new ((const char *[]) { "3 × 3", "4 × 4", "5 × 5", NULL });
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) presets = gtk_string_list_new (NULL);
  GtkWidget *group;
  GtkWidget *default_row;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (labels, _("Generic: 1–5 in words"));
  gtk_string_list_append (labels, _("DSB: A–E, svært lav … svært høy"));
  gtk_string_list_append (presets, _("As written above"));
  gtk_string_list_append (presets, _("The handbook’s: people, material, economy, reputation"));
  gtk_string_list_append (presets, _("DSB’s: life and health, nature, economy, stability, governance"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));
  adw_combo_row_set_model (self->labels_row, G_LIST_MODEL (labels));
  adw_combo_row_set_model (self->types_preset_row, G_LIST_MODEL (presets));

  /* Level names and the organisation default, after the zones */
  group = gtk_widget_get_ancestor (GTK_WIDGET (self->size_row), ADW_TYPE_PREFERENCES_GROUP);
  self->probability_names = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->probability_names), _("Probability level names"));
  self->consequence_names = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->consequence_names), _("Consequence level names"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->probability_names));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->consequence_names));

  default_row = adw_action_row_new ();
  self->default_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->default_switch, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (default_row), _("Use for new assessments"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (default_row),
                               _("New assessments start with this matrix and these consequence types."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (default_row), self->default_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (default_row), self->default_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), default_row);

  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (on_size_changed), self);
  g_signal_connect_swapped (self->labels_row, "notify::selected", G_CALLBACK (on_labels_changed), self);
  g_signal_connect_swapped (self->types_preset_row, "notify::selected", G_CALLBACK (on_types_preset), self);
  g_signal_connect (self->topic_row, "apply", G_CALLBACK (on_topic_apply), self);
  self->topics = g_list_store_new (LK_TYPE_SCREENING_TOPIC);
  gtk_list_box_bind_model (self->screening_list, G_LIST_MODEL (self->topics),
                           create_topic_row, self, NULL);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->workplace_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->unit_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->participants_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->types_row, "changed", G_CALLBACK (lk_editor_changed), self);
}
