package vn.saola.search;

import java.time.Instant;

import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;

/**
 * One article, page or document found: where it is and what to show of it. {@code titleHtml} and
 * {@code snippetHtml} are escaped text with the matched words in {@code <mark>}; a page has no
 * {@code categoryName}.
 */
public record SearchHit(long articleId, String importId, ArticleKind kind, Language language, String title,
        String titleHtml, String url, String snippetHtml, Instant publishedAt, String categoryName) {

    public boolean isPage() {
        return kind == ArticleKind.PAGE;
    }

    public boolean isDocument() {
        return kind == ArticleKind.DOCUMENT;
    }

    /** The id outside tooling knows the article by: its import id where it came from an import. */
    public String publicId() {
        return importId != null ? importId : String.valueOf(articleId);
    }
}
