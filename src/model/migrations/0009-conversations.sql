-- 9: ROS-samtaler: conversations between leader levels, the leader's
-- text and the notes per agenda topic, and the brief's assembled rows
-- (a snapshot: taken when preparing, frozen when the conversation is held).
-- Agreed measures are tiltak with source kind 5 and the conversation's uuid.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE conversations (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  with_name    TEXT NOT NULL CHECK (length (with_name) > 0),
  with_role    TEXT NOT NULL DEFAULT '',
  unit         TEXT NOT NULL DEFAULT '',
  date         TEXT NOT NULL,
  time         TEXT,
  period       INTEGER NOT NULL CHECK (period BETWEEN 0 AND 3),
  period_text  TEXT NOT NULL DEFAULT '',
  status       INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),
  next_date    TEXT,
  budget       REAL,
  spent        REAL,
  forecast     REAL,
  prepared     TEXT,
  held         TEXT,
  created      TEXT NOT NULL,
  updated      TEXT NOT NULL);
CREATE INDEX conversations_date ON conversations (date);
CREATE TABLE conversation_sections (
  conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  topic            INTEGER NOT NULL CHECK (topic BETWEEN 0 AND 6),
  text             TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (conversation_id, topic)) WITHOUT ROWID;
CREATE TABLE conversation_brief (
  conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  topic            INTEGER NOT NULL CHECK (topic BETWEEN 0 AND 6),
  kind             INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 12),
  grade            INTEGER NOT NULL DEFAULT 0,
  trend            INTEGER NOT NULL DEFAULT 0,
  area             TEXT,
  ref              TEXT,
  title            TEXT NOT NULL DEFAULT '',
  subtitle         TEXT,
  value            TEXT,
  target           TEXT,
  date             TEXT,
  owner            TEXT,
  text             TEXT,
  v0               REAL,
  v1               REAL,
  v2               REAL,
  v3               REAL,
  PRIMARY KEY (conversation_id, position)) WITHOUT ROWID;
