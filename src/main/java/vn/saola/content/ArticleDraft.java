package vn.saola.content;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import vn.saola.i18n.Language;

/**
 * An article or page as its editors see it: any status, every translation with its revision and
 * provenance. {@code categoryId} is null for a page, {@code parentId} null but for a page under another.
 */
public record ArticleDraft(long id, String publicId, ArticleKind kind, Long categoryId, Long parentId, String author,
        EditorialStatus status, Instant publishedAt, String featuredImage, boolean featured, Instant pinnedUntil,
        Map<Language, Translation> translations) {

    public boolean isPage() {
        return kind == ArticleKind.PAGE;
    }

    /** One language's words, with what an editor needs to save them safely. */
    public record Translation(Language language, String title, String slug, String summary, String bodyHtml,
            int revision, long version, Language sourceLanguage, Integer sourceRevision, TranslationState state,
            Instant updatedAt, String updatedBy, String publicPath, String imageAlt) {
    }

    public Optional<Translation> translation(Language language) {
        return Optional.ofNullable(translations.get(language));
    }

    public TranslationState state(Language language) {
        return translation(language).map(Translation::state).orElse(TranslationState.MISSING);
    }

    /** The title in {@code language}, else in the other language. */
    public String title(Language language) {
        return translation(language).or(() -> translation(language.other())).map(Translation::title).orElse("");
    }
}
