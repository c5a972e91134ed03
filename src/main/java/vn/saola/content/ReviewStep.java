package vn.saola.content;

import vn.saola.i18n.Language;

/**
 * A step of approval, told once its transaction is committed (to whoever notifies people of it):
 * one language of article {@code articleId}, titled {@code title}, was sent for approval by
 * {@code author}, or approved or returned by {@code by} (with {@code note}) to {@code author}.
 */
public record ReviewStep(Kind kind, long articleId, Language language, String title, String author, String by,
        String note) {

    public enum Kind { SUBMITTED, APPROVED, RETURNED }
}
