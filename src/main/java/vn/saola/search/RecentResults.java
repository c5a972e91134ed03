package vn.saola.search;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import vn.saola.content.ContentChanged;

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

    /** A page of results and the generation of content it was computed from. */
    private record Stamped(long generation, SearchResults results) {
    }

    @Inject
    @ConfigProperty(name = "saola.search.cache-seconds", defaultValue = "30")
    long lifetimeSeconds;

    @Inject
    @ConfigProperty(name = "saola.search.cache-size", defaultValue = "2000")
    long maximumSize;

    private static final Logger LOG = Logger.getLogger(RecentResults.class.getName());

    /** Moves on at every change: a search that began before it cannot be served after it. */
    private final AtomicLong generation = new AtomicLong();

    private Cache<Key, Stamped> pages;

    @PostConstruct
    void createCache() {
        LOG.info(() -> lifetimeSeconds <= 0 || maximumSize <= 0 ? "Search results are not kept in memory"
                : "Pages of search results are kept in memory up to " + lifetimeSeconds + " s (" + maximumSize + " at most)");
        pages = Caffeine.newBuilder()
                .maximumSize(Math.max(0, maximumSize))
                .expireAfter(new Expiry<Key, Stamped>() {
                    @Override
                    public long expireAfterCreate(Key key, Stamped page, long now) {
                        return spread(Duration.ofSeconds(lifetimeSeconds)).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(Key key, Stamped page, long now, long remaining) {
                        return expireAfterCreate(key, page, now);
                    }

                    @Override
                    public long expireAfterRead(Key key, Stamped page, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
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
        long current = generation.get();
        // One search per key at a time: visitors typing the same words wait for the one running.
        return pages.asMap().compute(key, (k, kept) -> kept != null && kept.generation() == current
                ? kept : new Stamped(current, search.get())).results();
    }

    void forgetAll(@Observes ContentChanged change) {
        forgetAll();
    }

    void forgetAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
