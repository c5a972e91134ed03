package vn.saola.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import vn.saola.i18n.Language;

/**
 * Views counted in memory since the last flush. Recording is cheap and concurrent; a flush takes
 * everything recorded so far in one swap, so no view is ever in two batches or in none.
 */
final class ViewLedger {

    /** The article id of the rows that count the whole site. */
    static final long SITE = 0;

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
    private Map<ViewKey, LongAdder> views = new ConcurrentHashMap<>();
    private Set<Sighting> sightings = ConcurrentHashMap.newKeySet();
    /** Visitors already written for their day (by this node): not sent again. */
    private final Set<Sighting> written = ConcurrentHashMap.newKeySet();

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
        if (!written.contains(sighting)) {
            sightings.add(sighting);
        }
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
        written.removeIf(s -> s.day().isBefore(today.minusDays(1)));
        written.addAll(batch.sightings());
    }

    /** The batch could not be written: it goes back, to be written with the next one. */
    void restore(Batch batch) {
        swap.readLock().lock();
        try {
            batch.views().forEach((key, count) -> views.computeIfAbsent(key, k -> new LongAdder()).add(count));
            sightings.addAll(batch.sightings());
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
