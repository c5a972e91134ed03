package vn.saola.search;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import vn.saola.content.ContentChanged;
import vn.saola.platform.StampedCache;

/**
 * Pages of search results kept in memory. When a story breaks, many visitors type the same words
 * within minutes; ranking the 20,000 documents two common words match once instead of once a
 * visitor is what keeps search fast under that load. Every change to content drops them all once
 * the index holds it, so no edit is hidden behind an old page of results; an entry lives at most
 * {@code saola.search.cache-seconds}, which bounds how late a scheduled article appears.
 */
@ApplicationScoped
public class RecentResults {

    record Key(SearchQuery query, SearchFilters filters, int page, int size) {
    }

    @Inject
    @ConfigProperty(name = "saola.search.cache-seconds", defaultValue = "30")
    long lifetimeSeconds;

    @Inject
    @ConfigProperty(name = "saola.search.cache-size", defaultValue = "2000")
    long maximumSize;

    private static final Logger LOG = Logger.getLogger(RecentResults.class.getName());

    /** A search that began before a change is not served after it. */
    private StampedCache<Key, SearchResults> pages;

    @PostConstruct
    void createCache() {
        LOG.info(() -> lifetimeSeconds <= 0 || maximumSize <= 0 ? "Search results are not kept in memory"
                : "Pages of search results are kept in memory up to " + lifetimeSeconds + " s (" + maximumSize + " at most)");
        pages = new StampedCache<>(Caffeine.newBuilder()
                .maximumSize(Math.max(0, maximumSize))
                .expireAfter(new Expiry<Object, Object>() {
                    @Override
                    public long expireAfterCreate(Object key, Object page, long now) {
                        return spread(Duration.ofSeconds(lifetimeSeconds)).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(Object key, Object page, long now, long remaining) {
                        return expireAfterCreate(key, page, now);
                    }

                    @Override
                    public long expireAfterRead(Object key, Object page, long now, long remaining) {
                        return remaining;
                    }
                }));
    }

    /**
     * Between three quarters of the lifetime and all of it: pages filled in the same second (after
     * a change, say) then expire at different moments rather than all be searched again at once.
     */
    private static Duration spread(Duration lifetime) {
        return lifetime.minus(lifetime.dividedBy(4).multipliedBy(ThreadLocalRandom.current().nextInt(101)).dividedBy(100));
    }

    SearchResults get(Key key, Supplier<SearchResults> search) {
        if (maximumSize <= 0 || lifetimeSeconds <= 0) {
            return search.get();
        }
        // One search per key at a time: visitors typing the same words wait for the one running.
        return pages.get(key, search);
    }

    void forgetAll(@Observes ContentChanged change) {
        forgetAll();
    }

    void forgetAll() {
        pages.forgetAll();
    }
}
