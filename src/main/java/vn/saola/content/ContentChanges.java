package vn.saola.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * The one gateway for changes to content: every change is one transaction, after which
 * {@link ContentChanged} is fired — the public read model forgets what it read, search drops its
 * remembered results, and the other nodes are told — before the change is answered.
 *
 * <p>It also takes the changes tools make by public id (the import id, else the article's own id):
 * imported batches, publishing and deleting.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class.getName());

    @Inject
    Database database;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    Instance<DerivedData> derived;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Saves imported translations in one transaction: each creates or updates one language of the
     * article known by its import id; the category is found by its name in that language (or named
     * now), the slug made from the title.
     *
     * @return for each translation, whether it was created (true) or an existing one rewritten
     */
    public List<Boolean> importBatch(List<ImportedTranslation> translations) {
        return inTransaction(session -> {
            derived.forEach(store -> store.catchUpAfter(session, this::announceChange));
            ImportBatch batch = new ImportBatch(session, now());
            List<Boolean> created = new ArrayList<>(translations.size());
            for (ImportedTranslation translation : translations) {
                created.add(batch.save(translation));
            }
            return created;
        });
    }

    /**
     * From now on each old address leads where it says: to the article imported as its import id
     * (in its language), or to a file's address. An address recorded before is led anew; one whose
     * article is unknown is left out.
     *
     * @return how many addresses now lead somewhere
     */
    public int recordOldAddresses(List<OldAddresses.Lead> leads) {
        return inTransaction(session -> {
            Instant now = now();
            int recorded = 0;
            for (OldAddresses.Lead lead : leads) {
                Long articleId = null;
                if (lead.importId() != null) {
                    articleId = session.createQuery("select a.id from Article a where a.importId = :id", Long.class)
                            .setParameter("id", lead.importId()).uniqueResultOptional().orElse(null);
                    if (articleId == null) {
                        continue;
                    }
                }
                OldAddress address = session.find(OldAddress.class, lead.oldPath());
                if (address == null) {
                    address = new OldAddress(lead.oldPath());
                    address.leadTo(articleId, lead.language() == null ? null : lead.language().code(), lead.target(), now);
                    session.persist(address);
                } else {
                    address.leadTo(articleId, lead.language() == null ? null : lead.language().code(), lead.target(), now);
                }
                recorded++;
            }
            return recorded;
        });
    }

    /**
     * Publishes or takes back to draft the article known by {@code publicId}, by the same rule as
     * the editors' buttons ({@link Article#publishNow}, {@link Article#unpublish}).
     *
     * @return false when there is no such article
     */
    public boolean setStatus(String publicId, ArticleStatus status, String by) {
        return inTransaction(session -> ArticleDirectory.find(session, publicId).filter(article -> !article.isTrashed()).map(article -> {
            if (status == ArticleStatus.PUBLISHED) {
                article.publishNow(now());
            } else {
                article.unpublish(now());
            }
            audit.record(session, AuditRecord.article(by, status == ArticleStatus.PUBLISHED ? AuditAction.PUBLISH
                    : AuditAction.UNPUBLISH, article.id(), article.anyTitle()).withDetails("API"));
            return true;
        }).orElse(false));
    }

    /**
     * Sets one language of the article known by {@code publicId}: published (by the rule of
     * {@link Article#publishNow(ArticleTranslation, Instant)}), taken down, or back to draft.
     *
     * @return false when there is no such article, or it is not written in {@code language}
     */
    public boolean setStatus(String publicId, Language language, TranslationStatus status, String by) {
        return inTransaction(session -> ArticleDirectory.find(session, publicId).filter(article -> !article.isTrashed())
                .flatMap(article -> article.translation(language).map(translation -> {
                    Instant now = now();
                    switch (status) {
                        case PUBLISHED -> article.publishNow(translation, now);
                        case UNPUBLISHED -> article.unpublish(translation, now);
                        default -> article.toDraft(translation, now);
                    }
                    audit.record(session, AuditRecord.article(by, status == TranslationStatus.PUBLISHED ? AuditAction.PUBLISH
                            : AuditAction.UNPUBLISH, article.id(), article.anyTitle()).withDetails("API " + language.code()));
                    return true;
                })).orElse(false));
    }

    /**
     * Deletes the article known by {@code publicId} with all its translations; false when there is
     * none, {@link EditRefused} for a page with pages under it.
     */
    public boolean delete(String publicId, String by) {
        return inTransaction(session -> ArticleDirectory.find(session, publicId).filter(article -> !article.isTrashed()).map(article -> {
            ArticleEditing.refuseIfParent(session, article);
            audit.record(session, AuditRecord.article(by, AuditAction.DELETE, article.id(), article.anyTitle()).withDetails("API"));
            article.trash(by, now());
            LOG.info(() -> "Article " + publicId + " moved to the trash");
            return true;
        }).orElse(false));
    }

    /** Takes the article known by {@code publicId} out of the trash; false when it is not there. */
    public boolean restore(String publicId, String by) {
        return inTransaction(session -> ArticleDirectory.find(session, publicId).filter(Article::isTrashed).map(article -> {
            Trash.restore(session, article, by, now(), audit);
            return true;
        }).orElse(false));
    }

    /**
     * Every change to content goes through here. Package-private, so no other feature gets a
     * session onto content's tables. Announced even when it fails: part of it may have been seen.
     */
    <T> T inTransaction(Function<Session, T> work) {
        try {
            return database.write(session -> {
                T done = work.apply(session);
                noteImages(session);
                return done;
            });
        } finally {
            announceChange();
        }
    }

    /**
     * Every article the change touched notes the images it shows now: the library's "where used"
     * and "delete only when unused" read that, whichever path (editor, import, revision) changed it.
     */
    private static void noteImages(Session session) {
        for (Map.Entry<Object, EntityEntry> entry : session.unwrap(SessionImplementor.class).getPersistenceContextInternal()
                .reentrantSafeEntityEntries()) {
            if (entry.getKey() instanceof Article article && entry.getValue().getStatus() == Status.MANAGED) {
                article.noteImages();
            }
        }
    }

    private void announceChange() {
        changes.fire(ContentChanged.here());
    }

    Instant now() {
        return clock.instant();
    }
}
