-- 1: measures (tiltak) and settings
-- Shipped: never edit it; add a new file instead.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL);
CREATE TABLE measures (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL CHECK (length (title) > 0),
  description  TEXT NOT NULL DEFAULT '',
  owner        TEXT NOT NULL DEFAULT '',
  deadline     TEXT,
  status       INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
  source_kind  INTEGER NOT NULL DEFAULT 0,
  source_uuid  TEXT,
  source_label TEXT NOT NULL DEFAULT '',
  created      TEXT NOT NULL,
  updated      TEXT NOT NULL);
CREATE INDEX measures_deadline ON measures (deadline);
