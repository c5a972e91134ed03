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

    /**
     * One language's words, with what an editor needs to save them safely, its own publication
     * ({@code publication} as of the moment read, public from {@code publishedAt}) and where it
     * stands in approval ({@code review}).
     */
    public record Translation(Language language, String title, String slug, String summary, String bodyHtml,
            int revision, long version, Language sourceLanguage, Integer sourceRevision, TranslationState state,
            Instant updatedAt, String updatedBy, String publicPath, String imageAlt,
            PublicationState publication, Instant publishedAt, Review review) {

        /** Published, scheduled or awaiting nothing: whether the public sees (or will see) these words. */
        public boolean isPublished() {
            return publication == PublicationState.PUBLISHED || publication == PublicationState.SCHEDULED;
        }
    }

    /**
     * Approval: sent by whom and when (null: not awaiting), the note of the editor who returned it,
     * and a contributor's edit of published words waiting beside them (null title: none).
     */
    public record Review(String submittedBy, Instant submittedAt, String note, String reviewedBy,
            String pendingTitle, String pendingSummary, String pendingBodyHtml, String pendingBy, Instant pendingAt) {

        public boolean awaitsApproval() {
            return submittedAt != null;
        }

        public boolean hasPendingEdit() {
            return pendingAt != null;
        }

        static Review of(ArticleTranslation t) {
            return new Review(t.submittedBy(), t.submittedAt(), t.reviewNote(), t.reviewedBy(), t.pendingTitle(),
                    t.pendingSummary(), t.pendingBodyHtml(), t.pendingBy(), t.pendingAt());
        }
    }

    public PublicationState publication(Language language) {
        return translation(language).map(Translation::publication).orElse(PublicationState.DRAFT);
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
