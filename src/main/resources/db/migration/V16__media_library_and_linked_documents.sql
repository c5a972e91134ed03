-- The media library (issue 20), and the documents a news item links: every uploaded image once, with what an editor says of it in each
-- language (its text alternative and caption), when and by whom it was uploaded, and its size; the
-- images each article shows (image_keys: its featured image and its body's, kept on every save),
-- so the library says where each is used and deletes only what nothing shows; and the addresses
-- a replaced image or file had, which keep answering with a redirect to the new one.
CREATE SEQUENCE media_image_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE media_image (
    id          BIGINT PRIMARY KEY,
    -- The stored name without its extension (2026/11/3f9c…e1): what a body's image, a featured
    -- image or one of the narrower copies all name.
    image_key   VARCHAR(50) NOT NULL,
    address     VARCHAR(100) NOT NULL,
    file_name   VARCHAR(300) NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    size_bytes  BIGINT NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(100),
    replaced_at TIMESTAMP WITH TIME ZONE,
    alt_vi      VARCHAR(300),
    alt_en      VARCHAR(300),
    caption_vi  VARCHAR(500),
    caption_en  VARCHAR(500),
    -- Name, text alternatives and captions in lower case and composed form, as the library's search
    -- compares them (lower() in the database depends on its locale: PostgreSQL's C locale leaves Ả alone).
    words       VARCHAR(2200) NOT NULL,
    CONSTRAINT uq_media_image_key UNIQUE (image_key)
);
CREATE INDEX ix_media_image_uploaded ON media_image (uploaded_at);

CREATE TABLE media_moved (
    address    VARCHAR(1000) PRIMARY KEY,
    moved_to   VARCHAR(1000) NOT NULL,
    moved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Space-separated image keys; filled for existing articles by the next migration (16.2).
ALTER TABLE article ADD COLUMN image_keys VARCHAR(100000);

-- When a file was attached, for the library's filter by month; files attached before this version
-- take their article's creation.
ALTER TABLE attachment ADD COLUMN attached_at TIMESTAMP WITH TIME ZONE;
UPDATE attachment SET attached_at = (SELECT created_at FROM article WHERE article.id = attachment.article_id);
ALTER TABLE attachment ALTER COLUMN attached_at SET NOT NULL;

-- The register's documents a news item names beside its text ("Văn bản liên quan"), and so the
-- news that names a document, on the document's page.
CREATE TABLE article_document (
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    document_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT pk_article_document PRIMARY KEY (article_id, document_id)
);
CREATE INDEX ix_article_document_document ON article_document (document_id);
