-- Menus (issue 19): the header menu, the footer menu and the "Liên kết website" block. An item
-- leads to a page, a category or an address outside; its label is per language (empty: the page's
-- title or the category's name there, and a link without a label is not shown in that language).
-- Items nest one level (parent_id); an item goes with the page or category it leads to.
CREATE SEQUENCE menu_item_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE menu_item (
    id          BIGINT PRIMARY KEY,
    menu        VARCHAR(10) NOT NULL,
    parent_id   BIGINT REFERENCES menu_item (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    target      VARCHAR(10) NOT NULL,
    article_id  BIGINT REFERENCES article (id) ON DELETE CASCADE,
    category_id BIGINT REFERENCES category (id) ON DELETE CASCADE,
    url         VARCHAR(500),
    label_vi    VARCHAR(200),
    label_en    VARCHAR(200),
    version     INTEGER NOT NULL
);
CREATE INDEX ix_menu_item_menu ON menu_item (menu, position);

-- Where the "Liên kết website" block stands: the footer (no row) or the side column.
CREATE TABLE menu_setting (
    menu      VARCHAR(10) PRIMARY KEY,
    placement VARCHAR(10) NOT NULL
);
