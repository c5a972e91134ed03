-- View counting (see stats/). Day rows are the source of every figure: months, years and totals
-- are sums over them. article_id 0 is the whole site (every counted page, articles included).
-- Rows are only ever changed by adding to them, so several Saola nodes can share the database.

CREATE TABLE page_views (
    article_id BIGINT NOT NULL,
    view_date  DATE NOT NULL,
    lang       VARCHAR(2) NOT NULL,
    views      BIGINT NOT NULL,
    PRIMARY KEY (article_id, view_date, lang)
);
CREATE INDEX ix_page_views_day ON page_views (view_date);

-- Distinct visitors of a day (of the site, or of one article).
CREATE TABLE daily_visitors (
    article_id BIGINT NOT NULL,
    view_date  DATE NOT NULL,
    visitors   BIGINT NOT NULL,
    PRIMARY KEY (article_id, view_date)
);

-- Who was already counted today: salted hashes, useless once their day's salt is gone; deleted
-- after their day.
CREATE TABLE visitor_sighting (
    view_date  DATE NOT NULL,
    article_id BIGINT NOT NULL,
    visitor    VARCHAR(64) NOT NULL,
    PRIMARY KEY (view_date, article_id, visitor)
);

-- The salt of the current day, shared by every node; deleted when its day is over.
CREATE TABLE visitor_salt (
    view_date  DATE PRIMARY KEY,
    salt VARCHAR(64) NOT NULL
);
