package vn.saola.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * What a bulk change needs to be undone: each article as it was before ({@code action} says what
 * was done to it), and the time the change left on it. An article changed again since is left as it
 * is by the undo: putting back its old state would undo someone else's work too.
 */
public record BulkUndo(BulkAction.Kind action, List<Before> articles) implements Serializable {

    /** One article before the change: its category, and each language's status and publication time. */
    public record Before(long id, Long categoryId, Map<Language, TranslationStatus> statuses,
            Map<Language, Instant> publishedAt, Instant changedAt) implements Serializable {
    }

    public List<Long> ids() {
        return articles.stream().map(Before::id).toList();
    }
}
