package vn.saola.content;

import java.time.Instant;

import vn.saola.i18n.Language;

/** One line of the editors' queue: a translation sent for approval, new words or an edit of published ones. */
public record AwaitingApproval(long articleId, Language language, ArticleKind kind, String title, String submittedBy,
        Instant submittedAt, boolean editOfPublished) {
}
