package vn.saola.content;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    @Inject
    Event<ReviewStep> steps;

    /**
     * Sends one language for approval ("Gửi duyệt"): words never public wait as pending; for a
     * published translation, the edit kept beside it does. Refused when already sent, or when a
     * published translation has no edit to send.
     */
    public void submit(long id, Language language, String by) {
        ReviewStep done = EditConflict.whenStale(() -> changes.inTransaction(session -> {
            ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
            if (translation.awaitsApproval()) {
                throw new EditRefused("review", "review.error.alreadySubmitted");
            }
            if (translation.status() == TranslationStatus.PUBLISHED && !translation.hasPendingEdit()) {
                throw new EditRefused("review", "review.error.nothingToSubmit");
            }
            translation.submit(by, changes.now());
            audit.record(session, AuditRecord.article(by, AuditAction.SUBMIT, id, translation.article().anyTitle()).withDetails(language.code()));
            return new ReviewStep(ReviewStep.Kind.SUBMITTED, id, language, shownTitle(translation), by, by, null);
        }));
        steps.fire(done);
    }

    /** The title the step concerns: a pending edit's, else the translation's. */
    private static String shownTitle(ArticleTranslation translation) {
        return translation.hasPendingEdit() ? translation.pendingTitle() : translation.title();
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
        ReviewStep done;
        try {
            done = EditConflict.whenStale(() -> changes.inTransaction(session -> {
                Instant now = changes.now();
                Article article = ArticleEditing.article(session, id);
                ArticleTranslation translation = ArticleEditing.translation(article, language);
                if (onlyWhatAwaits && !translation.awaitsApproval()) {
                    throw new EditRefused("review", "review.error.notAwaiting");
                }
                boolean approving = translation.awaitsApproval();
                ReviewStep approved = approving ? new ReviewStep(ReviewStep.Kind.APPROVED, id, language, shownTitle(translation),
                        translation.submittedBy(), by, null) : null;
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
                        : at == null ? AuditAction.PUBLISH : AuditAction.SCHEDULE, id, article.anyTitle());
                audit.record(session, line.withDetails(at == null ? language.code() : language.code() + " " + at));
                return approved;
            }));
        } catch (EditConflict approvedMeanwhile) {
            throw new EditRefused("review", "review.error.notAwaiting");
        }
        if (done != null) {
            steps.fire(done);
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
        ReviewStep done;
        try {
            done = EditConflict.whenStale(() -> changes.inTransaction(session -> {
                ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
                if (!translation.awaitsApproval()) {
                    throw new EditRefused("review", "review.error.notAwaiting");
                }
                ReviewStep returned = new ReviewStep(ReviewStep.Kind.RETURNED, id, language, shownTitle(translation),
                        translation.submittedBy(), by, text);
                translation.returnToAuthor(text, by);
                audit.record(session, AuditRecord.article(by, AuditAction.RETURN, id, translation.article().anyTitle()).withDetails(language.code()));
                return returned;
            }));
        } catch (EditConflict decidedMeanwhile) {
            throw new EditRefused("review", "review.error.notAwaiting");
        }
        steps.fire(done);
    }

    /** A contributor's edit of published words, dropped by its author (or an editor): the public words stay. */
    public void dropPendingEdit(long id, Language language) {
        changes.inTransaction(session -> {
            ArticleTranslation translation = ArticleEditing.translation(ArticleEditing.article(session, id), language);
            translation.withdrawEdit();
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
