package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.saola.testing.Browser;
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestPostgres;

/**
 * Counting through what a real night brings, on one server of its own on PostgreSQL: a sixty-second
 * database outage while readers keep reading (a burst of new browsers among them, past the cap of
 * visitors kept in memory), then midnight (the server's time zone is chosen so
 * that its midnight comes four minutes after this class starts) with retention folding old days.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountingThroughTroubleIT {

    private static final String DATABASE = "saola_trouble";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Room for a slow start and the outage before it, on a busy machine. */
    private static final Duration UNTIL_MIDNIGHT = Duration.ofMinutes(4);
    private static final int VISITOR_CAP = 50;
    private static final int BURST = 100;
    /** An article id of no article, whose old day rows retention must fold. */
    private static final long OLD_ARTICLE = 987_654_321L;
    private static SaolaServer server;
    private static ZoneOffset zone;
    private static Instant midnight;

    @BeforeAll
    static void start() {
        midnight = Instant.now().plus(UNTIL_MIDNIGHT);
        int secondOfDay = midnight.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
        zone = ZoneOffset.ofTotalSeconds(secondOfDay <= 64_800 ? -secondOfDay : 86_400 - secondOfDay);
        Map<String, String> settings = new HashMap<>(TestPostgres.get().saolaSettings(DATABASE));
        settings.put("SAOLA_TIMEZONE", zone.getId());
        settings.put("SAOLA_STATS_KEEP_DAYS", "1");
        // Pages stay in memory through the outage, so readers keep being answered (and counted).
        settings.put("SAOLA_CONTENT_CACHE_SECONDS", "600");
        // A small cap on visitors in memory, so that the outage's burst of new browsers passes it.
        settings.put("SAOLA_STATS_VISITORS_IN_MEMORY", String.valueOf(VISITOR_CAP));
        server = SaolaServer.dedicated("trouble", settings);
    }

    @AfterAll
    static void stop() {
        TestPostgres.get().restore(DATABASE);
        server.stop();
    }

    private static <T> T sql(SqlWork<T> work) {
        try (Connection connection = TestPostgres.get().dataSource(DATABASE).getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static List<String> rows(String query) {
        return sql(connection -> {
            List<String> rows = new ArrayList<>();
            try (ResultSet result = connection.createStatement().executeQuery(query)) {
                while (result.next()) {
                    rows.add(result.getString(1) + "=" + result.getString(2));
                }
            }
            return rows;
        });
    }

    private static void awaitLog(String text, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!server.logText().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "not in the log within " + within + ": " + text);
            SaolaServer.pause(500);
        }
    }

    @Test
    @Order(1)
    void viewsCountedDuringAnOutageAreWrittenWhenTheDatabaseAnswersAgain() {
        assertEquals(20, Readers.read(server, "/vi/", 20, 2), "warming: the home page is in memory");
        long views = Readers.awaitStat(server, null, "total", 20);
        assertEquals(2, Readers.stats(server, null).getInt("visitors"), "two browsers so far");

        TestPostgres.get().cutOff(DATABASE);
        long end = System.nanoTime() + OUTAGE.toNanos();
        int answered = Readers.read(server, "/vi/", 8, 8);
        // A hundred browsers never seen before: past the fifty visitors that may wait in memory.
        for (int i = 0; i < BURST; i++) {
            answered += new Browser(server).get("/vi/", "User-Agent", Browser.READER + " burst/" + i).status() == 200 ? 1 : 0;
        }
        while (System.nanoTime() < end) {
            // Eight browsers, six of them new: new visitors too, not only new views.
            answered += Readers.read(server, "/vi/", 8, 8);
            SaolaServer.pause(500);
        }
        String during = server.logText();
        TestPostgres.get().restore(DATABASE);

        assertTrue(answered > 0, "readers were answered during the outage");
        assertEquals(1, during.split("Writing view counts failed", -1).length - 1, "one warning for the outage");
        assertEquals(views + answered, Readers.awaitStat(server, null, "total", views + answered), "no view lost");
        System.out.println("[outage] " + answered + " views in " + OUTAGE.toSeconds() + " s of outage, all written after it");
        awaitLog("View counts written again after", Duration.ofSeconds(30));
        assertEquals(2 + VISITOR_CAP, Readers.stats(server, null).getInt("visitors"),
                "the outage's new visitors are counted up to the cap: six readers and 44 of the burst");
        assertTrue(server.logText().contains("new visitors were not recorded: " + VISITOR_CAP + " were already waiting"),
                "the log says visitors went uncounted");
    }

    @Test
    @Order(2)
    void atMidnightANewDayBeginsWithItsSaltReadyAndOldDaysAreFolded() {
        LocalDate today = midnight.minusSeconds(1).atOffset(zone).toLocalDate();
        LocalDate tomorrow = today.plusDays(1);
        assertTrue(Instant.now().isBefore(midnight.minusSeconds(10)),
                "the server started too late for its midnight (a very busy machine): " + Duration.between(Instant.now(), midnight));
        awaitLog("Visitor salt for " + tomorrow + " made ahead", Duration.ofSeconds(30));
        awaitLog("folded into their months (0 month(s))", Duration.ofSeconds(30));
        sql(connection -> {
            var insert = connection.prepareStatement("INSERT INTO page_views (article_id, view_date, lang, views) VALUES (?, ?, 'vi', ?)");
            for (String[] row : new String[][] {{"2025-12-03", "4"}, {"2025-12-17", "6"}, {"2026-01-05", "5"}}) {
                insert.setLong(1, OLD_ARTICLE);
                insert.setDate(2, Date.valueOf(row[0]));
                insert.setLong(3, Long.parseLong(row[1]));
                insert.executeUpdate();
            }
            return null;
        });
        Browser reader = new Browser(server);
        assertEquals(200, reader.get("/vi/", "User-Agent", Browser.READER).status(), "a reader just before midnight");

        SaolaServer.pause(Math.max(0, Duration.between(Instant.now(), midnight).toMillis()) + 1_000);
        assertEquals(200, reader.get("/vi/", "User-Agent", Browser.READER).status(), "the same reader just after");
        awaitLog("folded into their months (2 month(s))", Duration.ofSeconds(45));
        Readers.awaitStat(server, null, "today", 1);

        assertEquals(List.of(tomorrow + "=1"), rows("SELECT view_date, views FROM page_views WHERE article_id = 0 AND view_date > '"
                + today + "'"), "the new day has the one view after midnight");
        assertEquals(List.of(tomorrow + "=1"), rows("SELECT view_date, visitors FROM daily_visitors WHERE article_id = 0"
                + " AND view_date > '" + today + "'"), "and its reader is the new day's visitor");
        assertEquals(List.of("2025-12-01=10", "2026-01-01=5"),
                rows("SELECT view_date, views FROM page_views WHERE article_id = " + OLD_ARTICLE + " ORDER BY view_date"),
                "old days folded into their months, totals kept");
        assertEquals(List.of(tomorrow + "=x", tomorrow.plusDays(1) + "=x"),
                rows("SELECT view_date, 'x' FROM visitor_salt ORDER BY view_date"), "yesterday's salt is gone, tomorrow's made");
    }
}
