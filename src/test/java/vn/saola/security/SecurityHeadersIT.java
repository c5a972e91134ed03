package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** Every kind of answer carries the security headers and says nothing about the server behind it. */
class SecurityHeadersIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Browser browser = new Browser(server);

    @Test
    void pagesFilesFeedsApiErrorsAndTheAdminCarryTheHeaders() {
        for (String path : List.of("/vi/", "/en/search?q=c%C3%B4ng", "/assets/saola.css", "/vi/rss.xml", "/sitemap.xml",
                "/robots.txt", "/api/search?q=a", "/api/stats", "/admin/login", "/vi/bai-viet/khong-co-bai-nay",
                "/xx/", "/", "/webjars/tinymce/6.8.3/tinymce.min.js")) {
            Page page = browser.get(path);
            String policy = page.header("Content-Security-Policy");
            assertTrue(policy != null && policy.contains("script-src 'self'"), path + ": " + policy);
            String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
            assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), path + ": " + scripts);
            assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), path);
            assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"), path);
            assertTrue(page.header("Permissions-Policy").contains("camera=()"), path);
            assertNull(page.header("X-Powered-By"), path + " names its server");
            String serverHeader = page.header("Server");
            assertTrue(serverHeader == null || !serverHeader.matches(".*(Payara|GlassFish|Grizzly|[0-9]).*"),
                    path + " names its server: " + serverHeader);
        }
    }

    @Test
    void noRouteMapOrServerVersionIsPublished() {
        for (String path : List.of("/application.wadl", "/application.wadl?detail=true", "/vi/application.wadl")) {
            Page page = browser.get(path);
            assertEquals(404, page.status(), path);
            assertFalse(page.response().body().contains("wadl") || page.response().body().contains("Jersey"), path);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Page login = browser.get("/admin/login");
        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SAOLA_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }
}
