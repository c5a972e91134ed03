package vn.saola.content;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import vn.saola.i18n.Language;

/**
 * One language of one article or page as it comes from outside (an import line, the demo content),
 * with the same constraints as the editors' form; the import checks them before it makes one. News
 * has a {@code category}; a page has none, and may name its {@code parent} page by import id. A
 * {@code slug} (null: made from the title) keeps a new translation's address, as an export names
 * it; a {@code status} (null: published) says whether the line is public; {@code updatedAt} (null:
 * now) when its words were last changed, which pages and the sitemap show. A WordPress post
 * brings {@code keywords} (its tags) and its featured image: the image's address here and what it
 * shows in this language.
 */
public record ImportedTranslation(ArticleKind kind, @ArticleConstraints.ImportId String importId, Language language,
        @ArticleConstraints.Title String title, @ArticleConstraints.Summary String summary,
        @ArticleConstraints.Body String body, @ArticleConstraints.CategoryName String category, Instant publishedAt,
        @ArticleConstraints.Author String author, @ArticleConstraints.ImportId String parent,
        @ArticleConstraints.Slug String slug, TranslationStatus status, Instant updatedAt,
        @Size(max = ArticleConstraints.KEYWORDS) String keywords, String featuredImage,
        @Size(max = ArticleConstraints.IMAGE_ALT) String imageAlt) {

    public ImportedTranslation(ArticleKind kind, String importId, Language language, String title, String summary,
            String body, String category, Instant publishedAt, String author, String parent, String slug,
            TranslationStatus status, Instant updatedAt) {
        this(kind, importId, language, title, summary, body, category, publishedAt, author, parent, slug, status,
                updatedAt, null, null, null);
    }

    public ImportedTranslation(ArticleKind kind, String importId, Language language, String title, String summary,
            String body, String category, Instant publishedAt, String author, String parent) {
        this(kind, importId, language, title, summary, body, category, publishedAt, author, parent, null, null, null,
                null, null, null);
    }

    /** A line of news. */
    public ImportedTranslation(String importId, Language language, String title, String summary, String body,
            String category, Instant publishedAt, String author) {
        this(ArticleKind.ARTICLE, importId, language, title, summary, body, category, publishedAt, author, null);
    }
}
