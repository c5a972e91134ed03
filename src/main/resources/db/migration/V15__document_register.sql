-- The register of official documents (issue 20): a document is a row of article with kind DOCUMENT
-- (its title, summary and body per language, its files, its publishing and revisions are an
-- article's), and one row here with what a register says of it: its number and symbol, type,
-- issuing body, field, signer and dates. Types, issuing bodies and fields are lists editors keep
-- (document_term), each term named in both languages and filtered by its code in addresses.
ALTER TABLE article DROP CONSTRAINT ck_article_category;
ALTER TABLE article ADD CONSTRAINT ck_article_category CHECK (kind <> 'ARTICLE' OR category_id IS NOT NULL);

-- Past the terms inserted below.
CREATE SEQUENCE document_term_seq START WITH 101 INCREMENT BY 50;

CREATE TABLE document_term (
    id          BIGINT PRIMARY KEY,
    vocabulary  VARCHAR(10) NOT NULL,
    code        VARCHAR(80) NOT NULL,
    name_vi     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120),
    position    INTEGER NOT NULL,
    CONSTRAINT uq_document_term_code UNIQUE (vocabulary, code)
);

CREATE TABLE official_document (
    article_id   BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    number       VARCHAR(60) NOT NULL,
    -- The number as it is looked up: unmarked, upper case, letters and digits only (2146QDTTG).
    number_key   VARCHAR(60) NOT NULL,
    type_id      BIGINT NOT NULL REFERENCES document_term (id),
    issuer_id    BIGINT NOT NULL REFERENCES document_term (id),
    field_id     BIGINT REFERENCES document_term (id),
    signer       VARCHAR(120),
    issued_on    DATE NOT NULL,
    effective_on DATE,
    expired_on   DATE
);
CREATE INDEX ix_official_document_key ON official_document (number_key);
CREATE INDEX ix_official_document_issued ON official_document (issued_on, article_id);
CREATE INDEX ix_official_document_type ON official_document (type_id, issued_on);
CREATE INDEX ix_official_document_issuer ON official_document (issuer_id, issued_on);
CREATE INDEX ix_official_document_field ON official_document (field_id, issued_on);

-- The types and fields a provincial portal starts with; editors rename, add and remove (when unused).
INSERT INTO document_term (id, vocabulary, code, name_vi, name_en, position) VALUES
    (1, 'TYPE', 'luat', 'Luật', 'Law', 1),
    (2, 'TYPE', 'nghi-dinh', 'Nghị định', 'Decree', 2),
    (3, 'TYPE', 'nghi-quyet', 'Nghị quyết', 'Resolution', 3),
    (4, 'TYPE', 'quyet-dinh', 'Quyết định', 'Decision', 4),
    (5, 'TYPE', 'chi-thi', 'Chỉ thị', 'Directive', 5),
    (6, 'TYPE', 'thong-tu', 'Thông tư', 'Circular', 6),
    (7, 'TYPE', 'ke-hoach', 'Kế hoạch', 'Plan', 7),
    (8, 'TYPE', 'thong-bao', 'Thông báo', 'Notice', 8),
    (9, 'TYPE', 'cong-van', 'Công văn', 'Official letter', 9),
    (10, 'FIELD', 'cong-thuong', 'Công thương', 'Industry and trade', 1),
    (11, 'FIELD', 'dau-tu', 'Kế hoạch và đầu tư', 'Planning and investment', 2),
    (12, 'FIELD', 'tai-chinh', 'Tài chính', 'Finance', 3),
    (13, 'FIELD', 'nong-nghiep', 'Nông nghiệp', 'Agriculture', 4),
    (14, 'FIELD', 'giao-duc', 'Giáo dục', 'Education', 5),
    (15, 'FIELD', 'y-te', 'Y tế', 'Health', 6),
    (16, 'FIELD', 'to-chuc-bo-may', 'Tổ chức bộ máy', 'Organisation of the administration', 7);
