package vn.saola.search;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
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
import vn.saola.content.ArticleTranslation;
import vn.saola.content.ContentService;
import vn.saola.platform.Database;

/**
 * Keeps the index whole: at start it compares the index with the published translations in the
 * database and, when they differ (index missing, moved aside, or behind after a crash), rebuilds
 * it in the background with Hibernate Search's mass indexer — pages keep being served meanwhile.
 * A shared index (several nodes) is rebuilt at start only when it is empty.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    Database database;

    @Inject
    ContentService content;

    @Inject
    RecentResults recentResults;

    @Inject
    Cluster cluster;

    @Inject
    SearchEngine searchEngine;

    private IndexRebuilds rebuilds;

    @PostConstruct
    void shareProgress() {
        rebuilds = new IndexRebuilds(cluster.sharedMap("jobs"), cluster.nodeName());
    }

    void checkAtStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
        cluster.exclusively("start-up", 10, this::compareWithDatabase);
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
     * Rebuilds the whole index from the database unless a rebuild is already running (then empty);
     * the stage completes when it is done.
     * Searches keep being answered from the index as it was until the rebuild is done.
     */
    public Optional<CompletionStage<?>> rebuild(String by) {
        if (!rebuilds.begin(by)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        LOG.info(() -> "Search index rebuild started by " + by);
        return Optional.of(scope().massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                .monitor(rebuilds)
                .start()
                .whenComplete((done, failure) -> {
                    rebuilds.end(failure != null);
                    recentResults.forgetAll();
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
                    } else {
                        LOG.info(() -> String.format("Search index rebuilt in %.1f s", (System.nanoTime() - start) / 1e9));
                    }
                }));
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
