-- Documents listed under an article's or a page's text (issue 20): the file itself is stored once
-- under the hash of its bytes (files/ in the data folder); a row says where it is served, the name
-- it downloads as, its type and size, its place in the list and its title in each language, and
-- the text read out of it for search (extracted: whether that reading is done, even when it found
-- none: an encrypted PDF, a type not read yet, a file over the limits).
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE attachment (
    id          BIGINT PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    address     VARCHAR(1000) NOT NULL,
    file_name   VARCHAR(300) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    title_vi    VARCHAR(300),
    title_en    VARCHAR(300),
    extracted   BOOLEAN DEFAULT FALSE NOT NULL,
    extracted_text VARCHAR(1000000)
);
CREATE INDEX ix_attachment_article ON attachment (article_id, position);
