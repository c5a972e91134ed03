package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SearchesAtOnceTest {

    @Test
    void noMoreSearchesRunAtOnceThanConfiguredAndEveryOneRuns() throws Exception {
        SearchesAtOnce turns = new SearchesAtOnce();
        turns.configured = 2;
        turns.create();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                searches.add(CompletableFuture.supplyAsync(() -> turns.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                }), threads));
            }
            int sum = 0;
            for (CompletableFuture<Integer> search : searches) {
                sum += search.get();
            }
            assertEquals(39 * 40 / 2, sum, "every search answered");
            assertEquals(2, most.get(), "two at once at most, and the eight threads did reach two");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void zeroMeansOnePerCore() {
        SearchesAtOnce turns = new SearchesAtOnce();
        turns.create();
        assertEquals(Runtime.getRuntime().availableProcessors(), turns.permits());
    }
}
