package vn.saola.content;

import java.time.Instant;

import vn.saola.i18n.Language;

/**
 * One language of one article as it comes from outside (an import line, the demo content), with
 * the same constraints as the editors' form; the import checks them before it makes one.
 */
public record ImportedTranslation(@ArticleConstraints.ImportId String importId, Language language,
        @ArticleConstraints.Title String title, @ArticleConstraints.Summary String summary,
        @ArticleConstraints.Body String body, @ArticleConstraints.CategoryName String category, Instant publishedAt,
        @ArticleConstraints.Author String author) {
}
