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
}
