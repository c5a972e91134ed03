package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.Harm;
import vn.saola.testing.SaolaServer;

/**
 * The workspace's defences, tried on the real server: forged requests without the session's
 * CSRF token, the wrong role, no session at all, and the OWASP filter-evasion payloads typed into
 * every field of an article.
 */
class EditorialSecurityIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final String word = "baove" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
    }

    @Test
    void everyStateChangingFormRefusesARequestWithoutTheSessionsToken() {
        long id = admin.createArticle("vi", "Chống giả mạo " + word, "<p>Nội dung gốc.</p>", "publish");
        admin.translate(id, "en", Map.of("title", "Forgery " + word, "body", "Body."));
        String category = admin.get("/admin/articles/" + id + "/vi").document()
                .selectFirst("select[name=category] option[selected]").attr("value");
        String adminId = admin.get("/admin/accounts").document().select(".account-row[data-username=admin] form")
                .attr("action").replaceAll("\\D+", " ").trim().split(" ")[0];
        List<String> endpoints = List.of(
                "/admin/articles/new?lang=vi",
                "/admin/articles/" + id + "/vi",
                "/admin/articles/" + id + "/en/translate",
                "/admin/articles/" + id + "/en/up-to-date",
                "/admin/articles/" + id + "/publish",
                "/admin/articles/" + id + "/unpublish",
                "/admin/articles/" + id + "/image/remove",
                "/admin/articles/" + id + "/delete",
                "/admin/articles/" + id + "/vi/revisions/1/restore",
                "/admin/categories",
                "/admin/categories/" + category + "/rename",
                "/admin/categories/" + category + "/move",
                "/admin/categories/" + category + "/delete",
                "/admin/accounts",
                "/admin/accounts/" + adminId + "/password",
                "/admin/accounts/" + adminId + "/disabled",
                "/admin/search-index",
                "/admin/language",
                "/admin/logout");
        Map<String, String> fields = Map.of("title", "Forged-" + word, "body", "x", "category", category, "lang", "en",
                "name", "Giả mạo", "name_vi", "Giả mạo " + word, "username", "forged" + word.substring(5),
                "password", "forged-password-123", "role", "ADMIN", "direction", "up");
        for (String endpoint : endpoints) {
            for (String token : new String[] {null, "forged-token", "unbound-" + UUID.randomUUID()}) {
                var form = new java.util.HashMap<>(fields);
                if (token != null) {
                    form.put("_csrf", token);
                }
                Page refused = admin.browser().postForm(endpoint, form);
                assertEquals(403, refused.status(), endpoint + " with token " + token);
            }
        }
        Page edit = admin.get("/admin/articles/" + id + "/vi");
        assertEquals(200, edit.status(), "still signed in: the forged sign-out did nothing");
        assertEquals("Chống giả mạo " + word, edit.document().selectFirst("input[name=title]").attr("value"));
        assertEquals("Đã đăng", edit.document().selectFirst(".editor-side .status").text());
        assertEquals(0, admin.get("/admin/articles?q=Forged-" + word).document().select(".article-row").size());
        assertTrue(admin.get("/admin/accounts").document().select(".account-row[data-username=forged"
                + word.substring(5) + "]").isEmpty());
        assertEquals(200, new Browser(server).get("/vi/bai-viet/chong-gia-mao-" + word).status());
    }

    @Test
    void anEditorCannotReachWhatIsForAdministrators() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, name, PASSWORD);
        assertEquals(200, editor.get("/admin/articles").status());
        assertEquals(200, editor.get("/admin/categories").status());
        for (String path : List.of("/admin/accounts", "/admin/search-index", "/admin/search-index/progress.json",
                "/admin/stats", "/admin/stats/export.csv?from=2026-01-01&to=2026-01-31")) {
            assertEquals(403, editor.get(path).status(), path);
        }
        Page dashboard = editor.get("/admin/");
        assertTrue(dashboard.document().select("a[href=/admin/accounts]").isEmpty(), "no link to what is refused");
        String token = editor.csrf();
        Page created = editor.browser().postForm("/admin/accounts", Map.of("_csrf", token,
                "username", "sneaky" + word.substring(5), "password", "sneaky-password-123", "role", "ADMIN"));
        assertEquals(403, created.status(), "the role is checked on the server, whatever the form");
        assertEquals(403, editor.browser().postForm("/admin/search-index", Map.of("_csrf", token)).status());
        assertTrue(admin.get("/admin/accounts").document().select(".account-row[data-username=sneaky"
                + word.substring(5) + "]").isEmpty());
    }

    @Test
    void aStrangerIsSentToSignInAndCannotPost() {
        Browser stranger = new Browser(server);
        for (String path : List.of("/admin/articles", "/admin/articles/new", "/admin/categories", "/admin/accounts",
                "/admin/preview/vi/1", "/admin/search-index/progress.json")) {
            Page page = stranger.get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.header("Location").contains("/admin/login?next="), path);
        }
        stranger.get("/admin/login");
        for (String path : List.of("/admin/articles/new?lang=vi", "/admin/categories", "/admin/accounts", "/admin/images")) {
            assertEquals(403, stranger.postForm(path, Map.of("title", "x")).status(), path);
        }
    }

    @Test
    void filterEvasionPayloadsInEveryFieldAreStoredHarmlessAndShownAsText() {
        List<String> payloads = Harm.filterEvasionPayloads();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String payload : payloads) {
            n++;
            String title = "XSS " + n + " " + word + " " + fit(payload, 400);
            long id = admin.createArticle("vi", Map.of("title", title, "summary", payload, "author", fit(payload, 200),
                    "body", "<p>Đoạn " + n + "</p>" + payload, "action", "publish"));
            Page edit = admin.get("/admin/articles/" + id + "/vi");
            String storedBody = edit.document().selectFirst("textarea[name=body]").text();
            String harm = Harm.in(storedBody);
            if (!harm.isEmpty()) {
                failures.add(payload + " stored as " + storedBody + " (" + harm + ")");
            }
            String slug = edit.document().selectFirst("input[name=slug]").attr("value");
            Page page = new Browser(server).get("/vi/bai-viet/" + slug);
            assertEquals(200, page.status(), payload);
            var article = page.document().selectFirst("article");
            // What the editor typed, wherever the page shows it (the page's own share buttons are not theirs).
            for (String part : List.of("h1", ".article__summary", ".article__body", ".article__byline", ".article__meta")) {
                var shown = article.selectFirst(part);
                harm = shown == null ? "" : Harm.in(shown);
                if (!harm.isEmpty()) {
                    failures.add(payload + " in " + part + " on the public page: " + harm);
                }
            }
            boolean foreignScript = page.document().select("script").stream().anyMatch(script ->
                    !script.attr("src").startsWith("/assets/") && !script.attr("type").equals("application/ld+json"));
            if (foreignScript) {
                failures.add(payload + ": a script element of its own on the public page");
            }
            if (!title.strip().replaceAll("\\s+", " ").equals(article.selectFirst("h1").text())) {
                failures.add(payload + ": the title is not shown as the text typed: " + article.selectFirst("h1").text());
            }
            if (!Jsoup.parse(page.response().body()).select("[onerror],[onload],[onmouseover]").isEmpty()) {
                failures.add(payload + ": an event handler on the public page");
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(n >= 60);
    }

    private static String fit(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
