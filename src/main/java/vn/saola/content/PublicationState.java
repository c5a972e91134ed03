package vn.saola.content;

/**
 * A translation's status as its editors read it at a moment: {@link TranslationStatus} with the
 * time taken into account (published with a time to come is scheduled).
 */
public enum PublicationState {
    DRAFT,
    PENDING,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    static PublicationState of(TranslationStatus status, java.time.Instant publishedAt, java.time.Instant now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case PENDING -> PENDING;
            case UNPUBLISHED -> UNPUBLISHED;
            case PUBLISHED -> publishedAt != null && publishedAt.isAfter(now) ? SCHEDULED : PUBLISHED;
        };
    }
}
