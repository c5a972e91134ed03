package vn.saola.search;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;

import vn.saola.cluster.Cluster;
import vn.saola.content.ArticleDirectory;
import vn.saola.content.ArticleTranslation;
import vn.saola.platform.BackgroundWork;
import vn.saola.platform.Backoff;
import vn.saola.platform.Database;

/**
 * Keeps the index whole: once the application is deployed it compares the index with the
 * published translations in the database and, when they differ (index missing, moved aside, or
 * behind after a crash), rebuilds it in the background with Hibernate Search's mass indexer —
 * pages keep being served meanwhile. A shared index (several nodes) is rebuilt at start only when
 * it is empty. A rebuild that fails is tried again, later and later ({@link #RETRIES}), and the
 * administrators' pages say why it failed and when the next try is.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(15), 4, Duration.ofMinutes(15));

    @Inject
    Database database;

    @Inject
    ArticleDirectory content;

    @Inject
    RecentResults recentResults;

    @Inject
    Cluster cluster;

    @Inject
    SearchEngine searchEngine;

    @Inject
    BackgroundWork background;

    private IndexRebuilds rebuilds;

    @PostConstruct
    void shareProgress() {
        rebuilds = new IndexRebuilds(cluster.sharedMap("jobs"), cluster.nodeName());
    }

    void checkAtStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
        background.onceDeployed("the search index's start-up check",
                () -> cluster.exclusively("start-up", 10, this::compareWithDatabase));
    }

    private void compareWithDatabase() {
        long indexed = indexedCount();
        long published = content.publishedTranslationCount();
        if (indexed == published) {
            return;
        }
        if (searchEngine.isShared() && indexed > 0) {
            // A shared index outlives every node and trails the database by the outbox still to
            // process: a node joining while others write must not rebuild it for that.
            LOG.info(() -> "The shared search index holds " + indexed + " documents for " + published
                    + " published translations (the outbox catches up; rebuild at /admin/search-index if it does not)");
            return;
        }
        LOG.warning(() -> "The search index holds " + indexed + " documents for " + published
                + " published translations; rebuilding it in the background");
        rebuild("the start-up check");
    }

    /**
     * Rebuilds the whole index from the database, in the background, unless a rebuild is already
     * running (then false). Searches keep being answered from the index as it was until it is done.
     */
    public boolean rebuild(String by) {
        return rebuild(by, 0);
    }

    private boolean rebuild(String by, int failuresBefore) {
        if (!rebuilds.begin(by)) {
            return false;
        }
        long start = System.nanoTime();
        LOG.info(() -> "Search index rebuild started by " + by + (failuresBefore == 0 ? "" : " (try " + (failuresBefore + 1) + ")"));
        try {
            scope().massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .monitor(rebuilds)
                    .start()
                    .whenComplete((done, failure) -> {
                        recentResults.forgetAll();
                        if (failure == null) {
                            rebuilds.done();
                            LOG.info(() -> String.format("Search index rebuilt in %.1f s", (System.nanoTime() - start) / 1e9));
                        } else {
                            retryLater(by, failuresBefore + 1, failure);
                        }
                    });
        } catch (RuntimeException | LinkageError notStarted) {
            retryLater(by, failuresBefore + 1, notStarted);
        }
        return true;
    }

    private void retryLater(String by, int failures, Throwable failure) {
        Duration wait = RETRIES.delayAfter(failures);
        rebuilds.failed(reasonOf(failure), Instant.now().plus(wait));
        LOG.log(Level.SEVERE, "Rebuilding the search index failed (" + failures + " time(s) in a row); trying again in "
                + wait.toSeconds() + " s", failure);
        background.after(wait, "retrying the search index rebuild", () -> {
            // Someone may have rebuilt it meanwhile (an administrator, another node).
            if (rebuilds.progress().failed()) {
                rebuild(by, failures);
            }
        });
    }

    /** The failure's message and its innermost cause's: where it failed, and what went wrong there. */
    private static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return cause == failure || cause.getMessage() == null ? reason : reason + " (" + cause.getMessage() + ")";
    }

    public IndexRebuilds.Progress rebuildProgress() {
        return rebuilds.progress();
    }

    /**
     * After a bulk import: merges the many small segments the import left into few, in the
     * background (searches keep being answered meanwhile). Every search visits every segment, so
     * this is what keeps search fast after an archive was brought in.
     */
    public void compactAfterBulkChange() {
        long start = System.nanoTime();
        scope().workspace().mergeSegmentsAsync().whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "Merging the search index after an import failed", failure);
            } else {
                LOG.info(() -> String.format("Search index compacted in %.1f s", (System.nanoTime() - start) / 1e9));
            }
        });
    }

    long indexedCount() {
        // Writes still queued from the start (the demo content) must be in before counting.
        var workspace = scope().workspace();
        workspace.flush();
        workspace.refresh();
        return database.withSession(session -> Search.session(session).search(ArticleTranslation.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
    }

    private SearchScope<ArticleTranslation> scope() {
        return Search.mapping(database.sessionFactory()).scope(ArticleTranslation.class);
    }
}
