package vn.saola.platform;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What was read from content, kept in memory until content changes: every change moves a
 * generation on, and a value read in an older generation is never served again — not even one
 * whose read began before the change and ended after it.
 *
 * <p>A hit only reads the entry, so an entry expires on time however often it is asked for (what
 * lets an article whose publication time comes appear); a miss reads once per key while other
 * requests for it wait. A read may ask this cache for another entry (a page's read needs the page
 * tree): a kept one is served, a missing one is read but not kept, since computing a key inside
 * another key's compute fails whenever the two share a bin of the map ("Recursive update"); callers
 * that can read such an entry before their own read do.
 */
public final class StampedCache<K, V> {

    /** A value and the generation its read began in. */
    public record Stamped<V>(long generation, V value) {
    }

    private final Cache<K, Stamped<V>> entries;
    private final AtomicLong generation = new AtomicLong();
    private final ThreadLocal<Boolean> reading = ThreadLocal.withInitial(() -> false);

    public StampedCache(Caffeine<? super K, ? super Stamped<V>> settings) {
        this.entries = settings.build();
    }

    public V get(K key, Supplier<V> read) {
        long current = generation.get();
        Stamped<V> kept = entries.getIfPresent(key);
        if (kept != null && kept.generation() == current) {
            return kept.value();
        }
        if (reading.get()) {
            return read.get();
        }
        reading.set(true);
        try {
            return entries.asMap().compute(key, (k, found) -> found != null && found.generation() == current
                    ? found : new Stamped<>(current, read.get())).value();
        } finally {
            reading.set(false);
        }
    }

    /** The generation a read beginning now belongs to, for {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    /** The value kept for {@code key}, if it was read in the current generation. */
    public Optional<V> find(K key) {
        Stamped<V> kept = entries.getIfPresent(key);
        return kept != null && kept.generation() == generation.get() ? Optional.of(kept.value()) : Optional.empty();
    }

    /**
     * Keeps a value read by the caller (a page rendered through the filter chain, say) if nothing
     * changed since its read began in {@code readIn}; a change in between, however late, makes
     * {@link #find} pass it by.
     */
    public void keep(K key, long readIn, V value) {
        if (readIn == generation.get()) {
            entries.put(key, new Stamped<>(readIn, value));
        }
    }

    public void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
