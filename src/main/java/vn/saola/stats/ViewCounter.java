package vn.saola.stats;

import java.time.Clock;
import java.time.Duration;
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

    Clock clock = Clock.systemUTC();

    private final ViewLedger ledger = new ViewLedger();
    private final AtomicInteger answering = new AtomicInteger();
    private Days days;
    private VisitorHashes hashes;
    private BackgroundWork.Repeating flusher;
    private Cache<Long, Long> articleTotals;
    private volatile Snapshot site = new Snapshot(null, ViewFigures.NONE);
    private volatile Salt salt = new Salt(null, null);
    private volatile LocalDate foldedOn;

    private record Snapshot(LocalDate day, ViewFigures figures) {
    }

    private record Salt(LocalDate day, String value) {
    }

    @PostConstruct
    void start() {
        days = new Days(settings.zone());
        hashes = new VisitorHashes(this::saltOf);
        articleTotals = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(Math.max(1, flushSeconds))).build();
        if (counting) {
            flusher = background.every(Duration.ofSeconds(flushSeconds), "writing view counts", this::flushQuietly);
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

    /** One article's views in all, as its page shows them. */
    public long articleViews(long articleId) {
        return articleTotals.get(articleId, store::views) + ledger.pending(articleId, today());
    }

    /** One article's figures, read from the database (plus what is still in memory). */
    public ViewFigures articleFigures(long articleId) {
        LocalDate today = today();
        return store.figures(articleId, today).plusToday(ledger.pending(articleId, today));
    }

    LocalDate today() {
        return days.dayOf(clock.instant());
    }

    /** Writes what was counted and reads the figures back; on failure the views stay in memory for the next try. */
    synchronized void flush() {
        LocalDate today = today();
        write(today);
        readSite(today);
        articleTotals.invalidateAll();
        if (keepDays > 0 && !today.equals(foldedOn)) {
            foldOnce(today);
            foldedOn = today;
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
            store.foldArticleDaysBefore(today.minusDays(keepDays));
            LOG.info(() -> "Articles' daily view counts before " + today.minusDays(keepDays) + " folded into their months");
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
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing view counts failed; they stay in memory for the next try", e);
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
        synchronized (this) {
            // The first views of a day arrive together: one of them fetches (or makes) the salt.
            if (!day.equals(salt.day())) {
                salt = new Salt(day, store.saltOf(day));
            }
            return salt.value();
        }
    }
}
