package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** Signing in to the admin with the form, and to the API with HTTP Basic. */
class AdminSignInIT {

    private final SaolaServer server = SaolaServer.embedded();

    @Test
    void theAdminAsksAStrangerToSignInFirst() {
        Page admin = new Browser(server).get("/admin/");
        assertEquals(302, admin.status());
        assertTrue(admin.header("Location").endsWith("/admin/login?next=%2Fadmin%2F"), admin.header("Location"));
    }

    @Test
    void theAdministratorSignsInSeesTheDashboardAndSignsOut() {
        Browser browser = new Browser(server);
        Page form = browser.get("/admin/login", "Accept-Language", "vi");
        assertEquals("Đăng nhập", form.document().selectFirst("main h1").text());

        Page signedIn = browser.postForm("/admin/login", Map.of(
                "_csrf", csrf(form), "username", "admin", "password", server.adminPassword(), "next", "/admin/"));
        assertEquals(303, signedIn.status());
        Page dashboard = browser.follow(signedIn);
        assertEquals("Bảng điều khiển", dashboard.document().selectFirst("main h1").text());
        assertTrue(dashboard.text().contains("Xin chào, admin."), dashboard.text());

        Page signedOut = browser.postForm("/admin/logout", Map.of("_csrf", csrf(dashboard)));
        assertEquals(303, signedOut.status());
        assertEquals(302, browser.get("/admin/").status());
    }

    @Test
    void aUserNameIsTheSameNameWhateverItsCase() {
        Browser browser = new Browser(server);
        Page form = browser.get("/admin/login", "Accept-Language", "vi");
        Page signedIn = browser.postForm("/admin/login", Map.of(
                "_csrf", csrf(form), "username", " ADMIN", "password", server.adminPassword(), "next", "/admin/"));
        assertEquals(303, signedIn.status());
        assertTrue(browser.follow(signedIn).text().contains("Xin chào, admin."), "signed in as the account admin");
    }

    @Test
    void aWrongPasswordIsRefusedInTheVisitorsLanguage() {
        Browser browser = new Browser(server);
        Page form = browser.get("/admin/login", "Accept-Language", "en");
        Page refused = browser.postForm("/admin/login", Map.of(
                "_csrf", csrf(form), "username", "admin", "password", "not-the-password"), "Accept-Language", "en");
        assertEquals("Wrong user name or password.", refused.document().selectFirst("[role=alert]").text());
        assertEquals(302, browser.get("/admin/").status());
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() {
        Browser browser = new Browser(server);
        browser.get("/admin/login");
        Page forged = browser.postForm("/admin/login", Map.of(
                "username", "admin", "password", server.adminPassword()), "Accept-Language", "vi");
        assertEquals(403, forged.status());
        assertEquals("Không có quyền truy cập", forged.document().selectFirst("main h1").text());
        assertEquals(302, browser.get("/admin/").status());
    }

    @Test
    void theApiAcceptsTheAdministratorsBasicCredentials() {
        Page me = new Browser(server).get("/api/me", "Authorization", Browser.basic("admin", server.adminPassword()));
        assertEquals(200, me.status());
        assertEquals("{\"username\":\"admin\",\"role\":\"ADMIN\"}", me.response().body());
    }

    @Test
    void theApiRefusesWrongCredentialsWithAChallenge() {
        Page wrong = new Browser(server).get("/api/me", "Authorization", Browser.basic("admin", "guess"));
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"));
        Page none = new Browser(server).get("/api/me");
        assertEquals(401, none.status());
        assertFalse(none.response().body().contains("Exception"));
    }

    @Test
    void publicPagesOpenNoSession() {
        Page home = new Browser(server).get("/vi/");
        assertTrue(home.response().headers().allValues("Set-Cookie").isEmpty(),
                home.response().headers().allValues("Set-Cookie").toString());
    }

    private static String csrf(Page page) {
        return page.document().selectFirst("input[name=_csrf]").attr("value");
    }
}
