-- 7: Masterplan: the organisation's units, the kommuneplan with its
-- priority areas, the goal tree from level 1 (KLT) to level 5 (personal
-- goals), goals that support goals elsewhere, KPIs with values per tertial,
-- and benefits.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE org_units (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL CHECK (length (name) > 0),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  parent_id  INTEGER REFERENCES org_units (id) ON DELETE SET NULL,
  updated    TEXT NOT NULL);
CREATE TABLE kommuneplans (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL CHECK (length (title) > 0),
  first_year  INTEGER NOT NULL,
  last_year   INTEGER NOT NULL CHECK (last_year >= first_year),
  updated     TEXT NOT NULL);
-- Level 0 is a priority area (satsingsområde) of a kommuneplan; levels
-- 1 to 5 hang under a node exactly one level up.
CREATE TABLE goals (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  plan_id       INTEGER REFERENCES kommuneplans (id) ON DELETE CASCADE,
  parent_id     INTEGER REFERENCES goals (id) ON DELETE CASCADE,
  level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
  position      INTEGER NOT NULL DEFAULT 0,
  title         TEXT NOT NULL CHECK (length (title) > 0),
  description   TEXT NOT NULL DEFAULT '',
  unit_id       INTEGER REFERENCES org_units (id) ON DELETE SET NULL,
  perspective   INTEGER NOT NULL DEFAULT 0 CHECK (perspective BETWEEN 0 AND 4),
  now_text      TEXT NOT NULL DEFAULT '',
  where_text    TEXT NOT NULL DEFAULT '',
  how_text      TEXT NOT NULL DEFAULT '',
  smart         INTEGER NOT NULL DEFAULT 0 CHECK (smart BETWEEN 0 AND 63),
  owner         TEXT NOT NULL DEFAULT '',
  first_year    INTEGER NOT NULL,
  last_year     INTEGER NOT NULL CHECK (last_year >= first_year),
  manual_status INTEGER NOT NULL DEFAULT 0 CHECK (manual_status BETWEEN 0 AND 4),
  status_reason TEXT NOT NULL DEFAULT '',
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created       TEXT NOT NULL,
  updated       TEXT NOT NULL,
  CHECK ((level = 0) = (parent_id IS NULL)),
  CHECK ((level = 0) = (plan_id IS NOT NULL)));
CREATE INDEX goals_tree ON goals (parent_id, position);
CREATE INDEX goals_plan ON goals (plan_id, position);
CREATE TABLE goal_supports (
  goal_id      INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  supports_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  CHECK (goal_id <> supports_id),
  PRIMARY KEY (goal_id, supports_id)) WITHOUT ROWID;
CREATE INDEX goal_supports_target ON goal_supports (supports_id);
CREATE TABLE kpis (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  goal_id        INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  name           TEXT NOT NULL CHECK (length (name) > 0),
  unit_kind      INTEGER NOT NULL DEFAULT 0 CHECK (unit_kind BETWEEN 0 AND 5),
  unit_text      TEXT NOT NULL DEFAULT '',
  direction      INTEGER NOT NULL DEFAULT 0 CHECK (direction BETWEEN 0 AND 2),
  baseline       REAL,
  baseline_year  INTEGER,
  target         REAL,
  target_year    INTEGER,
  band_low       REAL,
  band_high      REAL,
  yellow         REAL NOT NULL DEFAULT 0,
  red            REAL NOT NULL DEFAULT 0,
  share          INTEGER NOT NULL DEFAULT 0 CHECK (share IN (0, 1)),
  path           INTEGER NOT NULL DEFAULT 0 CHECK (path IN (0, 1)));
CREATE INDEX kpis_goal ON kpis (goal_id, position);
-- Tertial 1 to 3; the year's value is its T3
CREATE TABLE kpi_values (
  kpi_id   INTEGER NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
  year     INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  tertial  INTEGER NOT NULL CHECK (tertial BETWEEN 1 AND 3),
  value    REAL NOT NULL,
  PRIMARY KEY (kpi_id, year, tertial)) WITHOUT ROWID;
-- Per goal, or per measure (tiltak) by its uuid
CREATE TABLE benefits (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  goal_id         INTEGER REFERENCES goals (id) ON DELETE CASCADE,
  measure_uuid    TEXT,
  kind            INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2),
  fte_planned     REAL NOT NULL DEFAULT 0,
  fte_identified  REAL NOT NULL DEFAULT 0,
  fte_realised    REAL NOT NULL DEFAULT 0,
  nok_planned     REAL NOT NULL DEFAULT 0,
  nok_identified  REAL NOT NULL DEFAULT 0,
  nok_realised    REAL NOT NULL DEFAULT 0,
  period          TEXT NOT NULL DEFAULT '',
  text            TEXT NOT NULL DEFAULT '',
  updated         TEXT NOT NULL,
  CHECK ((goal_id IS NULL) <> (measure_uuid IS NULL)));
CREATE INDEX benefits_goal ON benefits (goal_id);
CREATE INDEX benefits_measure ON benefits (measure_uuid);
