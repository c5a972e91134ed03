package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class ViewLedgerTest {

    private final LocalDate today = LocalDate.of(2026, 11, 25);

    @Test
    void anArticleViewCountsToTheArticleAndTheSite() {
        ViewLedger ledger = new ViewLedger();
        ledger.record(today, Language.VI, 7L, "a");
        ledger.record(today, Language.EN, 7L, "b");
        ledger.record(today, Language.VI, null, "a");
        assertEquals(3, ledger.pending(ViewLedger.SITE, today));
        assertEquals(2, ledger.pending(7, today));
        ViewLedger.Batch batch = ledger.drain();
        assertEquals(2L, batch.views().get(new ViewLedger.ViewKey(ViewLedger.SITE, today, Language.VI)));
        assertEquals(1L, batch.views().get(new ViewLedger.ViewKey(7, today, Language.EN)));
        assertEquals(4, batch.sightings().size(), "a and b on the site, a and b on the article");
        assertEquals(0, ledger.pending(ViewLedger.SITE, today));
    }

    @Test
    void aVisitorWrittenOnceIsNotSentAgainThatDay() {
        ViewLedger ledger = new ViewLedger();
        ledger.record(today, Language.VI, null, "a");
        ledger.written(ledger.drain(), today);
        ledger.record(today, Language.VI, null, "a");
        assertTrue(ledger.drain().sightings().isEmpty());
    }

    @Test
    void aBatchThatCouldNotBeWrittenComesBack() {
        ViewLedger ledger = new ViewLedger();
        ledger.record(today, Language.VI, 3L, "a");
        ledger.restore(ledger.drain());
        ledger.record(today, Language.VI, 3L, "a");
        assertEquals(2L, ledger.drain().views().get(new ViewLedger.ViewKey(3, today, Language.VI)));
    }

    @Test
    void noViewIsLostOrCountedTwiceWhileFlushesRunConcurrently() throws Exception {
        ViewLedger ledger = new ViewLedger();
        int threads = 8;
        int each = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> recorders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            recorders.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    ledger.record(today, Language.VI, 1L, "v");
                }
            }));
        }
        long drained = 0;
        AtomicBoolean done = new AtomicBoolean();
        while (!done.get()) {
            done.set(recorders.stream().allMatch(Future::isDone));
            drained += ledger.drain().views().getOrDefault(new ViewLedger.ViewKey(1, today, Language.VI), 0L);
        }
        drained += ledger.drain().views().getOrDefault(new ViewLedger.ViewKey(1, today, Language.VI), 0L);
        pool.shutdown();
        assertEquals((long) threads * each, drained);
    }

    @Test
    void aStrangerRotatingItsUserAgentCannotGrowTheLedgerPastItsCap() {
        ViewLedger ledger = new ViewLedger(1_000);
        for (int i = 0; i < 5_000; i++) {
            ledger.record(today, Language.VI, null, "visitor-" + i);
        }
        assertEquals(5_000, ledger.pending(ViewLedger.SITE, today), "every view is counted");
        assertEquals(1_000, ledger.visitorsInMemory()[0], "the first thousand visitors wait to be written");
        assertEquals(4_000, ledger.dropped(), "the rest are said to be missing");
        assertEquals(0, ledger.dropped(), "said once");
        ViewLedger.Batch batch = ledger.drain();
        assertEquals(1_000, batch.sightings().size());
        ledger.written(batch, today);
        for (int i = 5_000; i < 8_000; i++) {
            ledger.written(new ViewLedger.Batch(java.util.Map.of(),
                    java.util.Set.of(new ViewLedger.Sighting(today, ViewLedger.SITE, "visitor-" + i))), today);
        }
        assertTrue(ledger.visitorsInMemory()[1] <= 1_000, "remembered as written: " + ledger.visitorsInMemory()[1]);
    }

    @Test
    void duringAnOutageViewsWaitExactlyAndVisitorsUpToTheCap() {
        ViewLedger ledger = new ViewLedger(100);
        for (int flush = 0; flush < 12; flush++) {
            for (int i = 0; i < 50; i++) {
                ledger.record(today, Language.VI, 9L, "v" + flush + "-" + i);
            }
            ledger.restore(ledger.drain());
        }
        ViewLedger.Batch after = ledger.drain();
        assertEquals(600L, after.views().get(new ViewLedger.ViewKey(9, today, Language.VI)), "no view lost");
        assertEquals(100, after.sightings().size(), "visitors kept up to the cap");
    }
}
