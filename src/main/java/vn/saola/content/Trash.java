package vn.saola.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.BackgroundWork;
import vn.saola.platform.Database;

/**
 * The trash: what editors delete stays here, out of the public site, search and the editors' lists,
 * with its translations, revisions and addresses, for {@code saola.trash.keep-days}; it can be
 * restored as it was until then. Then, or when an administrator purges it or empties the trash, it
 * is deleted for good (its view counts stay).
 */
@ApplicationScoped
public class Trash {

    private static final Logger LOG = Logger.getLogger(Trash.class.getName());

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    @Inject
    AuditLog audit;

    @Inject
    BackgroundWork background;

    @Inject
    @ConfigProperty(name = "saola.trash.keep-days", defaultValue = "30")
    int keepDays;

    void purgeExpiredDaily(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.every(Duration.ofHours(6), "purging the trash of what was kept long enough", this::purgeExpired);
    }

    public int keepDays() {
        return keepDays;
    }

    /** What is in the trash, the newest deletion first. */
    public List<TrashRow> all(Language language) {
        return database.read(session -> session.createQuery("from Article a where a.status = :trashed"
                        + " order by a.trashedAt desc, a.id desc", Article.class)
                .setParameter("trashed", ArticleStatus.TRASHED).getResultStream()
                .map(a -> new TrashRow(a.id(), a.kind(), a.translation(language).or(() -> a.translation(language.other()))
                        .map(ArticleTranslation::title).orElse(""), a.trashedAt(), a.trashedBy(),
                        a.trashedAt().plus(Duration.ofDays(keepDays))))
                .toList());
    }

    /** Takes {@code id} out of the trash, as it was. */
    public void restore(long id, String by) {
        changes.inTransaction(session -> {
            restore(session, trashed(session, id), by, changes.now(), audit);
            return null;
        });
    }

    /** A page comes back under its parent: a parent still in the trash comes back first. */
    static void restore(Session session, Article article, String by, Instant now, AuditLog audit) {
        Article parent = article.parent();
        if (parent != null && parent.isTrashed()) {
            throw new EditRefused("trash", "trash.error.parentTrashed");
        }
        article.restore(now);
        audit.record(session, AuditRecord.article(by, AuditAction.RESTORE, article.id(), article.anyTitle()));
    }

    /** Deletes {@code id} for good, with its translations, revisions and addresses. */
    public void purge(long id, String by) {
        changes.inTransaction(session -> {
            Article article = trashed(session, id);
            purge(session, article, by);
            return null;
        });
    }

    /** Deletes for good everything in the trash; returns how many. */
    public int empty(String by) {
        return changes.inTransaction(session -> {
            List<Article> all = session.createQuery("from Article a where a.status = :trashed", Article.class)
                    .setParameter("trashed", ArticleStatus.TRASHED).getResultList();
            all.forEach(article -> purge(session, article, by));
            return all.size();
        });
    }

    void purgeExpired() {
        int purged = changes.inTransaction(session -> {
            List<Article> expired = session.createQuery("from Article a where a.status = :trashed and a.trashedAt < :before",
                            Article.class).setParameter("trashed", ArticleStatus.TRASHED)
                    .setParameter("before", changes.now().minus(Duration.ofDays(keepDays))).getResultList();
            expired.forEach(article -> purge(session, article, "saola"));
            return expired.size();
        });
        if (purged > 0) {
            LOG.info(() -> purged + " articles kept " + keepDays + " days in the trash purged");
        }
    }

    private void purge(Session session, Article article, String by) {
        // Children first would be needed for a page with pages under it; a page with pages is never trashed.
        audit.record(session, AuditRecord.article(by, AuditAction.PURGE, article.id(), article.anyTitle()));
        session.createMutationQuery("update Article a set a.parent = null where a.parent = :page").setParameter("page", article)
                .executeUpdate();
        session.remove(article);
    }

    private static Article trashed(Session session, long id) {
        Article article = session.get(Article.class, id);
        if (article == null || !article.isTrashed()) {
            throw new EditRefused("trash", "trash.error.gone");
        }
        return article;
    }
}
