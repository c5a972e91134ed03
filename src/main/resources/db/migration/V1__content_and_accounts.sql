-- One history for H2 and PostgreSQL: only SQL both understand.

CREATE SEQUENCE category_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE category_translation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_translation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE category (
    id          BIGINT PRIMARY KEY,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE category_translation (
    id          BIGINT PRIMARY KEY,
    category_id BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    lang        VARCHAR(2) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    CONSTRAINT uq_category_translation_language UNIQUE (category_id, lang),
    CONSTRAINT uq_category_translation_slug UNIQUE (lang, slug)
);

CREATE TABLE article (
    id           BIGINT PRIMARY KEY,
    import_id    VARCHAR(200),
    category_id  BIGINT NOT NULL REFERENCES category (id),
    author       VARCHAR(200),
    status       VARCHAR(20) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_article_import_id UNIQUE (import_id)
);
CREATE INDEX ix_article_status_published ON article (status, published_at);
CREATE INDEX ix_article_category ON article (category_id, published_at);

CREATE TABLE article_translation (
    id          BIGINT PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    lang        VARCHAR(2) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    summary     VARCHAR(2000),
    body_html   VARCHAR(1000000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_article_translation_language UNIQUE (article_id, lang),
    CONSTRAINT uq_article_translation_slug UNIQUE (lang, slug)
);

CREATE TABLE account (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    role          VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);
