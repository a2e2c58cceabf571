-- 4: Risk: assessments with their matrix, the 4V screening, risks along
-- internkontrollhjulet, bowties and deviations.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE risk_assessments (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL CHECK (length (title) > 0),
  workplace      TEXT NOT NULL DEFAULT '',
  unit           TEXT NOT NULL DEFAULT '',
  date           TEXT NOT NULL,
  participants   TEXT NOT NULL DEFAULT '',
  matrix_size    INTEGER NOT NULL DEFAULT 5 CHECK (matrix_size BETWEEN 3 AND 5),
  zones          TEXT NOT NULL DEFAULT '',
  p_labels       TEXT NOT NULL DEFAULT '',
  c_labels       TEXT NOT NULL DEFAULT '',
  c_types        TEXT NOT NULL DEFAULT '',
  created        TEXT NOT NULL,
  updated        TEXT NOT NULL);
CREATE INDEX risk_assessments_date ON risk_assessments (date DESC);
CREATE TABLE risk_screening (
  id            INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES risk_assessments (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  topic         TEXT NOT NULL CHECK (length (topic) > 0),
  flags         INTEGER NOT NULL DEFAULT 0 CHECK (flags BETWEEN 0 AND 15),
  chosen        INTEGER NOT NULL DEFAULT 0);
CREATE INDEX risk_screening_assessment ON risk_screening (assessment_id, position);
CREATE TABLE risks (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  assessment_id INTEGER NOT NULL REFERENCES risk_assessments (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  hazard        TEXT NOT NULL CHECK (length (hazard) > 0),
  causes        TEXT NOT NULL DEFAULT '',
  c_types       TEXT NOT NULL DEFAULT '',
  p_before      REAL CHECK (p_before BETWEEN 0 AND 1),
  c_before      REAL CHECK (c_before BETWEEN 0 AND 1),
  controls      TEXT NOT NULL DEFAULT '',
  enough        INTEGER CHECK (enough IN (0, 1)),
  p_after       REAL CHECK (p_after BETWEEN 0 AND 1),
  c_after       REAL CHECK (c_after BETWEEN 0 AND 1),
  follow_up     TEXT,
  top_event     TEXT NOT NULL DEFAULT '');
CREATE INDEX risks_assessment ON risks (assessment_id, position);
CREATE TABLE bowtie_branches (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  risk_id   INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
  kind      INTEGER NOT NULL CHECK (kind IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0,
  text      TEXT NOT NULL CHECK (length (text) > 0));
CREATE INDEX bowtie_branches_risk ON bowtie_branches (risk_id, kind, position);
CREATE TABLE bowtie_barriers (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  branch_id    INTEGER NOT NULL REFERENCES bowtie_branches (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  text         TEXT NOT NULL CHECK (length (text) > 0),
  measure_uuid TEXT);
CREATE INDEX bowtie_barriers_branch ON bowtie_barriers (branch_id, position);
CREATE TABLE deviations (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  date         TEXT NOT NULL,
  description  TEXT NOT NULL CHECK (length (description) > 0),
  cause        INTEGER NOT NULL DEFAULT 0 CHECK (cause BETWEEN 0 AND 2),
  severity     INTEGER NOT NULL DEFAULT 1 CHECK (severity BETWEEN 1 AND 3),
  risk_uuid    TEXT,
  measure_uuid TEXT,
  status       INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
  created      TEXT NOT NULL,
  updated      TEXT NOT NULL);
CREATE INDEX deviations_date ON deviations (date DESC);
CREATE INDEX deviations_risk ON deviations (risk_uuid);
