package vn.saola.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.cluster.Cluster;
import vn.saola.i18n.Language;
import vn.saola.platform.BackgroundWork;
import vn.saola.platform.SiteSettings;

/**
 * Counts views in memory and writes them in batches every {@code saola.stats.flush-seconds}: no
 * database write per view, and a crash loses at most one interval (a normal shutdown none, see
 * {@link FlushOnShutdown}). The widget's figures come from what was last read back plus what is
 * still in memory, so showing them costs no query either.
 *
 * <p>No request waits for the database here: writes, retention and the next day's salt are
 * background work (the salt is fetched a day ahead, so the first reader after midnight finds it
 * ready), and what a request touches ({@link ViewLedger}, the salt) has locks of its own.
 * While the database is away, views wait in memory ({@link ViewLedger} says how many visitors
 * at most) and one warning says so.
 *
 * <p>Longer than most classes: its one job is the hand-over between memory and the database
 * (when to write, what to read back, which lock guards which), which reads best in one place.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    @Inject
    StatsStore store;

    @Inject
    SiteSettings settings;

    @Inject
    Cluster cluster;

    @Inject
    BackgroundWork background;

    @Inject
    @ConfigProperty(name = "saola.stats.counting", defaultValue = "true")
    boolean counting;

    @Inject
    @ConfigProperty(name = "saola.stats.flush-seconds", defaultValue = "5")
    int flushSeconds;

    @Inject
    @ConfigProperty(name = "saola.stats.keep-days", defaultValue = "0")
    int keepDays;

    @Inject
    @ConfigProperty(name = "saola.stats.visitors-in-memory", defaultValue = "200000")
    int visitorsInMemory;

    Clock clock = Clock.systemUTC();

    private ViewLedger ledger;
    private final AtomicInteger answering = new AtomicInteger();
    private Days days;
    private VisitorHashes hashes;
    private BackgroundWork.Repeating flusher;
    private Cache<Long, Long> articleTotals;
    private final Cache<Long, Long> lastTotals = Caffeine.newBuilder().maximumSize(10_000).build();
    private volatile Snapshot site = new Snapshot(null, ViewFigures.NONE);
    private volatile Salt salt = new Salt(null, null);
    private volatile Salt nextSalt = new Salt(null, null);
    private final Object saltLock = new Object();
    private volatile LocalDate foldedOn;
    private volatile LocalDate forgottenOn;
    /** When writing began to fail, while it does: one warning for the outage, one note when it ends. */
    private volatile Instant failingSince;
    private int failedWrites;
    private volatile boolean upkeepFailing;

    private record Snapshot(LocalDate day, ViewFigures figures) {
    }

    private record Salt(LocalDate day, String value) {
    }

    @PostConstruct
    void start() {
        ledger = new ViewLedger(visitorsInMemory);
        days = new Days(settings.zone());
        hashes = new VisitorHashes(this::saltOf);
        articleTotals = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(Math.max(1, flushSeconds))).build();
        if (counting) {
            flusher = background.every(Duration.ofSeconds(flushSeconds), "writing view counts", this::flushQuietly);
            background.every(Duration.ofSeconds(15), "daily view-count upkeep", this::upkeepQuietly);
        }
    }

    boolean isCounting() {
        return counting;
    }

    /** A public page is being answered: a normal stop waits for it to be counted before the last write. */
    void answering() {
        answering.incrementAndGet();
    }

    void answered() {
        answering.decrementAndGet();
    }

    void record(Language language, Long articleId, String address, String userAgent) {
        LocalDate today = today();
        ledger.record(today, language, articleId, hashes.visitor(today, address, userAgent));
    }

    /** The site's figures for the widget. */
    public ViewFigures siteFigures() {
        LocalDate today = today();
        Snapshot last = site;
        if (!today.equals(last.day())) {
            last = readSite(today);
        }
        return last.figures().plusToday(ledger.pending(ViewLedger.SITE, today));
    }

    /** One article's views in all, as its page shows them (while the database is away, the last total read). */
    public long articleViews(long articleId) {
        // While the database is away a page must not wait for a connection that will not come.
        long written = failingSince != null ? lastKnownTotal(articleId) : writtenTotal(articleId);
        return written + ledger.pending(articleId, today());
    }

    private long writtenTotal(long articleId) {
        try {
            return articleTotals.get(articleId, id -> {
                long total = store.views(id);
                lastTotals.put(id, total);
                return total;
            });
        } catch (RuntimeException databaseAway) {
            return lastKnownTotal(articleId);
        }
    }

    private long lastKnownTotal(long articleId) {
        Long last = lastTotals.getIfPresent(articleId);
        return last == null ? 0 : last;
    }

    /** One article's figures, read from the database (plus what is still in memory). */
    public ViewFigures articleFigures(long articleId) {
        LocalDate today = today();
        return store.figures(articleId, today).plusToday(ledger.pending(articleId, today));
    }

    public LocalDate today() {
        return days.dayOf(clock.instant());
    }

    /** Writes what was counted and reads the figures back; on failure the views stay in memory for the next try. */
    synchronized void flush() {
        LocalDate today = today();
        write(today);
        readSite(today);
        articleTotals.invalidateAll();
    }

    /**
     * Once a day, apart from the writes: tomorrow's salt made and fetched ahead, older salts and
     * sightings forgotten, and (with {@code saola.stats.keep-days}) old day rows folded, a month a time.
     */
    void upkeep() {
        LocalDate today = today();
        LocalDate tomorrow = today.plusDays(1);
        if (!tomorrow.equals(nextSalt.day())) {
            nextSalt = new Salt(tomorrow, store.saltOf(tomorrow));
            LOG.info(() -> "Visitor salt for " + tomorrow + " made ahead");
        }
        if (!today.equals(forgottenOn)) {
            store.forgetBefore(today);
            forgottenOn = today;
        }
        if (keepDays > 0 && !today.equals(foldedOn)) {
            foldOnce(today);
            foldedOn = today;
        }
    }

    private void upkeepQuietly() {
        try {
            upkeep();
            upkeepFailing = false;
        } catch (RuntimeException e) {
            // Once per outage, like the writes: the database being away is said once, not every 15 seconds.
            LOG.log(upkeepFailing ? Level.FINE : Level.WARNING, "Daily view-count upkeep failed; it is tried again every 15 seconds", e);
            upkeepFailing = true;
        }
    }

    /**
     * Retention runs on one node a day: two folding at once would both add the same days into
     * their months. The claim is shared by all nodes; a failed fold gives it back for the next try.
     */
    private void foldOnce(LocalDate today) {
        var jobs = cluster.sharedMap("jobs");
        String claim = "stats-fold " + today;
        if (jobs.putIfAbsent(claim, cluster.nodeName()) != null) {
            return;
        }
        try {
            LocalDate cutoff = today.minusDays(keepDays);
            int months = 0;
            while (store.foldOldestMonthBefore(cutoff)) {
                months++;
            }
            int folded = months;
            LOG.info(() -> "Articles' daily view counts before " + cutoff + " folded into their months (" + folded + " month(s))");
        } catch (RuntimeException e) {
            jobs.remove(claim);
            throw e;
        }
    }

    private synchronized void write(LocalDate today) {
        ViewLedger.Batch batch = ledger.drain();
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.save(batch);
            ledger.written(batch, today);
        } catch (RuntimeException e) {
            ledger.restore(batch);
            throw e;
        }
    }

    private void flushQuietly() {
        // When the database is away, a write may wait for a connection for half a minute before failing.
        Instant began = clock.instant();
        try {
            flush();
            if (failingSince != null) {
                Duration outage = Duration.between(failingSince, clock.instant());
                int failed = failedWrites;
                LOG.info(() -> "View counts written again after " + outage.toSeconds() + " s (" + failed
                        + " failed attempts); nothing counted meanwhile was lost");
                failingSince = null;
                failedWrites = 0;
            }
        } catch (RuntimeException e) {
            failedWrites++;
            if (failingSince == null) {
                failingSince = began;
                long[] inMemory = ledger.visitorsInMemory();
                LOG.log(Level.WARNING, "Writing view counts failed; they stay in memory and are written when the database"
                        + " answers again (views without limit, new visitors up to " + visitorsInMemory + "; "
                        + inMemory[0] + " waiting now). Further failures are not logged until then.", e);
            }
        }
        long dropped = ledger.dropped();
        if (dropped > 0) {
            LOG.warning(() -> dropped + " new visitors were not recorded: " + visitorsInMemory
                    + " were already waiting to be written (saola.stats.visitors-in-memory). Their views were counted.");
        }
    }

    /**
     * Stops the timer and writes everything left, once the pages being answered are counted: a
     * reader may already hold a page whose view is counted a moment after it was sent. A write
     * the timer began is finished first (writing is synchronized). Called twice at a stop
     * ({@link FlushOnShutdown}): the second write finds only what came after the first.
     */
    void stop() {
        try {
            if (flusher != null) {
                flusher.cancel();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (answering.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Only the write: the grid and the rest of the server may already be going away.
        write(today());
    }

    private Snapshot readSite(LocalDate today) {
        Snapshot fresh = new Snapshot(today, store.figures(ViewLedger.SITE, today));
        site = fresh;
        return fresh;
    }


    private String saltOf(LocalDate day) {
        Salt current = salt;
        if (day.equals(current.day())) {
            return current.value();
        }
        synchronized (saltLock) {
            if (!day.equals(salt.day())) {
                Salt ready = nextSalt;
                // Normally fetched the day before by upkeep(); only a node started moments ago asks the database here.
                salt = day.equals(ready.day()) ? ready : new Salt(day, store.saltOf(day));
            }
            return salt.value();
        }
    }
}
