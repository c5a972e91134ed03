package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.SaolaServer;

/** A second start on the same data folder keeps what the first stored, and adds no second copy of the demo. */
class RestartIT {

    @Test
    void aSecondStartKeepsEverythingTheFirstStored() {
        SaolaServer first = SaolaServer.dedicated("restart");
        try {
            List<String> before = new Browser(first).get("/vi/?page=2").document().select("main .article-card h2").eachText();
            assertFalse(before.isEmpty());

            SaolaServer second = first.restarted();
            try {
                assertEquals(before, new Browser(second).get("/vi/?page=2").document().select("main .article-card h2").eachText());
                assertTrue(new Browser(second).get("/api/me", "Authorization",
                        Browser.basic("admin", second.adminPassword())).status() == 200);
                String log = second.logText();
                assertEquals(1, count(log, "Demo content loaded"), "demo content loaded twice");
                assertEquals(1, count(log, "First administrator"), "first administrator created twice");
                assertTrue(log.contains("(0 migrations applied now)"), "migrations ran again");
            } finally {
                second.stop();
            }
        } finally {
            first.stop();
        }
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
