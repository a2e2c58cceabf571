/* lk-ten-factor.c: the ten factors, rounds, and the anonymity rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-date.h"
#include "lk-ten-factor.h"
#include "lk-types.h"

/* The names are KS's and stay Norwegian in every language */
static const char *factor_names[LK_TEN_FACTOR_N] = {
  "Oppgavemotivasjon",
  "Mestringstro",
  "Selvstendighet",
  "Bruk av kompetanse",
  "Mestringsorientert ledelse",
  "Rolleklarhet",
  "Relevant kompetanseutvikling",
  "Fleksibilitetsvilje",
  "Mestringsklima",
  "Nytteorientert motivasjon",
};

static const char *factor_descriptions[LK_TEN_FACTOR_N] = {
  N_("Whether the work itself feels meaningful and worth doing."),
  N_("Each employee’s belief in handling the challenges of the job."),
  N_("Room to work independently and use one’s own judgement within a clear role."),
  N_("Getting to use one’s job-relevant competence in the job one has."),
  N_("Leadership that helps each employee grow and do their best from where they are."),
  N_("How clearly what is expected in the job is defined and told."),
  N_("Learning that keeps everyone equipped for their tasks and for good services."),
  N_("Willingness to be flexible and change how one works as needs change."),
  N_("A climate where people learn and make each other better rather than compete."),
  N_("The drive to do something useful and valuable for others."),
};

const char *
lk_ten_factor_name (guint factor)
{
  g_return_val_if_fail (factor >= 1 && factor <= LK_TEN_FACTOR_N, "");

  return factor_names[factor - 1];
}

const char *
lk_ten_factor_description (guint factor)
{
  g_return_val_if_fail (factor >= 1 && factor <= LK_TEN_FACTOR_N, "");

  return _(factor_descriptions[factor - 1]);
}

/* Lower case, without spaces, hyphens (also soft and non-breaking) or dots */
static char *
squeeze (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x00AD || c == 0x2010 || c == 0x2011 ||
          c == 0x2013 || c == 0x00A0 || c == '.' || c == ':' || c == '_')
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * lk_ten_factor_parse:
 *
 * A factor as people write it in a spreadsheet: "8", "Faktor 8", "F8",
 * or its name with any case, spacing or hyphenation ("Relevant
 * kompetanse-utvikling").
 */
gboolean
lk_ten_factor_parse (const char *text,
                     guint      *factor)
{
  g_autofree char *key = NULL;
  const char *digits;
  char *end = NULL;
  guint64 n;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  /* Squeezing drops hyphens: "-1" is not factor 1 */
  if (*text == '-' || *text == '+')
    return FALSE;
  key = squeeze (text);
  digits = key;
  if (g_str_has_prefix (digits, "faktor") || g_str_has_prefix (digits, "factor"))
    digits += 6;
  else if (digits[0] == 'f' && g_ascii_isdigit (digits[1]))
    digits += 1;
  if (g_ascii_isdigit (digits[0]))
    {
      n = g_ascii_strtoull (digits, &end, 10);
      if (*end == '\0' && n >= 1 && n <= LK_TEN_FACTOR_N)
        {
          *factor = (guint) n;
          return TRUE;
        }
      return FALSE;
    }
  for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
    {
      g_autofree char *name = squeeze (factor_names[i]);

      if (strcmp (name, key) == 0)
        {
          *factor = i + 1;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
lk_comparison_kind_label (LkComparisonKind kind)
{
  switch (kind)
    {
    case LK_COMPARISON_MUNICIPALITY:
      return _("The municipality");
    case LK_COMPARISON_PARTICIPANTS:
      return _("All participating municipalities");
    case LK_COMPARISON_UNIT_TYPE:
      return _("Same unit type");
    default:
      return "";
    }
}

const char *
lk_focus_kind_label (LkFocusKind kind)
{
  return kind == LK_FOCUS_KEEP ? _("Keep") : _("Improve");
}

/* --- comparison values ----------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkSurveyComparison, lk_survey_comparison, G_TYPE_OBJECT)

static void
lk_survey_comparison_finalize (GObject *object)
{
  LkSurveyComparison *self = LK_SURVEY_COMPARISON (object);

  g_free (self->uuid);
  g_free (self->label);
  g_free (self->source);

  G_OBJECT_CLASS (lk_survey_comparison_parent_class)->finalize (object);
}

static void
lk_survey_comparison_class_init (LkSurveyComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_survey_comparison_finalize;
}

static void
lk_survey_comparison_init (LkSurveyComparison *self)
{
  for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
    self->means[i] = NAN;
  self->label = g_strdup ("");
  self->source = g_strdup ("");
}

LkSurveyComparison *
lk_survey_comparison_new_with_uuid (const char       *uuid,
                                    LkComparisonKind  kind,
                                    const char       *label,
                                    int               year)
{
  LkSurveyComparison *self = g_object_new (LK_TYPE_SURVEY_COMPARISON, NULL);

  self->uuid = g_strdup (uuid);
  self->kind = kind;
  lk_set_text (&self->label, label, FALSE);
  self->year = year;

  return self;
}

LkSurveyComparison *
lk_survey_comparison_new (LkComparisonKind  kind,
                          const char       *label,
                          int               year)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return lk_survey_comparison_new_with_uuid (uuid, kind, label, year);
}

static LkSurveyComparison *
comparison_copy (LkSurveyComparison *c)
{
  LkSurveyComparison *copy = lk_survey_comparison_new_with_uuid (c->uuid, c->kind, c->label, c->year);

  lk_set_text (&copy->source, c->source, FALSE);
  memcpy (copy->means, c->means, sizeof c->means);

  return copy;
}

/* --- the follow-up ----------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkSurveyReview, lk_survey_review, G_TYPE_OBJECT)

static void
lk_survey_review_finalize (GObject *object)
{
  LkSurveyReview *self = LK_SURVEY_REVIEW (object);

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->note);

  G_OBJECT_CLASS (lk_survey_review_parent_class)->finalize (object);
}

static void
lk_survey_review_class_init (LkSurveyReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_survey_review_finalize;
}

static void
lk_survey_review_init (LkSurveyReview *self)
{
}

/* @uuid: %NULL for a new one */
LkSurveyReview *
lk_survey_review_new (const char *uuid,
                      const char *date,
                      const char *note)
{
  LkSurveyReview *self = g_object_new (LK_TYPE_SURVEY_REVIEW, NULL);

  self->uuid = uuid ? g_strdup (uuid) : g_uuid_string_random ();
  self->date = g_strdup (date);
  self->note = g_strdup (note ? note : "");

  return self;
}

G_DEFINE_FINAL_TYPE (LkSurveyFocus, lk_survey_focus, G_TYPE_OBJECT)

static void
lk_survey_focus_finalize (GObject *object)
{
  LkSurveyFocus *self = LK_SURVEY_FOCUS (object);

  g_free (self->uuid);
  g_free (self->statement);
  g_ptr_array_unref (self->reviews);

  G_OBJECT_CLASS (lk_survey_focus_parent_class)->finalize (object);
}

static void
lk_survey_focus_class_init (LkSurveyFocusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_survey_focus_finalize;
}

static void
lk_survey_focus_init (LkSurveyFocus *self)
{
  self->reviews = g_ptr_array_new_with_free_func (g_object_unref);
}

/* @uuid: %NULL for a new one */
LkSurveyFocus *
lk_survey_focus_new (const char  *uuid,
                     guint        factor,
                     LkFocusKind  kind,
                     const char  *statement)
{
  LkSurveyFocus *self = g_object_new (LK_TYPE_SURVEY_FOCUS, NULL);

  self->uuid = uuid ? g_strdup (uuid) : g_uuid_string_random ();
  self->factor = factor;
  self->kind = kind;
  self->statement = g_strdup (statement ? statement : "");

  return self;
}

static LkSurveyFocus *
focus_copy (LkSurveyFocus *f)
{
  LkSurveyFocus *copy = lk_survey_focus_new (f->uuid, f->factor, f->kind, f->statement);

  for (guint i = 0; i < f->reviews->len; i++)
    {
      LkSurveyReview *r = g_ptr_array_index (f->reviews, i);

      g_ptr_array_add (copy->reviews, lk_survey_review_new (r->uuid, r->date, r->note));
    }

  return copy;
}

/* --- rounds -------------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkSurveyRound, lk_survey_round, G_TYPE_OBJECT)

static void
lk_survey_round_finalize (GObject *object)
{
  LkSurveyRound *self = LK_SURVEY_ROUND (object);

  g_free (self->uuid);
  g_free (self->unit);
  g_free (self->unit_type);
  g_free (self->part_of);
  g_free (self->meeting1);
  g_free (self->meeting2);
  g_ptr_array_unref (self->comparisons);
  g_ptr_array_unref (self->focus);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_survey_round_parent_class)->finalize (object);
}

static void
lk_survey_round_class_init (LkSurveyRoundClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_survey_round_finalize;
}

static void
lk_survey_round_init (LkSurveyRound *self)
{
  self->unit_type = g_strdup ("");
  self->part_of = g_strdup ("");
  self->invited = -1;
  self->comparisons = g_ptr_array_new_with_free_func (g_object_unref);
  self->focus = g_ptr_array_new_with_free_func (g_object_unref);
  lk_survey_round_clear_results (self);
}

LkSurveyRound *
lk_survey_round_new_with_uuid (const char *uuid,
                               int         year,
                               const char *unit)
{
  LkSurveyRound *self = g_object_new (LK_TYPE_SURVEY_ROUND, NULL);

  self->uuid = g_strdup (uuid);
  self->year = year;
  self->unit = g_strdup (unit ? unit : "");

  return self;
}

LkSurveyRound *
lk_survey_round_new (int         year,
                     const char *unit)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return lk_survey_round_new_with_uuid (uuid, year, unit);
}

/* A copy to edit: the stored object stays as it was until saved */
LkSurveyRound *
lk_survey_round_copy (LkSurveyRound *self)
{
  LkSurveyRound *copy = lk_survey_round_new_with_uuid (self->uuid, self->year, self->unit);

  copy->id = self->id;
  lk_set_text (&copy->unit_type, self->unit_type, FALSE);
  lk_set_text (&copy->part_of, self->part_of, FALSE);
  copy->invited = self->invited;
  copy->respondents = self->respondents;
  copy->meeting1 = g_strdup (self->meeting1);
  copy->meeting2 = g_strdup (self->meeting2);
  memcpy (copy->results, self->results, sizeof self->results);
  for (guint i = 0; i < self->comparisons->len; i++)
    g_ptr_array_add (copy->comparisons, comparison_copy (g_ptr_array_index (self->comparisons, i)));
  for (guint i = 0; i < self->focus->len; i++)
    g_ptr_array_add (copy->focus, focus_copy (g_ptr_array_index (self->focus, i)));
  copy->visibility = self->visibility;
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

void
lk_survey_round_clear_results (LkSurveyRound *self)
{
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      self->results[f].mean = NAN;
      for (guint a = 0; a < 5; a++)
        self->results[f].counts[a] = -1;
    }
}

gboolean
lk_survey_round_has_results (LkSurveyRound *self)
{
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    if (!isnan (self->results[f].mean) || self->results[f].counts[0] >= 0)
      return TRUE;

  return FALSE;
}

gboolean
lk_survey_round_has_counts (LkSurveyRound *self)
{
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    if (self->results[f].counts[0] >= 0)
      return TRUE;

  return FALSE;
}

/* 0–1, or NAN when it is not known how many were invited */
double
lk_survey_round_response_rate (LkSurveyRound *self)
{
  if (self->invited <= 0)
    return NAN;

  return (double) self->respondents / self->invited;
}

/* "12 of 15 answered (80 %)", the heading of every result */
char *
lk_survey_round_describe_response (LkSurveyRound *self)
{
  double rate = lk_survey_round_response_rate (self);

  if (isnan (rate))
    return g_strdup_printf (ngettext ("%d answered", "%d answered", self->respondents), self->respondents);

  /* Translators: respondents of invited, and the response rate in per cent */
  return g_strdup_printf (ngettext ("%d of %d answered (%.0f %%)", "%d of %d answered (%.0f %%)",
                                    self->invited),
                          self->respondents, self->invited, rate * 100);
}

/**
 * lk_survey_round_get_result:
 *
 * Returns: (nullable): the factor's result, %NULL when the round's results
 *   are hidden or the factor has none
 */
const LkFactorResult *
lk_survey_round_get_result (LkSurveyRound *self,
                            guint          factor)
{
  const LkFactorResult *r;

  g_return_val_if_fail (factor >= 1 && factor <= LK_TEN_FACTOR_N, NULL);

  r = &self->results[factor - 1];
  if (self->visibility != LK_RESULT_SHOWN || (isnan (r->mean) && r->counts[0] < 0))
    return NULL;

  return r;
}

/* The share (0–1) of the answers that were @answer (1–5); NAN unknown */
double
lk_factor_result_share (const LkFactorResult *result,
                        guint                 answer)
{
  int total = 0;

  if (result == NULL || result->counts[0] < 0 || answer < 1 || answer > 5)
    return NAN;
  for (guint a = 0; a < 5; a++)
    total += result->counts[a];

  return total > 0 ? (double) result->counts[answer - 1] / total : NAN;
}

LkSurveyComparison *
lk_survey_round_get_comparison (LkSurveyRound    *self,
                                LkComparisonKind  kind)
{
  for (guint i = 0; i < self->comparisons->len; i++)
    {
      LkSurveyComparison *c = g_ptr_array_index (self->comparisons, i);

      if (c->kind == kind)
        return c;
    }

  return NULL;
}

LkSurveyFocus *
lk_survey_round_get_focus (LkSurveyRound *self,
                           guint          factor)
{
  for (guint i = 0; i < self->focus->len; i++)
    {
      LkSurveyFocus *f = g_ptr_array_index (self->focus, i);

      if (f->factor == factor)
        return f;
    }

  return NULL;
}

static gboolean
text_ok (const char *text,
         glong       max)
{
  return text == NULL || (lk_text_is_valid (text) && g_utf8_strlen (text, -1) <= max);
}

static gboolean
year_ok (int year)
{
  return year >= 2000 && year <= 2200;
}

static gboolean
mean_ok (double mean)
{
  return isnan (mean) || (mean >= 1.0 && mean <= 5.0);
}

static gboolean
same_unit (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_utf8_collate (fa, fb) == 0;
}

gboolean
lk_survey_round_validate (LkSurveyRound  *self,
                          GError        **error)
{
  guint keep = 0, improve = 0;

  if (self->uuid == NULL || !g_uuid_string_is_valid (self->uuid))
    return lk_set_invalid (error, _("The round has no valid identifier."));
  if (!year_ok (self->year))
    return lk_set_invalid (error, _("The survey year must be between 2000 and 2200."));
  if (self->unit == NULL || lk_text_is_blank (self->unit) || !text_ok (self->unit, 200))
    return lk_set_invalid (error, _("Name the unit the results are for (at most 200 characters)."));
  if (!text_ok (self->unit_type, 200) || !text_ok (self->part_of, 200))
    return lk_set_invalid (error, _("The unit type or the unit it is part of is too long or not valid text."));
  if (self->part_of != NULL && *self->part_of != '\0' && same_unit (self->part_of, self->unit))
    return lk_set_invalid (error, _("A unit cannot be part of itself."));
  if (self->respondents < 0 || self->respondents > LK_SURVEY_MAX_PEOPLE)
    return lk_set_invalid (error, _("The number who answered must be between 0 and 100,000."));
  if (self->invited != -1 && (self->invited < 0 || self->invited > LK_SURVEY_MAX_PEOPLE))
    return lk_set_invalid (error, _("The number invited must be between 0 and 100,000."));
  if (self->invited >= 0 && self->respondents > self->invited)
    return lk_set_invalid (error, _("More answered than were invited."));
  if ((self->meeting1 != NULL && !lk_date_is_valid_iso (self->meeting1)) ||
      (self->meeting2 != NULL && !lk_date_is_valid_iso (self->meeting2)))
    return lk_set_invalid (error, _("A meeting date is not a valid date."));

  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *r = &self->results[f];
      gboolean known = r->counts[0] >= 0;

      if (!mean_ok (r->mean))
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("The mean for %s must be between 1 and 5."), lk_ten_factor_name (f + 1));
          return FALSE;
        }
      for (guint a = 0; a < 5; a++)
        if ((r->counts[a] >= 0) != known || r->counts[a] < -1 || r->counts[a] > 10 * LK_SURVEY_MAX_PEOPLE)
          {
            g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                         _("The answers 1–5 for %s must all be given, each zero or more."),
                         lk_ten_factor_name (f + 1));
            return FALSE;
          }
    }

  if (self->comparisons->len > LK_COMPARISON_N)
    return lk_set_invalid (error, _("A round has at most one set of comparison values of each kind."));
  for (guint i = 0; i < self->comparisons->len; i++)
    {
      LkSurveyComparison *c = g_ptr_array_index (self->comparisons, i);

      if (c->uuid == NULL || !g_uuid_string_is_valid (c->uuid) || (guint) c->kind >= LK_COMPARISON_N ||
          lk_survey_round_get_comparison (self, c->kind) != c)
        return lk_set_invalid (error, _("A round has at most one set of comparison values of each kind."));
      if (!year_ok (c->year) || !text_ok (c->label, 200) || !text_ok (c->source, 500))
        return lk_set_invalid (error, _("Comparison values need a year between 2000 and 2200; their name and source may be at most 200 and 500 characters."));
      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        if (!mean_ok (c->means[f]))
          {
            g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                         _("The comparison value for %s must be between 1 and 5."), lk_ten_factor_name (f + 1));
            return FALSE;
          }
    }

  for (guint i = 0; i < self->focus->len; i++)
    {
      LkSurveyFocus *focus = g_ptr_array_index (self->focus, i);

      if (focus->uuid == NULL || !g_uuid_string_is_valid (focus->uuid) ||
          focus->factor < 1 || focus->factor > LK_TEN_FACTOR_N ||
          lk_survey_round_get_focus (self, focus->factor) != focus ||
          ((guint) focus->kind != LK_FOCUS_KEEP && (guint) focus->kind != LK_FOCUS_IMPROVE))
        return lk_set_invalid (error, _("Each factor can be chosen once, to keep or to improve."));
      if (focus->kind == LK_FOCUS_KEEP)
        keep++;
      else
        improve++;
      if (!text_ok (focus->statement, 2000))
        return lk_set_invalid (error, _("A goal statement is at most 2,000 characters."));
      if (focus->reviews->len > LK_SURVEY_MAX_REVIEWS)
        return lk_set_invalid (error, _("A chosen factor has too many reviews."));
      for (guint r = 0; r < focus->reviews->len; r++)
        {
          LkSurveyReview *review = g_ptr_array_index (focus->reviews, r);

          if (review->uuid == NULL || !g_uuid_string_is_valid (review->uuid) ||
              review->date == NULL || !lk_date_is_valid_iso (review->date) || !text_ok (review->note, 5000))
            return lk_set_invalid (error, _("A review needs a valid date and a note of at most 5,000 characters."));
        }
    }
  /* KS: one to keep and one to improve, or two of each */
  if (keep > 2 || improve > 2)
    return lk_set_invalid (error, _("Choose at most two factors to keep and two to improve."));

  return TRUE;
}

/* What stands where a hidden result would be */
char *
lk_survey_round_explain_hidden (LkSurveyRound *self,
                                guint          threshold)
{
  switch (self->visibility)
    {
    case LK_RESULT_TOO_FEW:
      return g_strdup_printf (ngettext ("Not shown: fewer than %u answered, and results of so few could point to the people who answered.",
                                        "Not shown: fewer than %u answered, and results of so few could point to the people who answered.",
                                        threshold),
                              threshold);
    case LK_RESULT_SUBTRACTION:
      return g_strdup_printf (ngettext ("Not shown: taken from the results of “%s”, they would reveal the answers of fewer than %u person.",
                                        "Not shown: taken from the results of “%s”, they would reveal the answers of fewer than %u people.",
                                        threshold),
                              self->part_of, threshold);
    case LK_RESULT_SHOWN:
    default:
      return NULL;
    }
}

static int
by_respondents (gconstpointer a,
                gconstpointer b)
{
  const LkSurveyRound *ra = *(LkSurveyRound **) a;
  const LkSurveyRound *rb = *(LkSurveyRound **) b;

  return ra->respondents - rb->respondents;
}

static void
hide (LkSurveyRound      *round,
      LkResultVisibility  why)
{
  round->visibility = why;
  lk_survey_round_clear_results (round);
}

/**
 * lk_survey_apply_anonymity:
 * @rounds: (element-type LkSurveyRound): rounds of any years and units
 * @threshold: the fewest respondents a shown result may have (at least 3)
 *
 * Hides results, clearing them from the objects:
 *
 * - a round with fewer respondents than @threshold;
 * - subtraction: when a unit and the parts of it in the same year are
 *   shown, its respondents less those of its shown parts are the rest of
 *   the unit. If that rest is more than none but fewer than @threshold,
 *   the rest's answers could be worked out, so the smallest shown part is
 *   hidden too, until the rest is none or enough. (Taking away only some
 *   of the parts leaves at least one shown part in the rest, and a shown
 *   part has enough respondents on its own.)
 *
 * Returns: how many rounds are hidden
 */
guint
lk_survey_apply_anonymity (GPtrArray *rounds,
                           guint      threshold)
{
  guint hidden = 0;

  threshold = MAX (threshold, LK_ANONYMITY_MIN);
  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (rounds, i);

      round->visibility = LK_RESULT_SHOWN;
      if ((guint) round->respondents < threshold)
        hide (round, LK_RESULT_TOO_FEW);
    }

  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *unit = g_ptr_array_index (rounds, i);
      g_autoptr(GPtrArray) parts = NULL;
      int rest;

      if (unit->visibility != LK_RESULT_SHOWN)
        continue;
      parts = g_ptr_array_new ();
      rest = unit->respondents;
      for (guint j = 0; j < rounds->len; j++)
        {
          LkSurveyRound *part = g_ptr_array_index (rounds, j);

          if (part != unit && part->year == unit->year && part->visibility == LK_RESULT_SHOWN &&
              part->part_of != NULL && *part->part_of != '\0' && same_unit (part->part_of, unit->unit))
            {
              g_ptr_array_add (parts, part);
              rest -= part->respondents;
            }
        }
      g_ptr_array_sort (parts, by_respondents);
      for (guint p = 0; p < parts->len && rest > 0 && (guint) rest < threshold; p++)
        {
          LkSurveyRound *part = g_ptr_array_index (parts, p);

          rest += part->respondents;
          hide (part, LK_RESULT_SUBTRACTION);
        }
    }

  for (guint i = 0; i < rounds->len; i++)
    if (((LkSurveyRound *) g_ptr_array_index (rounds, i))->visibility != LK_RESULT_SHOWN)
      hidden++;

  return hidden;
}

/* The same unit's round before @round, the latest one; %NULL for none */
LkSurveyRound *
lk_survey_previous_round (GPtrArray     *rounds,
                          LkSurveyRound *round)
{
  LkSurveyRound *best = NULL;

  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *other = g_ptr_array_index (rounds, i);

      if (other != round && other->year < round->year && same_unit (other->unit, round->unit) &&
          (best == NULL || other->year > best->year))
        best = other;
    }

  return best;
}
