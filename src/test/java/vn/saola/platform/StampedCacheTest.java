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

    /** Two keys of one hash: they share a bin of the map whatever its size. */
    private record SameHash(String name) {
        @Override
        public int hashCode() {
            return 42;
        }
    }

    @Test
    void aReadMayAskForAnotherEntryEvenOneInTheSameBin() {
        StampedCache<SameHash, String> nested = new StampedCache<>(Caffeine.newBuilder().maximumSize(100));
        String page = nested.get(new SameHash("page"), () -> "page under " + nested.get(new SameHash("tree"), () -> "tree"));
        assertEquals("page under tree", page);
        assertEquals("page under tree", nested.get(new SameHash("page"), () -> "read again"), "the outer read was kept");
        assertEquals("tree", nested.get(new SameHash("tree"), () -> "tree"));
        assertEquals("page under tree, kept tree", nested.get(new SameHash("other page"),
                () -> "page under tree, kept " + nested.get(new SameHash("tree"), () -> "read again")), "a kept inner entry is served");
    }
}
