-- Moving a WordPress site in (issue 22). Every address the old site gave an item keeps answering,
-- with a 301 to where it is now: an article or page (by id and language, so a later change of its
-- slug is followed) or a file (by its new address). The key is the old path as the old site wrote
-- it, without its trailing slash, with the query that named the item (/?p=4, /?page_id=3).
CREATE TABLE old_address (
    old_path VARCHAR(1000) PRIMARY KEY,
    article_id BIGINT REFERENCES article (id) ON DELETE CASCADE,
    lang VARCHAR(2),
    target VARCHAR(1000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_old_address_article ON old_address (article_id);

-- Words a translation is found by beyond its own text: a WordPress post's tags, Saola having none.
ALTER TABLE article_translation ADD COLUMN keywords VARCHAR(1000);
