package vn.saola.content;

import java.util.Optional;

/** How one language of an article stands against the other: there and current, behind its source, or not written. */
public enum TranslationState {
    UP_TO_DATE,
    OUTDATED,
    MISSING;

    static TranslationState of(Optional<ArticleTranslation> translation) {
        return translation.map(t -> t.isOutdated() ? OUTDATED : UP_TO_DATE).orElse(MISSING);
    }
}
