package vn.saola.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.saola.search.VietnameseAnalysis;
import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaCluster;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.Tokens;

/**
 * Two nodes behind nginx, on one PostgreSQL, one OpenSearch and one data grid: what an editor
 * does through one node is true on the other (search, pages, session), both count views into the
 * same figures, the jobs run once, and a node stopped gracefully loses no view.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    static SaolaCluster CLUSTER;
    static SaolaServer A;
    static SaolaServer B;
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final List<Editor> EDITORS = new ArrayList<>();
    static final List<String> IMPORTED = new ArrayList<>();
    /** Articles enough that a rebuild lasts a moment (1,500 took 2.4 s): two asked at once overlap. */
    static final int ARCHIVE = 400;

    @BeforeAll
    static void startTheCluster() {
        CLUSTER = SaolaCluster.get();
        A = CLUSTER.node(0);
        B = CLUSTER.node(1);
    }

    @AfterAll
    static void cleanUp() {
        if (CLUSTER == null) {
            return;
        }
        EDITORS.forEach(Editor::cleanUp);
        // Each API call checks the password (a deliberately slow hash): both nodes share the work.
        Api api = new Api(CLUSTER.balancer(), CLUSTER.adminPassword());
        IMPORTED.parallelStream().forEach(api::delete);
    }

    private static Editor adminAt(SaolaServer node) {
        Editor editor = Editor.signIn(node, "admin", CLUSTER.adminPassword());
        EDITORS.add(editor);
        return editor;
    }

    @Test
    @Order(1)
    void theNodesFormOneCluster() {
        assertTrue(B.logText().contains("Running in a cluster of 2 node(s)"), "the second node joined the first");
        for (int i = 0; i < 6; i++) {
            assertEquals(200, Browser.at(CLUSTER.balancer(), null).get("/vi/").status());
        }
    }

    @Test
    @Order(2)
    void anArticlePublishedThroughOneNodeIsFoundThroughTheOther() {
        Editor editor = adminAt(A);
        String word = "cum" + RUN;
        long started = System.nanoTime();
        long id = editor.createArticle("vi", "Họp báo về đường " + word, "<p>Đường dây nóng " + word + " đã mở.</p>", "publish");
        Api onB = new Api(B.base(), null);
        int found = onB.awaitTotal(word, "vi", 1);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, found, "published through A, searched through B");
        System.out.printf("[several nodes] published through A, found through B after %d ms%n", millis);
        // and the Vietnamese behaviour: without diacritics, đ as d, decomposed
        for (String query : List.of("duong day nong " + word, Normalizer.normalize("ĐƯỜNG DÂY " + word, Normalizer.Form.NFD))) {
            assertEquals("Họp báo về đường " + word, onB.search(query, "vi", 1, 1).json().getJsonArray("hits")
                    .getJsonObject(0).getString("title"), query);
        }

        // an edit shows through B at once, though B had the old page in memory
        String path = publicPath(editor, id);
        assertTrue(new Browser(B).get(path).text().contains("Đường dây nóng " + word + " đã mở."));
        Page saved = editor.save(id, "vi", Map.of("body", "<p>Đường dây nóng " + word + " đã đóng.</p>", "action", "save"));
        assertEquals(303, saved.status(), saved.text());
        String onBNow = new Browser(B).get(path).text();
        assertTrue(onBNow.contains("đã đóng."), "B serves the edited text as soon as A acknowledged the edit");
        assertEquals(1, new Api(B.base(), null).awaitTotal("dong " + word, "vi", 1));
    }

    @Test
    @Order(3)
    void aPageKeptByOneNodeFollowsEveryChangeMadeThroughTheOther() throws InterruptedException {
        Editor editor = adminAt(A);
        String word = "giu" + RUN;
        assertEquals(303, editor.submit("/admin/categories", "form[action=/admin/categories]",
                Map.of("name_vi", "Chuyên mục " + word, "name_en", "")).status());
        String category = editor.get("/admin/categories").document().select(".category-row").stream()
                .filter(row -> row.select("input[name=name]").eachAttr("value").contains("Chuyên mục " + word))
                .findFirst().orElseThrow().attr("data-id");
        long id = editor.createArticle("vi", Map.of("title", "Tin giữ trên hai nút " + word, "body", "<p>Bản một.</p>",
                "category", category, "action", "publish"));
        String path = publicPath(editor, id);
        Browser onB = new Browser(B);
        try {
            assertKept(onB, path);
            editor.submit("/admin/categories", "form[action=/admin/categories/" + category + "/rename]:has(input[value=vi])",
                    Map.of("name", "Chuyên mục đổi tên " + word));
            Page renamed = onB.get(path);
            assertNull(renamed.header("Age"), "renamed through A: B renders the page again");
            assertEquals("Chuyên mục đổi tên " + word, renamed.document().selectFirst(".article .eyebrow a").text());

            assertKept(onB, path);
            String siteName = editor.get("/admin/settings").document().selectFirst("#siteName_vi").attr("value");
            editor.submit("/admin/settings", "form[action='/admin/settings']", Map.of("siteName_vi", "Cổng hai nút " + word));
            try {
                assertEquals("Cổng hai nút " + word, onB.get(path).document().selectFirst(".site-name").text(),
                        "the site's identity saved through A: B's pages say it at once");
            } finally {
                editor.submit("/admin/settings", "form[action='/admin/settings']", Map.of("siteName_vi", siteName));
            }

            assertKept(onB, path);
            assertEquals(303, editor.submit("/admin/menus", "form[action=/admin/menus/footer/items]", Map.of("target", "link",
                    "link", "https://moit.gov.vn/", "label_vi", "Liên kết hai nút " + word)).status());
            String item = editor.get("/admin/menus").document().select("#menu-footer .menu-row").stream()
                    .filter(row -> row.text().contains("Liên kết hai nút " + word)).findFirst().orElseThrow().attr("data-id");
            try {
                assertNotNull(onB.get(path).document().selectFirst(".footer-menu a:containsOwn(Liên kết hai nút " + word + ")"),
                        "a menu item added through A: B's pages show it at once");
            } finally {
                editor.submit("/admin/menus", "form[action=/admin/menus/items/" + item + "/delete]", Map.of());
            }

            assertKept(onB, path);
            editor.submit("/admin/articles/" + id + "/vi", "form[action$=/unpublish]", Map.of());
            assertEquals(404, onB.get(path).status(), "taken down through A");
            assertEquals(303, editor.save(id, "vi", Map.of("action", "publish")).status());
            assertEquals(200, onB.get(path).status(), "published again through A");
            assertKept(onB, path);
            editor.cleanUp();
            assertEquals(404, onB.get(path).status(), "deleted through A");
        } finally {
            editor.cleanUp();
            editor.browser().postForm("/admin/categories/" + category + "/delete", Map.of("_csrf", editor.csrf()));
        }

        // Scheduled through A's API: B's kept home page shows it when its time comes, long before
        // the page would have expired by itself (SAOLA_CONTENT_CACHE_SECONDS=30 on these nodes).
        String home = "/vi/?hen=" + word;
        String title = "Tin hẹn giờ " + word;
        Instant due = Instant.now().plusSeconds(10);
        String importId = "hen-" + RUN;
        IMPORTED.add(importId);
        JsonObject line = Json.createObjectBuilder(Api.line(importId, "vi", title, "<p>Đến giờ.</p>", "Thông báo"))
                .add("publishedAt", due.toString()).build();
        assertEquals(1, new Api(A.base(), CLUSTER.adminPassword()).importLines(Api.ndjson(List.of(line))).json()
                .getInt("created"));
        assertKept(onB, home);
        assertFalse(onB.get(home).text().contains(title), "not before its time");
        Instant deadline = due.plusSeconds(10);
        boolean shown = false;
        while (!shown && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            shown = onB.get(home).text().contains(title);
        }
        assertTrue(shown, "B's home page lists the article within 10 s of its time");
    }

    /** Asked twice, the page comes from memory the second time (it says its {@code Age}). */
    private static void assertKept(Browser browser, String path) {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(200, browser.get(path).status());
            if (browser.get(path).header("Age") != null) {
                return;
            }
        }
        throw new AssertionError(path + " is never served from memory");
    }

    @Test
    @Order(4)
    void openSearchReadsVietnameseAsLuceneDoes() throws Exception {
        List<String> texts = List.of("Đề án tái cơ cấu ngành Công Thương", "ĐƯỜNG DÂY NÓNG: 0209.3870.xxx",
                "bàn ban bán BAN-tin đi", "Nguyễn Thị Thương, Ủy ban nhân dân tỉnh Bắc Kạn", "2146/QĐ-TTg",
                "Writer's Find & Replace dialog", "Quốc lộ 3B — cầu Đá (km 12+500)");
        HttpClient client = HttpClient.newHttpClient();
        for (String analyzer : List.of(VietnameseAnalysis.EXACT, VietnameseAnalysis.FOLDED, VietnameseAnalysis.PLAIN)) {
            for (String text : texts) {
                String request = Json.createObjectBuilder().add("analyzer", analyzer).add("text", text).build().toString();
                String answer = client.send(HttpRequest.newBuilder(CLUSTER.openSearch().resolve("/article_translation-read/_analyze"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                List<String> onOpenSearch = Json.createReader(new java.io.StringReader(answer)).readObject()
                        .getJsonArray("tokens").stream().map(t -> t.asJsonObject().getString("token")).toList();
                assertEquals(Tokens.of(analyzer, text), onOpenSearch, analyzer + ": " + text);
            }
        }
    }

    @Test
    @Order(5)
    void anEditorSignedInThroughOneNodeKeepsWorkingOnTheOther() {
        Browser onA = Browser.at(A.base(), CLUSTER.adminPassword());
        assertEquals(303, onA.signInAsAdmin().status());
        Page form = onA.get("/admin/articles/new?lang=vi");
        String csrf = Editor.csrf(form);

        Browser onB = onA.sameCookiesAt(B.base());
        Page list = onB.get("/admin/articles");
        assertEquals(200, list.status(), "B knows the session A opened");
        assertTrue(list.text().contains("admin"), list.text());
        Map<String, String> fields = new LinkedHashMap<>();
        ((FormElement) form.document().selectFirst("form.article-form")).formData()
                .forEach(field -> fields.put(field.key(), field.value()));
        fields.putAll(Map.of("title", "Phiên " + RUN, "body", "<p>Viết trên nút B với phiên của nút A.</p>", "action", "save"));
        assertEquals(csrf, fields.get("_csrf"));
        Page created = onB.postForm("/admin/articles/new?lang=vi", fields);
        assertEquals(303, created.status(), "B accepts the CSRF token A issued: " + created.text());
        Matcher id = Pattern.compile("/admin/articles/([0-9]+)/").matcher(created.header("Location"));
        assertTrue(id.find());
        assertTrue(onA.get("/admin/articles").text().contains("Phiên " + RUN), "written through B, listed through A");
        fields.put("_csrf", "forged");
        Page refused = onB.postForm("/admin/articles/new?lang=vi", fields);
        assertEquals(403, refused.status(), "a forged token is still refused");
        assertEquals(303, onB.postForm("/admin/logout", Map.of("_csrf", csrf)).status(), "signed out through B");
        Page afterSignOut = onA.get("/admin/articles");
        assertEquals(302, afterSignOut.status(), "and so signed out on A too");
        assertTrue(afterSignOut.header("Location").contains("/admin/login?next="), afterSignOut.header("Location"));

        // the whole round through the balancer, which alternates the nodes
        Editor throughBalancer = Editor.signIn(A, Browser.at(CLUSTER.balancer(), CLUSTER.adminPassword()), "admin",
                CLUSTER.adminPassword());
        EDITORS.add(throughBalancer);
        for (int i = 0; i < 4; i++) {
            long article = throughBalancer.createArticle("vi", "Qua cân bằng tải " + i + " " + RUN, "<p>Bài " + i + ".</p>", "save");
            Page saved = throughBalancer.save(article, "vi", Map.of("summary", "Tóm tắt " + i, "action", "save"));
            assertEquals(303, saved.status(), saved.text());
        }
        Editor cleaner = adminAt(A);
        Page confirm = cleaner.browser().get("/admin/articles/" + id.group(1) + "/delete");
        cleaner.submit(confirm, "form[action$=/delete]", Map.of());
    }

    @Test
    @Order(6)
    void bothNodesCountIntoTheSameFigures() {
        Editor editor = adminAt(A);
        long id = editor.createArticle("vi", "Đếm lượt xem " + RUN, "<p>Bài để đếm.</p>", "publish");
        String path = publicPath(editor, id);
        assertEquals(40, Readers.read(CLUSTER.balancer(), path, 40, 4), "every view answered through the balancer");
        long onA = Readers.awaitStat(A, String.valueOf(id), "total", 40);
        long onB = Readers.stats(B, String.valueOf(id)).getJsonNumber("total").longValue();
        assertEquals(40, onA, "A shows the views both nodes counted");
        assertEquals(40, onB, "B shows the same");
    }

    @Test
    @Order(7)
    void retentionRanOnOneNodeOnly() {
        long folds = CLUSTER.nodes().stream()
                .filter(node -> node.logText().contains("daily view counts before")).count();
        assertEquals(1, folds, "one node folded today's old days into their months");
    }

    @Test
    @Order(8)
    void anIndexRebuildAskedOfBothNodesRunsOnce() throws Exception {
        Api api = new Api(CLUSTER.balancer(), CLUSTER.adminPassword());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARCHIVE; i++) {
            String id = "cluster-" + RUN + "-" + i;
            IMPORTED.add(id);
            lines.append(Json.createObjectBuilder().add("id", id).add("lang", "vi")
                    .add("title", "Bản tin số " + i + " " + RUN).add("body", ("Nội dung bản tin thứ " + i + " về công thương. ").repeat(20))
                    .add("category", "Tin cụm " + RUN).build()).append('\n');
        }
        assertEquals(ARCHIVE, api.importLines(lines.toString()).json().getInt("created"));

        Editor onA = adminAt(A);
        String name = onA.createAccount("ADMIN", "mat-khau-" + RUN);
        Editor first = Editor.signIn(A, name, "mat-khau-" + RUN);
        Editor second = Editor.signIn(B, name, "mat-khau-" + RUN);
        CompletableFuture<Page> throughA = CompletableFuture.supplyAsync(
                () -> first.submit("/admin/search-index", "form[action=/admin/search-index]", Map.of()));
        CompletableFuture<Page> throughB = CompletableFuture.supplyAsync(
                () -> second.submit("/admin/search-index", "form[action=/admin/search-index]", Map.of()));
        assertEquals(303, throughA.get().status());
        assertEquals(303, throughB.get().status());

        JsonObject progress = progress(second);
        assertEquals(name, progress.getString("startedBy"), "B shows the rebuild, wherever it runs");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!progress.getString("state").equals("done") && System.nanoTime() < deadline) {
            SaolaServer.pause(250);
            progress = progress(second);
        }
        assertEquals("done", progress.getString("state"));
        assertEquals(progress(first), progress, "both nodes show the same progress");
        long runs = CLUSTER.nodes().stream().mapToLong(node -> count(node.logText(), "Search index rebuild started by " + name)).sum();
        assertEquals(1, runs, "asked of both nodes at once, the rebuild ran once");
        assertTrue(api.search("ban tin " + RUN, "vi", 1, 1).json().getInt("total") >= ARCHIVE);
    }

    @Test
    @Order(9)
    void aNodeStoppedGracefullyLosesNoViewsAndTheBalancerGoesOn() {
        Editor editor = adminAt(A);
        long id = editor.createArticle("vi", "Dừng nút " + RUN, "<p>Bài đọc trước khi dừng.</p>", "publish");
        String path = publicPath(editor, id);
        assertEquals(25, Readers.read(B.base(), path, 25, 5));
        SaolaServer restarted;
        B.stop();
        try {
            assertEquals(25, viewsInTheDatabase(id), "the views B held in memory were written when it stopped");
            assertEquals(25, Readers.stats(A, String.valueOf(id)).getJsonNumber("total").longValue(),
                    "A shows them at once: it reads an article's figures from the database");
            assertEquals(20, Readers.read(CLUSTER.balancer(), "/vi/", 20, 2), "the balancer sends everyone to A");
        } finally {
            restarted = B.restarted();
        }
        assertEquals(200, new Browser(restarted).get("/vi/").status());
    }

    /** An article's views as the nodes wrote them, read from PostgreSQL itself. */
    private static long viewsInTheDatabase(long articleId) {
        try (var connection = CLUSTER.database().getConnection();
                var sum = connection.prepareStatement("SELECT COALESCE(SUM(views), 0) FROM page_views WHERE article_id = ?")) {
            sum.setLong(1, articleId);
            try (var rows = sum.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the public reads the article: its address as the editor's form shows it. */
    private static String publicPath(Editor editor, long id) {
        return "/vi/bai-viet/" + editor.get("/admin/articles/" + id + "/vi").document().selectFirst("input[name=slug]").val();
    }

    private static JsonObject progress(Editor editor) {
        String body = editor.browser().get("/admin/search-index/progress.json").response().body();
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }

    private static long count(String text, String needle) {
        long count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
