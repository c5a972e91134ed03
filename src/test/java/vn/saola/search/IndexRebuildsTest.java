package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
        nodeA.done();
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
        var failed = new IndexRebuilds.Report(new IndexRebuilds.Progress("failed", 7, 9, "quantri",
                "HSEARCH600019: Unable to commit: zip file closed", Instant.ofEpochMilli(1_790_000_000_000L)), 42, "node");
        assertEquals(failed, IndexRebuilds.Report.parse(failed.format()));
    }

    @Test
    void whatANodeOfThePreviousVersionSharedStillReads() {
        grid.put(IndexRebuilds.KEY, "done\t40\t40\t" + System.currentTimeMillis() + "\t[127.0.0.1]:5900\nbientap");
        IndexRebuilds.Progress progress = nodeA.progress();
        assertEquals("done", progress.state());
        assertEquals(40, progress.done());
        assertEquals("bientap", progress.startedBy());
        assertEquals(null, progress.failure());
    }

    @Test
    void aFailureIsSeenOnEveryNodeWithItsReasonAndItsNextTry() {
        assertTrue(nodeA.begin("the start-up check"));
        nodeA.addToTotalCount(300);
        nodeA.documentsAdded(100);
        Instant retryAt = Instant.now().plusSeconds(15);
        nodeA.failed("HSEARCH600019: Unable to commit:\n\tzip file closed", retryAt);
        IndexRebuilds.Progress seenOnB = nodeB.progress();
        assertTrue(seenOnB.failed());
        assertEquals("HSEARCH600019: Unable to commit: zip file closed", seenOnB.failure(), "on one line");
        assertEquals(retryAt.toEpochMilli(), seenOnB.retryAt().toEpochMilli());
        assertEquals(100, seenOnB.done());
        assertTrue(nodeB.begin("quantri"), "a failed rebuild does not hold the next one back");
    }
}
