-- 3: the Jeg-plan: development goals, the learning log and its search, own prompt
-- templates, and the leadership programme. The search keeps diacritics: Norwegian
-- å, æ and ø are letters of their own, and "pa" must not find "på". A title match
-- weighs most, then tags, then the body.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE dev_goals (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  year        INTEGER NOT NULL,
  title       TEXT NOT NULL CHECK (length (title) > 0),
  why         TEXT NOT NULL DEFAULT '',
  success     TEXT NOT NULL DEFAULT '',
  goal_uuid   TEXT,
  motor       INTEGER NOT NULL DEFAULT 0,
  progress    INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status      INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
  review_date TEXT,
  created     TEXT NOT NULL,
  updated     TEXT NOT NULL);
CREATE INDEX dev_goals_year ON dev_goals (year, status);
CREATE TABLE log_templates (
  id       INTEGER PRIMARY KEY,
  uuid     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL CHECK (length (name) > 0),
  sections TEXT NOT NULL DEFAULT '');
CREATE TABLE programmes (
  id      INTEGER PRIMARY KEY,
  uuid    TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL,
  year    INTEGER NOT NULL,
  modules TEXT NOT NULL DEFAULT '');
CREATE TABLE gatherings (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  title        TEXT NOT NULL,
  theme        TEXT NOT NULL DEFAULT '',
  start_date   TEXT NOT NULL,
  end_date     TEXT);
CREATE INDEX gatherings_programme ON gatherings (programme_id, position);
CREATE TABLE gathering_tasks (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  gathering_id INTEGER NOT NULL REFERENCES gatherings (id) ON DELETE CASCADE,
  after        INTEGER NOT NULL DEFAULT 0,
  text         TEXT NOT NULL,
  done         INTEGER NOT NULL DEFAULT 0);
CREATE INDEX gathering_tasks_gathering ON gathering_tasks (gathering_id);
CREATE TABLE log_entries (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  date      TEXT NOT NULL,
  title     TEXT NOT NULL DEFAULT '',
  body      TEXT NOT NULL DEFAULT '',
  template  TEXT,
  tags      TEXT NOT NULL DEFAULT '',
  motor     INTEGER NOT NULL DEFAULT 0,
  gathering TEXT,
  share     INTEGER NOT NULL DEFAULT 0,
  created   TEXT NOT NULL,
  updated   TEXT NOT NULL);
CREATE INDEX log_entries_date ON log_entries (date DESC, id DESC);
CREATE TABLE log_entry_goals (
  entry_id INTEGER NOT NULL REFERENCES log_entries (id) ON DELETE CASCADE,
  goal_id  INTEGER NOT NULL REFERENCES dev_goals (id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, goal_id)) WITHOUT ROWID;
CREATE INDEX log_entry_goals_goal ON log_entry_goals (goal_id);
CREATE VIRTUAL TABLE log_search USING fts5 (
  title, body, tags,
  content = 'log_entries', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0',
  prefix = '2 3');
INSERT INTO log_search (log_search, rank) VALUES ('rank', 'bm25 (10.0, 1.0, 5.0)');
CREATE TRIGGER log_entries_ai AFTER INSERT ON log_entries BEGIN
  INSERT INTO log_search (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER log_entries_ad AFTER DELETE ON log_entries BEGIN
  INSERT INTO log_search (log_search, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER log_entries_au AFTER UPDATE OF title, body, tags ON log_entries BEGIN
  INSERT INTO log_search (log_search, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
  INSERT INTO log_search (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
