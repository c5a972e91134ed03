package vn.saola.content;

import java.util.Optional;

/**
 * What an item of content is. News ({@code ARTICLE}) belongs to a category and fills the lists and
 * feeds; a {@code PAGE} (Giới thiệu, Liên hệ …) stands on its own at {@code /vi/{slug}}, may sit
 * under a parent page, and is found only through menus, the site map and search. Both share the
 * editor, revisions, translations and publishing, as posts and pages do in WordPress.
 */
public enum ArticleKind implements Worded {
    ARTICLE,
    PAGE;

    public static Optional<ArticleKind> fromWord(String word) {
        return Worded.fromWord(ArticleKind.class, word);
    }
}
