package vn.saola.platform;

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
 * requests for it wait.
 */
public final class StampedCache<K, V> {

    /** A value and the generation its read began in. */
    public record Stamped<V>(long generation, V value) {
    }

    private final Cache<K, Stamped<V>> entries;
    private final AtomicLong generation = new AtomicLong();

    public StampedCache(Caffeine<? super K, ? super Stamped<V>> settings) {
        this.entries = settings.build();
    }

    public V get(K key, Supplier<V> read) {
        long current = generation.get();
        Stamped<V> kept = entries.getIfPresent(key);
        if (kept != null && kept.generation() == current) {
            return kept.value();
        }
        return entries.asMap().compute(key, (k, found) -> found != null && found.generation() == current
                ? found : new Stamped<>(current, read.get())).value();
    }

    public void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
