-- The home page an editor arranges (issue 19): featured articles (the lead story and the ones after
-- it), an article pinned to the top until a time, and the categories shown as blocks.
ALTER TABLE article ADD COLUMN featured BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE article ADD COLUMN pinned_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE category ADD COLUMN on_home BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_article_home ON article (featured, pinned_until);
