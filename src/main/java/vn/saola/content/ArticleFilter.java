package vn.saola.content;

import vn.saola.i18n.Language;

/**
 * What the editors' list is narrowed to; every part may be null (no narrowing).
 * {@code needs}: articles whose translation in that language is missing or outdated.
 */
public record ArticleFilter(EditorialStatus status, Long categoryId, Language needs, String title) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null);
}
