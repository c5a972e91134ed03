package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * The door as an attacker tries it: one throttle for every way a password is presented, names
 * that do not exist treated like those that do, one address guessing many names, public endpoints
 * that never look at credentials, and a flood of password checks turned away instead of queued.
 * Each test speaks from its own addresses (the test server trusts 127.0.0.1 as a proxy), so the
 * locks it provokes touch nobody else.
 */
class DoorIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";

    private final SaolaServer server = SaolaServer.embedded();

    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private Page formSignIn(String user, String password, String address) {
        Browser browser = new Browser(server);
        Page form = browser.get("/admin/login");
        return browser.postForm("/admin/login", Map.of("_csrf", Editor.csrf(form), "username", user, "password", password),
                "X-Forwarded-For", address);
    }

    private Page basic(String path, String user, String password, String address) {
        return new Browser(server).get(path, "Authorization", Browser.basic(user, password), "X-Forwarded-For", address);
    }

    @Test
    void wrongPasswordsByFormAndByBasicAddUpToOneLockThatHoldsForBoth() {
        String name = Editor.admin(server).createAccount("EDITOR", PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, formSignIn(name, "sai-mat-khau-" + i, someAddress()).status());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(401, basic("/api/me", name, "doan-mo-" + i, someAddress()).status());
        }
        Page form = formSignIn(name, PASSWORD, someAddress());
        assertEquals(429, form.status(), "the right password waits too, on the form");
        assertEquals("Đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 15 phút.",
                form.document().selectFirst("[role=alert]").text());
        Page api = basic("/api/me", name, PASSWORD, someAddress());
        assertEquals(429, api.status(), "and on the API");
        long retryAfter = Long.parseLong(api.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After: " + retryAfter);
        assertEquals("{\"status\":429,\"error\":\"Too Many Requests\"}", api.response().body());
        assertTrue(server.logText().contains("Sign-in for \"" + name + "\" locked for 15 minutes after 5 failed attempts"));
    }

    @Test
    void aNameThatDoesNotExistIsCheckedAndLockedLikeOneThatDoes() {
        String ghost = "khong-co-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic("/api/me", ghost, "doan-" + i, someAddress()).status());
        }
        assertEquals(429, basic("/api/me", ghost, "doan-6", someAddress()).status());
        assertEquals(5, server.logText().split("Wrong password for \"" + ghost + "\"", -1).length - 1,
                "each guess cost a password check, as for a real account");
        assertTrue(server.logText().contains("Sign-in for \"" + ghost + "\" locked"));
    }

    @Test
    void oneAddressGuessingManyNamesIsShutOutWhileOthersAreNot() {
        String guesser = someAddress();
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_ADDRESS; i++) {
            assertEquals(401, basic("/api/me", "ten-" + i + "-" + UUID.randomUUID(), "doan", guesser).status());
        }
        assertEquals(429, basic("/api/me", "admin", server.adminPassword(), guesser).status(),
                "not even the right password from there");
        assertEquals(429, formSignIn("admin", server.adminPassword(), guesser).status());
        assertEquals(200, basic("/api/me", "admin", server.adminPassword(), someAddress()).status(), "others come in");
        assertTrue(server.logText().contains("Sign-in from " + guesser + " locked for 15 minutes after 30 failed attempts"));
    }

    @Test
    void theRightmostAddressNotOfATrustedProxyIsTheOneThrottled() {
        String guesser = someAddress();
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_ADDRESS; i++) {
            // Whatever the client writes to the left, the proxy appended the address it really came from.
            String forged = someAddress() + ", " + guesser;
            assertEquals(401, basic("/api/me", "ten-" + UUID.randomUUID(), "doan", forged).status());
        }
        assertEquals(429, basic("/api/me", "admin", server.adminPassword(), someAddress() + ", " + guesser).status());
    }

    @Test
    void publicEndpointsNeverLookAtCredentials() {
        String stranger = "nguoi-la-" + UUID.randomUUID().toString().substring(0, 8);
        Page search = basic("/api/search?q=c%C3%B4ng+th%C6%B0%C6%A1ng", stranger, "gi-cung-duoc", someAddress());
        assertEquals(200, search.status(), search.text());
        assertTrue(search.response().body().startsWith("{"));
        assertEquals(200, basic("/api/stats", stranger, "gi-cung-duoc", someAddress()).status());
        Page home = basic("/vi/", stranger, "gi-cung-duoc", someAddress());
        assertEquals(200, home.status());
        assertTrue(home.document().selectFirst("main") != null);
        assertFalse(server.logText().contains(stranger), "no password was checked for " + stranger);
    }

    @Test
    void aFloodOfPasswordChecksIsTurnedAwayAtOnceWith429() {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Page>> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                String name = "lu-" + UUID.randomUUID();
                String address = someAddress();
                flood.add(CompletableFuture.supplyAsync(() -> basic("/api/me", name, "sai", address), clients));
            }
        } finally {
            clients.shutdown();
        }
        List<Page> answers = flood.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = answers.stream().map(Page::status).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
        Page busy = answers.stream().filter(p -> p.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no check was turned away: " + statuses));
        assertEquals("1", busy.header("Retry-After"));
        assertTrue(statuses.contains(401), "some were checked: " + statuses);
    }
}
