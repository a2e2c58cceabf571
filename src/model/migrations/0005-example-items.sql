-- 5: what the example data added, so Remove Example Data takes away exactly
-- that and nothing the user made. One row per stored item with a uuid (a row
-- of any table); settings are listed by key with the value the example set.
-- Shipped: never edit it; add a new file instead.
CREATE TABLE example_items (
  tbl   TEXT NOT NULL,
  uuid  TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY (tbl, uuid)) WITHOUT ROWID;
