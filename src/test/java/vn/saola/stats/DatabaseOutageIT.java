package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestPostgres;

/**
 * A sixty-second PostgreSQL outage while readers keep reading: the pages (kept in memory) are
 * still served and counted, one warning says writing failed, and once the database answers again
 * every view and every visitor of the outage is in the figures.
 */
class DatabaseOutageIT {

    private static final String DATABASE = "saola_outage";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static SaolaServer server;

    @BeforeAll
    static void start() {
        Map<String, String> settings = new HashMap<>(TestPostgres.get().saolaSettings(DATABASE));
        // Pages stay in memory through the outage, so readers keep being answered (and counted).
        settings.put("SAOLA_CONTENT_CACHE_SECONDS", "600");
        server = SaolaServer.dedicated("outage", settings);
    }

    @AfterAll
    static void stop() {
        TestPostgres.get().restore(DATABASE);
        server.stop();
    }

    @Test
    void viewsCountedDuringAnOutageAreWrittenWhenTheDatabaseAnswersAgain() {
        assertEquals(20, Readers.read(server, "/vi/", 20, 2), "warming: the home page is in memory");
        long views = Readers.awaitStat(server, null, "today", 20);
        assertEquals(2, Readers.stats(server, null).getInt("visitors"), "two browsers so far");

        TestPostgres.get().cutOff(DATABASE);
        int answered = 0;
        long end = System.nanoTime() + OUTAGE.toNanos();
        while (System.nanoTime() < end) {
            // Eight browsers, six of them new: new visitors too, not only new views.
            answered += Readers.read(server, "/vi/", 8, 8);
            SaolaServer.pause(500);
        }
        String during = server.logText();
        TestPostgres.get().restore(DATABASE);

        assertTrue(answered > 0, "readers were answered during the outage");
        assertEquals(1, during.split("Writing view counts failed", -1).length - 1, "one warning for the outage");
        assertEquals(views + answered, Readers.awaitStat(server, null, "today", views + answered), "no view lost");
        System.out.println("[outage] " + answered + " views in " + OUTAGE.toSeconds() + " s of outage, all written after it");
        assertTrue(server.logText().contains("View counts written again after"), "the end of the outage is logged");
        assertEquals(8, Readers.stats(server, null).getInt("visitors"), "the outage's new visitors are counted");
    }
}
