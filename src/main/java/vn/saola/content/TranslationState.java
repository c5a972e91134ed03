package vn.saola.content;

/** How one language of an article stands against the other: there and current, behind its source, or not written. */
public enum TranslationState {
    UP_TO_DATE,
    OUTDATED,
    MISSING;

    static TranslationState of(java.util.Optional<ArticleTranslation> translation) {
        return translation.map(t -> t.isOutdated() ? OUTDATED : UP_TO_DATE).orElse(MISSING);
    }
}
