package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** Behind a trusted TLS proxy (here: the test client on 127.0.0.1), pages speak https and cookies are Secure. */
class TlsProxyIT {

    private final SaolaServer server = SaolaServer.embedded();

    private static String cookie(Page page, String name) {
        return page.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow();
    }

    @Test
    void anHttpsRequestForwardedByATrustedProxyGetsHttpsAddressesAndSecureCookies() {
        Browser browser = new Browser(server);
        Page home = browser.get("http://127.0.0.1:" + server.base().getPort() + "/vi/", "X-Forwarded-Proto", "https");
        assertEquals("https://127.0.0.1/vi/", home.document().selectFirst("link[rel=canonical]").attr("href"));
        Page switched = browser.get("http://127.0.0.1:" + server.base().getPort() + "/switch/en?to=%2Fen%2F",
                "X-Forwarded-Proto", "https");
        assertEquals(303, switched.status());
        assertTrue(switched.header("Location").startsWith("https://127.0.0.1/en/"), switched.header("Location"));
        assertTrue(cookie(switched, "saola_lang").contains("Secure"), cookie(switched, "saola_lang"));
    }

    @Test
    void withoutTheHeaderNothingChanges() {
        Browser browser = new Browser(server);
        String base = "http://127.0.0.1:" + server.base().getPort();
        assertEquals(base + "/vi/", browser.get(base + "/vi/").document().selectFirst("link[rel=canonical]").attr("href"));
        Page switched = browser.get(base + "/switch/en?to=%2Fen%2F", "X-Forwarded-Proto", "http");
        assertFalse(cookie(switched, "saola_lang").contains("Secure"), cookie(switched, "saola_lang"));
    }
}
