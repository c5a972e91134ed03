package vn.saola.stats;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

import vn.saola.i18n.Language;

/**
 * The counting memory's bound, measured (bench/counting-memory.sh runs it): a million views, each
 * from a new visitor (a client rotating its User-Agent), on one article, with the batches written
 * every 5,000 views, or never written (a database outage). Prints the heap the ledger holds after
 * each, with Saola's cap and without one (what the ledger did before it had one).
 */
public final class LedgerMemoryBench {

    private static final int VIEWS = 1_000_000;
    private static final int FLUSH_EVERY = 5_000;

    private LedgerMemoryBench() {
    }

    public static void main(String[] args) {
        System.out.println("== Counting memory (" + VIEWS + " views, each a new visitor; " + Runtime.getRuntime().availableProcessors()
                + " cores, java " + System.getProperty("java.version") + ")");
        for (boolean outage : new boolean[] {false, true}) {
            for (int cap : new int[] {ViewLedger.DEFAULT_VISITOR_CAP, Integer.MAX_VALUE}) {
                run(cap, outage);
            }
        }
    }

    private static void run(int cap, boolean outage) {
        LocalDate today = LocalDate.of(2026, 11, 27);
        long before = usedHeap();
        ViewLedger ledger = new ViewLedger(cap);
        long dropped = 0;
        for (int i = 0; i < VIEWS; i++) {
            ledger.record(today, Language.VI, 42L, "visitor-" + i + "-0123456789abcdef0123456789");
            if ((i + 1) % FLUSH_EVERY == 0) {
                ViewLedger.Batch batch = ledger.drain();
                if (outage) {
                    ledger.restore(batch);
                } else {
                    ledger.written(batch, today);
                }
                dropped += ledger.dropped();
            }
        }
        long held = usedHeap() - before;
        long[] inMemory = ledger.visitorsInMemory();
        System.out.printf("%-22s %-9s heap held %6.1f MB; sightings waiting %,d, remembered %,d; views pending %,d; visitors not recorded %,d%n",
                cap == Integer.MAX_VALUE ? "no cap (before)" : "cap " + String.format("%,d", cap),
                outage ? "outage" : "written", held / 1e6, inMemory[0], inMemory[1], ledger.pending(42, today), dropped);
        if (ledger.pending(42, today) < 0) {
            throw new AssertionError("keeps the ledger reachable until measured");
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
