package vn.saola.content;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * The editorial board's approval (issue 21): a contributor sends one language of an article
 * ("Gửi duyệt"); an editor approves it (published now or scheduled) or returns it with a note its
 * author reads. An edit of published words waits beside them and replaces them only when approved.
 * Every decision is checked against the translation's state in the same transaction, and two
 * decisions at once are told apart by the translation's version: the second is refused, not done twice.
 */
@ApplicationScoped
public class Approvals {

    @Inject
    ContentChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    Database database;

    /**
     * Sends one language for approval ("Gửi duyệt"): words never public wait as pending; for a
     * published translation, the edit kept beside it does. Refused when already sent, or when a
     * published translation has no edit to send.
     */
    public void submit(long id, Language language, String by) {
        EditConflict.whenStale(() -> changes.inTransaction(session -> {
            ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
            if (translation.awaitsApproval()) {
                throw new EditRefused("review", "review.error.alreadySubmitted");
            }
            if (translation.status() == TranslationStatus.PUBLISHED && !translation.hasPendingEdit()) {
                throw new EditRefused("review", "review.error.nothingToSubmit");
            }
            translation.submit(by, changes.now());
            audit.record(session, AuditRecord.article(by, AuditAction.SUBMIT, id, translation.title()).withDetails(language.code()));
            return null;
        }));
    }

    /**
     * Approves what awaits in one language: a pending edit becomes the next revision of the public
     * words, and the translation is published now ({@code at} null) or at {@code at}. Refused, with
     * a clear message, when nothing awaits any more: two editors approving at once publish once
     * (the second one's write loses on the translation's version and is told so).
     */
    public void approve(long id, Language language, Instant at, String by) {
        publish(id, language, at, by, true);
    }

    /** Publishes one language now or at {@code at}, approving what awaited; only when something awaited if {@code onlyWhatAwaits}. */
    void publish(long id, Language language, Instant at, String by, boolean onlyWhatAwaits) {
        try {
            EditConflict.whenStale(() -> changes.inTransaction(session -> {
                Instant now = changes.now();
                Article article = ArticleEditing.article(session, id);
                ArticleTranslation translation = ArticleEditing.translation(article, language);
                if (onlyWhatAwaits && !translation.awaitsApproval()) {
                    throw new EditRefused("review", "review.error.notAwaiting");
                }
                boolean approving = translation.awaitsApproval();
                if (translation.hasPendingEdit() && approving) {
                    Revisions.save(session, translation, translation.pendingTitle(), translation.slug(),
                            translation.pendingSummary(), translation.pendingBodyHtml(), translation.pendingBy(), now);
                    translation.dropPending();
                }
                if (at == null) {
                    article.publishNow(translation, now);
                } else {
                    article.publishAt(translation, at, now);
                }
                AuditRecord line = AuditRecord.article(by, approving ? AuditAction.APPROVE
                        : at == null ? AuditAction.PUBLISH : AuditAction.SCHEDULE, id, translation.title());
                audit.record(session, line.withDetails(at == null ? language.code() : language.code() + " " + at));
                return null;
            }));
        } catch (EditConflict approvedMeanwhile) {
            throw new EditRefused("review", "review.error.notAwaiting");
        }
    }

    /**
     * Returns what awaits in one language to its author with {@code note} (required, at most
     * {@link ArticleConstraints#REVIEW_NOTE} characters): words never public go back to draft; a
     * pending edit stays for its author to mend. The public words are untouched.
     */
    public void returnToAuthor(long id, Language language, String note, String by) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new EditRefused("note", "review.error.noteMissing");
        }
        if (text.length() > ArticleConstraints.REVIEW_NOTE) {
            throw new EditRefused("note", "review.error.noteLength");
        }
        try {
            EditConflict.whenStale(() -> changes.inTransaction(session -> {
                ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
                if (!translation.awaitsApproval()) {
                    throw new EditRefused("review", "review.error.notAwaiting");
                }
                translation.returnToAuthor(text, by);
                audit.record(session, AuditRecord.article(by, AuditAction.RETURN, id, translation.title()).withDetails(language.code()));
                return null;
            }));
        } catch (EditConflict decidedMeanwhile) {
            throw new EditRefused("review", "review.error.notAwaiting");
        }
    }

    /** A contributor's edit of published words, dropped by its author (or an editor): the public words stay. */
    public void dropPendingEdit(long id, Language language) {
        changes.inTransaction(session -> {
            ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
            translation.dropPending();
            if (translation.status() == TranslationStatus.PUBLISHED) {
                translation.returnToAuthor(null, null);
            }
            return null;
        });
    }

    /** What awaits approval, the longest waiting first (at most {@code limit}). */
    public List<AwaitingApproval> awaitingApproval(int limit) {
        return database.read(session -> session.createQuery("select t from ArticleTranslation t join fetch t.article a"
                        + " where t.submittedAt is not null" + ArticleListing.NOT_TRASHED + " order by t.submittedAt, t.id",
                        ArticleTranslation.class).setMaxResults(limit).getResultStream()
                .map(t -> new AwaitingApproval(t.article().id(), t.language(), t.article().kind(),
                        t.hasPendingEdit() ? t.pendingTitle() : t.title(), t.submittedBy(), t.submittedAt(),
                        t.status() == TranslationStatus.PUBLISHED))
                .toList());
    }

    /** How many translations await approval: the number beside the queue in the admin's menu. */
    public long awaitingApprovalCount() {
        return database.read(session -> session.createQuery("select count(t) from ArticleTranslation t join t.article a"
                + " where t.submittedAt is not null" + ArticleListing.NOT_TRASHED, Long.class).getSingleResult());
    }
}
