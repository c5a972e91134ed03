package vn.saola.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * How far the running (or last) index rebuild has come, for the administrators' progress bar:
 * Hibernate Search's mass indexer reports into it as it goes.
 */
public final class IndexRebuilds implements MassIndexingMonitor {

    /** What the progress bar shows. */
    public record Progress(String state, long done, long total, String startedBy) {

        public int percent() {
            return total <= 0 ? (state.equals("done") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state.equals("running");
        }
    }

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicReference<String> state = new AtomicReference<>("idle");
    private volatile String startedBy;

    /** Starts a new count; false if a rebuild is already running. */
    boolean begin(String by) {
        if (state.getAndUpdate(s -> s.equals("running") ? s : "running").equals("running")) {
            return false;
        }
        total.set(0);
        done.set(0);
        startedBy = by;
        return true;
    }

    void end(boolean failed) {
        state.set(failed ? "failed" : "done");
    }

    public Progress progress() {
        return new Progress(state.get(), done.get(), total.get(), startedBy);
    }

    @Override
    public void documentsAdded(long increment) {
        done.addAndGet(increment);
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
    }

    @Override
    public void indexingCompleted() {
    }
}
