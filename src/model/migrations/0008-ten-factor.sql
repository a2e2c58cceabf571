-- 8: 10-faktor: KS survey rounds per unit and year, each factor's mean
-- and answers 1–5, the comparison values entered with them, and the
-- follow-up (factors to keep and to improve, goal statements, reviews).
-- Results of fewer than three respondents are never stored.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE survey_rounds (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  unit         TEXT NOT NULL CHECK (length (unit) > 0),
  unit_type    TEXT NOT NULL DEFAULT '',
  part_of      TEXT NOT NULL DEFAULT '',
  invited      INTEGER CHECK (invited >= 0),
  respondents  INTEGER NOT NULL CHECK (respondents >= 0),
  meeting1     TEXT,
  meeting2     TEXT,
  created      TEXT NOT NULL,
  updated      TEXT NOT NULL,
  UNIQUE (year, unit));
CREATE TABLE survey_results (
  round_id  INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
  factor    INTEGER NOT NULL CHECK (factor BETWEEN 1 AND 10),
  mean      REAL CHECK (mean BETWEEN 1 AND 5),
  n1        INTEGER CHECK (n1 >= 0),
  n2        INTEGER CHECK (n2 >= 0),
  n3        INTEGER CHECK (n3 >= 0),
  n4        INTEGER CHECK (n4 >= 0),
  n5        INTEGER CHECK (n5 >= 0),
  PRIMARY KEY (round_id, factor)) WITHOUT ROWID;
CREATE TABLE survey_comparisons (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  round_id  INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
  kind      INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
  label     TEXT NOT NULL DEFAULT '',
  year      INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  source    TEXT NOT NULL DEFAULT '',
  UNIQUE (round_id, kind));
CREATE TABLE survey_comparison_values (
  comparison_id  INTEGER NOT NULL REFERENCES survey_comparisons (id) ON DELETE CASCADE,
  factor         INTEGER NOT NULL CHECK (factor BETWEEN 1 AND 10),
  mean           REAL NOT NULL CHECK (mean BETWEEN 1 AND 5),
  PRIMARY KEY (comparison_id, factor)) WITHOUT ROWID;
CREATE TABLE survey_focus (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  round_id   INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
  factor     INTEGER NOT NULL CHECK (factor BETWEEN 1 AND 10),
  kind       INTEGER NOT NULL CHECK (kind IN (0, 1)),
  statement  TEXT NOT NULL DEFAULT '',
  UNIQUE (round_id, factor));
CREATE TABLE survey_reviews (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  focus_id  INTEGER NOT NULL REFERENCES survey_focus (id) ON DELETE CASCADE,
  date      TEXT NOT NULL,
  note      TEXT NOT NULL DEFAULT '');
CREATE INDEX survey_reviews_focus ON survey_reviews (focus_id, date);
