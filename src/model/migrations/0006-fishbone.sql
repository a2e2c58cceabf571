-- 6: Fishbone: cause analyses as one tree per analysis; its top level
-- are the categories, the levels below the causes.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE fishbones (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  problem       TEXT NOT NULL CHECK (length (problem) > 0),
  date          TEXT NOT NULL,
  participants  TEXT NOT NULL DEFAULT '',
  unit          TEXT NOT NULL DEFAULT '',
  status        INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
  source_kind   INTEGER NOT NULL DEFAULT 0 CHECK (source_kind BETWEEN 0 AND 7),
  source_uuid   TEXT,
  head_left     INTEGER NOT NULL DEFAULT 0 CHECK (head_left IN (0, 1)),
  created       TEXT NOT NULL,
  updated       TEXT NOT NULL);
CREATE INDEX fishbones_date ON fishbones (date DESC);
CREATE TABLE fishbone_nodes (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  fishbone_id  INTEGER NOT NULL REFERENCES fishbones (id) ON DELETE CASCADE,
  parent_id    INTEGER REFERENCES fishbone_nodes (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  text         TEXT NOT NULL CHECK (length (text) > 0),
  root         INTEGER NOT NULL DEFAULT 0 CHECK (root IN (0, 1)),
  votes        INTEGER NOT NULL DEFAULT 0 CHECK (votes BETWEEN 0 AND 999),
  collapsed    INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)));
CREATE INDEX fishbone_nodes_tree ON fishbone_nodes (fishbone_id, parent_id, position);
