package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

class StampedCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final StampedCache<String, Integer> cache = new StampedCache<>(Caffeine.newBuilder()
            .ticker(nanos::get).expireAfterWrite(Duration.ofSeconds(2)));

    private Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void anEntryAskedForAllTheTimeStillExpiresOnTime() {
        assertEquals(1, cache.get("home", this::read));
        for (int i = 0; i < 19; i++) {
            nanos.addAndGet(Duration.ofMillis(100).toNanos());
            assertEquals(1, cache.get("home", this::read), "served from memory");
        }
        nanos.addAndGet(Duration.ofMillis(100).toNanos());
        assertEquals(2, cache.get("home", this::read), "two seconds after it was read, read again");
    }

    @Test
    void aChangeIsNeverHiddenNotEvenByAReadThatOverlappedIt() {
        assertEquals(1, cache.get("article", this::read));
        cache.forgetAll();
        assertEquals(2, cache.get("article", this::read));
        cache.get("list", () -> {
            cache.forgetAll(); // the change commits while this read runs
            return read();
        });
        assertEquals(4, cache.get("list", this::read), "the overlapping read is not served");
    }

    @Test
    void aValueReadElsewhereIsKeptOnlyIfNothingChangedWhileItWasRead() {
        long began = cache.generation();
        cache.keep("page", began, 7);
        assertEquals(Optional.of(7), cache.find("page"));

        long overlapped = cache.generation();
        cache.forgetAll(); // a change commits while the page renders
        cache.keep("page", overlapped, 8);
        assertEquals(Optional.empty(), cache.find("page"), "the overlapping render is not kept");
    }
}
