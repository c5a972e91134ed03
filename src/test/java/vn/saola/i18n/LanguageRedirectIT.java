package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** {@code /} sends each visitor to their language, and remembers an explicit switch. */
class LanguageRedirectIT {

    private final SaolaServer server = SaolaServer.embedded();

    @Test
    void browserPreferringEnglishIsSentToEnglish() {
        Page root = new Browser(server).get("/", "Accept-Language", "en-US,en;q=0.9");
        assertEquals(302, root.status());
        assertEquals(server.base() + "/en/", root.header("Location"));
        assertEquals("Cookie, Accept-Language", root.header("Vary"));
    }

    @Test
    void vietnameseBrowserIsSentToVietnamese() {
        Page root = new Browser(server).get("/", "Accept-Language", "vi");
        assertEquals(server.base() + "/vi/", root.header("Location"));
        assertTrue(root.header("Vary").contains("Accept-Language"));
    }

    @Test
    void browserWithoutPreferenceGetsVietnamese() {
        assertEquals(server.base() + "/vi/", new Browser(server).get("/").header("Location"));
        assertEquals(server.base() + "/vi/", new Browser(server).get("/", "Accept-Language", "fr-FR,de;q=0.5")
                .header("Location"));
    }

    @Test
    void anExplicitSwitchIsRememberedOverTheBrowsersPreference() {
        Browser browser = new Browser(server);
        Page switched = browser.get("/switch/vi?to=%2Fvi%2F");
        assertEquals(303, switched.status());
        assertTrue(switched.header("Set-Cookie").startsWith("saola_lang=vi"), switched.header("Set-Cookie"));
        Page root = browser.get("/", "Accept-Language", "en-US,en;q=0.9");
        assertEquals(server.base() + "/vi/", root.header("Location"));
    }

    @Test
    void theSwitchNeverLeavesTheSite() {
        Page evil = new Browser(server).get("/switch/en?to=https%3A%2F%2Fevil.example%2Fen%2F");
        assertEquals(server.base() + "/en/", evil.header("Location"));
        assertEquals(404, new Browser(server).get("/switch/fr?to=%2Ffr%2F").status());
    }
}
