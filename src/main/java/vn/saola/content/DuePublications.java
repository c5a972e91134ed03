package vn.saola.content;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.saola.platform.BackgroundWork;
import vn.saola.platform.Database;

/**
 * An article scheduled for later is a change when its time comes: at that moment this node tells
 * everything that keeps what content looked like (the public read model, kept pages, remembered
 * search results) to let it go, as an editor's save would. Without it a scheduled article would
 * wait for those memories to expire, each after its own time.
 *
 * <p>One timer, for the next publication due. After every change, here or on another node, the
 * next due time is read again; a timer is set only when that time moved (every save would
 * otherwise leave one more waiting task in the executor), and a timer set for an earlier answer
 * does nothing when it fires.
 */
@ApplicationScoped
class DuePublications {

    private static final Logger LOG = Logger.getLogger(DuePublications.class.getName());

    @Inject
    Database database;

    @Inject
    BackgroundWork background;

    @Inject
    ContentChanges changes;

    @Inject
    Event<ContentChanged> announce;

    /** The publication time the live timer is set for; null when none is. */
    private Instant armedFor;
    private long timer;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.onceDeployed("the next scheduled publication", this::setTimer);
    }

    void afterChange(@Observes ContentChanged change) {
        setTimer();
    }

    private void setTimer() {
        Instant next;
        try {
            next = database.read(session -> session.createQuery("select min(t.publishedAt) from ArticleTranslation t"
                    + " join t.article a where a.status = :published and t.status = vn.saola.content.TranslationStatus.PUBLISHED"
                    + " and t.publishedAt > :now", Instant.class)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", changes.now())
                    .getSingleResult());
        } catch (RuntimeException databaseAway) {
            // The memories still expire by themselves (saola.content.cache-seconds); the next change sets the timer.
            LOG.log(Level.FINE, "The next scheduled publication could not be read", databaseAway);
            return;
        }
        long mine;
        synchronized (this) {
            if (next == null ? armedFor == null : next.equals(armedFor)) {
                return;
            }
            armedFor = next;
            mine = ++timer;
        }
        if (next != null) {
            Duration wait = Duration.between(changes.now(), next).plusMillis(1);
            background.after(wait.isNegative() ? Duration.ZERO : wait, "a scheduled publication", () -> due(mine));
        }
    }

    private void due(long which) {
        synchronized (this) {
            if (timer != which) {
                return;
            }
            armedFor = null;
        }
        announce.fire(ContentChanged.here());
    }
}
