-- 2: review dates, and indexes for the overview and the filters
-- Shipped: never edit it; add a new file instead.
ALTER TABLE measures ADD COLUMN review_date TEXT;
CREATE INDEX measures_status ON measures (status, source_kind, deadline);
CREATE INDEX measures_source ON measures (source_kind, source_uuid);
CREATE INDEX measures_owner ON measures (owner);
