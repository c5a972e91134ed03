package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.stats.ViewCountingIT;
import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.BusyMachine;
import vn.saola.testing.Editor;
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestImages;

/**
 * A second start on the same data folder keeps what the first stored (views counted in memory
 * included), adds no second copy of the demo, and rebuilds a search index that was damaged while
 * the server was down. The second start happens with every core busy ({@link BusyMachine}): that
 * is where a rebuild begun during deployment once died ("zip file closed") and left search empty.
 */
class RestartIT {

    @Test
    void aSecondStartKeepsEverythingTheFirstStored() throws IOException {
        SaolaServer first = SaolaServer.dedicated("restart");
        try {
            List<String> before = new Browser(first).get("/vi/?page=2").document().select("main .article-card h2").eachText();
            assertFalse(before.isEmpty());
            // 32 readers at once, then a normal stop: the views still in memory are written on the way out
            assertEquals(10_000, Readers.read(first, ViewCountingIT.SEED_PATH, 10_000, 32));

            first.stop();
            damageTheSearchIndex(first);
            // An image stored before the library existed (a version without one), or by a node that failed to list it.
            String stray = "ab".repeat(16) + ".png";
            Path strayFile = first.log().getParent().resolve("data/uploads/2020/01/" + stray);
            Files.createDirectories(strayFile.getParent());
            Files.write(strayFile, TestImages.png(50));
            SaolaServer second;
            boolean searchCameBack;
            try (BusyMachine busy = BusyMachine.forAtMost(300)) {
                second = first.restarted();
                searchCameBack = foundWithin(new Api(second), "miến dong châu Âu", 180);
            }
            try {
                assertTrue(searchCameBack, "search works again after the background rebuild, though the machine was busy");
                assertEquals(before, new Browser(second).get("/vi/?page=2").document().select("main .article-card h2").eachText());
                assertTrue(new Browser(second).get("/api/me", "Authorization",
                        Browser.basic("admin", second.adminPassword())).status() == 200);
                String log = second.logText();
                assertEquals(1, count(log, "Demo content loaded"), "demo content loaded twice");
                assertEquals(1, count(log, "First administrator"), "first administrator created twice");
                assertTrue(log.contains("(0 migrations applied now)"), "migrations ran again");
                assertTrue(log.contains("cannot be read"), "the damaged index was noticed");
                assertTrue(log.contains("Search index rebuilt"));
                assertFalse(log.contains("Background work failed"), "no background work failed");
                assertTrue(adoptedWithin(Editor.signIn(second, "admin", second.adminPassword()), stray, 60),
                        "the image stored before is in the library");
                System.out.printf("[restart] the rebuild failed %d time(s) before it succeeded on a busy machine%n",
                        count(log, "Rebuilding the search index failed"));

                assertEquals(10_000, Readers.read(second, ViewCountingIT.SEED_PATH, 10_000, 32));
                assertEquals(20_000, Readers.awaitStat(second, ViewCountingIT.SEED_ID, "total", 20_000),
                        "no view lost across the restart");
                assertEquals(32, Readers.stats(second, ViewCountingIT.SEED_ID).getInt("visitors"),
                        "the same 32 readers after the restart are no new visitors");
            } finally {
                second.stop();
            }
        } finally {
            first.stop();
        }
    }

    /** Truncates every segment file, as a full disk or a half-finished copy would leave them. */
    private static void damageTheSearchIndex(SaolaServer server) throws IOException {
        Path index = server.log().getParent().resolve("data/index/article_translation");
        try (var files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
    }

    private static boolean adoptedWithin(Editor admin, String name, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (admin.get("/admin/media?q=" + name).document().select(".image-card__name").eachText().equals(List.of(name))) {
                return true;
            }
            SaolaServer.pause(200);
        }
        return false;
    }

    private static boolean foundWithin(Api api, String query, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (api.search(query, "vi", 1, 1).json().getInt("total") > 0) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
