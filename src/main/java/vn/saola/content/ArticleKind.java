package vn.saola.content;

/**
 * What an item of content is. News ({@code ARTICLE}) belongs to a category and fills the lists and
 * feeds; a {@code PAGE} (Giới thiệu, Liên hệ …) stands on its own at {@code /vi/{slug}}, may sit
 * under a parent page, and is found only through menus, the site map and search. Both share the
 * editor, revisions, translations and publishing, as posts and pages do in WordPress.
 */
public enum ArticleKind {
    ARTICLE,
    PAGE;

    /** The word the outside uses for it: the import's and the search API's {@code type}, the search page's filter. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<ArticleKind> fromWord(String word) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.word().equals(word)).findFirst();
    }
}
