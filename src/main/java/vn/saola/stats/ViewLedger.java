package vn.saola.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.i18n.Language;

/**
 * Views counted in memory since the last flush. Recording is cheap and concurrent; a flush takes
 * everything recorded so far in one swap, so no view is ever in two batches or in none.
 *
 * <p>Memory is bounded whatever the traffic, including a stranger rotating its User-Agent or
 * address on every request, or a database outage that keeps batches from being written:
 * <ul>
 * <li>views are counted per (article, day, language): as many entries as articles read;</li>
 * <li>at most {@code visitorCap} visitor sightings wait for the next write. Past that (only a
 * flood, or an outage, brings so many distinct visitors within one interval) further new
 * visitors are not recorded until a write succeeds: views stay exact, visitors are undercounted,
 * and {@link #dropped()} says by how many;</li>
 * <li>the sightings already written, remembered only so they are not sent again, are a cache of
 * {@code visitorCap} entries: one forgotten is sent again and the database, which keeps one row
 * per visitor and day, still counts it once.</li>
 * </ul>
 */
public final class ViewLedger {

    /** Sightings waiting, and sightings remembered as written: each at most this many by default (~150 bytes each). */
    static final int DEFAULT_VISITOR_CAP = 200_000;

    /** The article id of the rows that count the whole site. */
    public static final long SITE = 0;

    record ViewKey(long articleId, LocalDate day, Language language) {
    }

    record Sighting(LocalDate day, long articleId, String visitor) {
    }

    /** What one flush writes. */
    record Batch(Map<ViewKey, Long> views, Set<Sighting> sightings) {

        boolean isEmpty() {
            return views.isEmpty() && sightings.isEmpty();
        }
    }

    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final int visitorCap;
    private Map<ViewKey, LongAdder> views = new ConcurrentHashMap<>();
    private Set<Sighting> sightings = ConcurrentHashMap.newKeySet();
    /** Visitors already written for their day (by this node): not sent again. */
    private final Cache<Sighting, Boolean> written;
    private final LongAdder dropped = new LongAdder();

    ViewLedger() {
        this(DEFAULT_VISITOR_CAP);
    }

    ViewLedger(int visitorCap) {
        this.visitorCap = visitorCap;
        // Evicting on the recording thread keeps the bound exact (no background maintenance to wait for).
        this.written = Caffeine.newBuilder().maximumSize(visitorCap).executor(Runnable::run).build();
    }

    void record(LocalDate day, Language language, Long articleId, String visitor) {
        swap.readLock().lock();
        try {
            views.computeIfAbsent(new ViewKey(SITE, day, language), k -> new LongAdder()).increment();
            see(new Sighting(day, SITE, visitor));
            if (articleId != null) {
                views.computeIfAbsent(new ViewKey(articleId, day, language), k -> new LongAdder()).increment();
                see(new Sighting(day, articleId, visitor));
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    private void see(Sighting sighting) {
        if (written.getIfPresent(sighting) != null) {
            return;
        }
        if (sightings.size() < visitorCap) {
            sightings.add(sighting);
        } else if (!sightings.contains(sighting)) {
            dropped.increment();
        }
    }

    /** New visitors not recorded since the last call because {@code visitorCap} sightings were waiting. */
    long dropped() {
        return dropped.sumThenReset();
    }

    /** Sightings waiting to be written, and remembered as written. */
    long[] visitorsInMemory() {
        return new long[] {sightings.size(), written.estimatedSize()};
    }

    /** Everything recorded until now; recording goes on into a fresh ledger meanwhile. */
    Batch drain() {
        Map<ViewKey, LongAdder> drainedViews;
        Set<Sighting> drainedSightings;
        swap.writeLock().lock();
        try {
            drainedViews = views;
            drainedSightings = sightings;
            views = new ConcurrentHashMap<>();
            sightings = ConcurrentHashMap.newKeySet();
        } finally {
            swap.writeLock().unlock();
        }
        Map<ViewKey, Long> counts = new HashMap<>();
        drainedViews.forEach((key, count) -> counts.put(key, count.sum()));
        return new Batch(Map.copyOf(counts), Set.copyOf(drainedSightings));
    }

    /** The batch is in the database: its visitors need not be sent again today. */
    void written(Batch batch, LocalDate today) {
        written.asMap().keySet().removeIf(s -> s.day().isBefore(today.minusDays(1)));
        batch.sightings().forEach(s -> written.put(s, Boolean.TRUE));
    }

    /** The batch could not be written: it goes back, to be written with the next one. */
    void restore(Batch batch) {
        swap.readLock().lock();
        try {
            batch.views().forEach((key, count) -> views.computeIfAbsent(key, k -> new LongAdder()).add(count));
            batch.sightings().forEach(this::see);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Views of one article (or {@link #SITE}) on one day recorded since the last flush. */
    long pending(long articleId, LocalDate day) {
        long sum = 0;
        for (Language language : Language.values()) {
            LongAdder count = views.get(new ViewKey(articleId, day, language));
            sum += count == null ? 0 : count.sum();
        }
        return sum;
    }
}
