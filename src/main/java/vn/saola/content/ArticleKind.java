package vn.saola.content;

import java.util.Optional;
import java.util.function.Supplier;

import vn.saola.i18n.Language;

/**
 * What an item of content is. News ({@code ARTICLE}) belongs to a category and fills the lists and
 * feeds; a {@code PAGE} (Giới thiệu, Liên hệ …) stands on its own at {@code /vi/{slug}}, may sit
 * under a parent page, and is found only through menus, the site map and search; a {@code DOCUMENT}
 * is an entry of the register of official documents ({@code /vi/van-ban/{slug}}), with its number,
 * type, issuer and dates ({@link DocumentRecord}) beside its words and files. All share the editor,
 * revisions, translations and publishing, as posts, pages and custom post types do in WordPress.
 */
public enum ArticleKind implements Worded {
    ARTICLE,
    PAGE,
    DOCUMENT;

    public static Optional<ArticleKind> fromWord(String word) {
        return Worded.fromWord(ArticleKind.class, word);
    }

    /** Only news has a category. */
    public boolean hasCategory() {
        return this == ARTICLE;
    }

    /**
     * The public address of the translation in {@code language} whose slug is {@code slug}; a page's
     * depends on its parents, which only the page tree knows: {@code pagePath} gives it.
     */
    public String path(Language language, String slug, Supplier<String> pagePath) {
        return switch (this) {
            case ARTICLE -> language.articlePath(slug);
            case DOCUMENT -> language.documentPath(slug);
            case PAGE -> pagePath.get();
        };
    }
}
