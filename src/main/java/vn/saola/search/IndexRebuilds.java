package vn.saola.search;

import java.time.Instant;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * How far the running (or last) index rebuild has come, for the administrators' progress bar:
 * Hibernate Search's mass indexer reports into it as it goes.
 *
 * <p>The progress lives in a map all nodes share ({@link vn.saola.cluster.Cluster#sharedMap}), so
 * a rebuild started through one node shows on every node's page, and a second one is refused
 * wherever it is asked for. A rebuild whose node stopped reporting (it died) counts as failed
 * after {@link #SILENCE_MILLIS}, so the next one may start.
 */
public final class IndexRebuilds implements MassIndexingMonitor {

    static final String KEY = "search-index-rebuild";
    static final long SILENCE_MILLIS = 120_000;
    private static final long REPORT_EVERY_MILLIS = 500;

    /**
     * What the progress bar shows; after a failure, why it failed and when it is tried again
     * ({@code null} when it is not).
     */
    public record Progress(String state, long done, long total, String startedBy, String failure, Instant retryAt) {

        static final Progress IDLE = new Progress("idle", 0, 0, null, null, null);

        Progress(String state, long done, long total, String startedBy) {
            this(state, done, total, startedBy, null, null);
        }

        public int percent() {
            return total <= 0 ? (state.equals("done") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state.equals("running");
        }

        /** The index may lack documents: the last rebuild failed (or its node fell silent). */
        public boolean failed() {
            return state.equals("failed");
        }
    }

    /**
     * The shared form: state, done, total, reported-at, node, retry time and failure on one line
     * (the failure flattened to it), then who started it.
     */
    record Report(Progress progress, long reportedAt, String node) {

        String format() {
            Progress p = progress;
            return String.join("\t", p.state(), Long.toString(p.done()), Long.toString(p.total()),
                    Long.toString(reportedAt), node, p.retryAt() == null ? "" : Long.toString(p.retryAt().toEpochMilli()),
                    p.failure() == null ? "" : p.failure().replaceAll("\\s+", " "))
                    + "\n" + (p.startedBy() == null ? "" : p.startedBy());
        }

        static Report parse(String text) {
            if (text == null) {
                return null;
            }
            int lineEnd = text.indexOf('\n');
            String[] fields = text.substring(0, lineEnd).split("\t", -1);
            // A node of the version before wrote five fields: no retry time, no failure.
            Instant retryAt = fields.length < 7 || fields[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(fields[5]));
            String failure = fields.length < 7 || fields[6].isEmpty() ? null : fields[6];
            return new Report(new Progress(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                    text.substring(lineEnd + 1), failure, retryAt), Long.parseLong(fields[3]), fields[4]);
        }

        boolean isLive(long now) {
            return progress.running() && now - reportedAt < SILENCE_MILLIS;
        }
    }

    private final ConcurrentMap<String, String> shared;
    private final String node;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong();
    private volatile String startedBy;

    IndexRebuilds(ConcurrentMap<String, String> shared, String node) {
        this.shared = shared;
        this.node = node;
    }

    /** Starts a new count; false if a rebuild is already running, on this node or another. */
    boolean begin(String by) {
        long now = System.currentTimeMillis();
        Report begun = new Report(new Progress("running", 0, 0, by), now, node);
        String current = shared.get(KEY);
        Report last = Report.parse(current);
        if (last != null && last.isLive(now)) {
            return false;
        }
        boolean claimed = current == null
                ? shared.putIfAbsent(KEY, begun.format()) == null
                : shared.replace(KEY, current, begun.format());
        if (claimed) {
            total.set(0);
            done.set(0);
            startedBy = by;
        }
        return claimed;
    }

    void done() {
        report("done", null, null);
    }

    /** The rebuild failed because of {@code failure}; it is tried again at {@code retryAt} (or not, when null). */
    void failed(String failure, Instant retryAt) {
        report("failed", failure, retryAt);
    }

    public Progress progress() {
        Report last = Report.parse(shared.get(KEY));
        if (last == null) {
            return Progress.IDLE;
        }
        if (last.progress().running() && !last.isLive(System.currentTimeMillis())) {
            Progress silent = last.progress();
            return new Progress("failed", silent.done(), silent.total(), silent.startedBy(),
                    "node " + last.node() + " stopped reporting", null);
        }
        return last.progress();
    }

    private void report(String state) {
        report(state, null, null);
    }

    private void report(String state, String failure, Instant retryAt) {
        long now = System.currentTimeMillis();
        lastReport.set(now);
        shared.put(KEY, new Report(new Progress(state, done.get(), total.get(), startedBy, failure, retryAt), now, node).format());
    }

    private void reportNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastReport.get();
        if (now - last >= REPORT_EVERY_MILLIS && lastReport.compareAndSet(last, now)) {
            report("running");
        }
    }

    @Override
    public void documentsAdded(long increment) {
        done.addAndGet(increment);
        reportNowAndThen();
    }

    @Override
    public void documentsBuilt(long increment) {
    }

    @Override
    public void entitiesLoaded(long increment) {
    }

    @Override
    public void addToTotalCount(long increment) {
        total.addAndGet(increment);
        report("running");
    }

    @Override
    public void indexingCompleted() {
    }
}
