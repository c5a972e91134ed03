-- Pages (issue 19): rows of article with kind PAGE, without a category, under an optional parent page.
ALTER TABLE article ADD COLUMN kind VARCHAR(10) DEFAULT 'ARTICLE' NOT NULL;
ALTER TABLE article ADD COLUMN parent_id BIGINT REFERENCES article (id);
ALTER TABLE article ALTER COLUMN category_id DROP NOT NULL;
ALTER TABLE article ADD CONSTRAINT ck_article_category CHECK (kind = 'PAGE' OR category_id IS NOT NULL);
ALTER TABLE article ADD CONSTRAINT ck_article_parent CHECK (kind = 'PAGE' OR parent_id IS NULL);
CREATE INDEX ix_article_parent ON article (parent_id);
CREATE INDEX ix_article_kind ON article (kind, status, published_at);
