package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.junit.jupiter.api.Test;

/** Two nodes sharing one map (as the data grid shares it): one rebuild at a time, seen by both. */
class IndexRebuildsTest {

    private final ConcurrentMap<String, String> grid = new ConcurrentHashMap<>();
    private final IndexRebuilds nodeA = new IndexRebuilds(grid, "[127.0.0.1]:5900");
    private final IndexRebuilds nodeB = new IndexRebuilds(grid, "[127.0.0.1]:5901");

    @Test
    void aRebuildRunningOnOneNodeIsRefusedOnTheOtherAndShownThere() {
        assertEquals("idle", nodeB.progress().state());
        assertTrue(nodeA.begin("bientap"));
        assertFalse(nodeB.begin("quantri"), "already running on A");
        assertFalse(nodeA.begin("quantri"), "nor twice on A");
        nodeA.addToTotalCount(200);
        nodeA.documentsAdded(50);
        nodeA.end(false);
        IndexRebuilds.Progress seenOnB = nodeB.progress();
        assertEquals("done", seenOnB.state());
        assertEquals("bientap", seenOnB.startedBy());
        assertEquals(200, seenOnB.total());
        assertEquals(50, seenOnB.done());
        assertTrue(nodeB.begin("quantri"), "once done, the next may start anywhere");
        assertEquals("quantri", nodeA.progress().startedBy());
    }

    @Test
    void aRebuildWhoseNodeFellSilentCountsAsFailedAndMayBeStartedAgain() {
        long longAgo = System.currentTimeMillis() - IndexRebuilds.SILENCE_MILLIS - 1_000;
        grid.put(IndexRebuilds.KEY, new IndexRebuilds.Report(new IndexRebuilds.Progress("running", 10, 100, "bientap"),
                longAgo, "[127.0.0.1]:5900").format());
        assertEquals("failed", nodeB.progress().state());
        assertTrue(nodeB.begin("quantri"));
        assertEquals("running", nodeA.progress().state());
    }

    @Test
    void theSharedFormReadsBackWhatWasWritten() {
        var report = new IndexRebuilds.Report(new IndexRebuilds.Progress("running", 7, 9, "người dùng"), 42, "node");
        assertEquals(report, IndexRebuilds.Report.parse(report.format()));
    }
}
