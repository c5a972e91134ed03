package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestImages;
import vn.saola.testing.TestPostgres;

/**
 * The same WAR with PostgreSQL chosen by configuration only: a representative path through the
 * site on a real PostgreSQL server. This server's first administrator got a random password,
 * printed once in its log.
 */
class PostgresIT {

    private final SaolaServer server = SaolaServer.onPostgres();
    private final Browser browser = new Browser(server);

    @Test
    void theDemoSiteIsServedFromPostgres() {
        assertTrue(server.logText().contains("Database jdbc:postgresql://"), "not on PostgreSQL");
        Page home = browser.get("/vi/");
        assertEquals(200, home.status());
        assertEquals("Sở Công Thương phấn đấu thực hiện có hiệu quả Đề án tái cơ cấu ngành Công thương giai đoạn đến năm 2030",
                home.document().selectFirst("main .article-card h2").text());
        Page article = browser.get(home.document().selectFirst("main .article-card h2 a").attr("href"));
        assertEquals("HST", article.document().selectFirst(".article__byline").text());
        assertTrue(article.document().selectFirst(".language-switcher a").attr("href").startsWith("/switch/en?to=%2Fen%2Farticles%2F"));
        assertEquals("12 June 2024", browser.get("/en/").document().selectFirst("main .article-card time").text());
    }

    @Test
    void notFoundPagesWorkOnPostgresToo() {
        Page missing = browser.get("/en/articles/no-such-article");
        assertEquals(404, missing.status());
        assertEquals("Page not found", missing.document().selectFirst("main h1").text());
    }

    @Test
    void importedArticlesAreSearchableOnPostgres() {
        Api api = new Api(server, printedPassword());
        String word = "postgres" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var report = api.importLines(Api.ndjson(List.of(
                Api.line("pg-" + word, "vi", "Đề án thử nghiệm " + word, "Nội dung về tái cơ cấu ngành.", "Kiểm thử"),
                Api.line("pg-" + word, "en", "Pilot scheme " + word, "About restructuring.", "Tests")))).json();
        assertEquals(2, report.getInt("created"), report.toString());
        try {
            assertEquals(1, api.awaitTotal("de an " + word, "vi", 1));
            assertEquals(2, api.search(word, "all", 1, 10).json().getInt("total"));
        } finally {
            assertEquals(204, api.delete("pg-" + word).status());
        }
    }

    private String printedPassword() {
        Matcher printed = Pattern.compile("user \"admin\", password \"([A-Za-z0-9]+)\"").matcher(server.logText());
        assertTrue(printed.find(), "the first start must print the generated password");
        return printed.group(1);
    }

    record Command(int exit, String output) {
    }

    /** bin/saola-password as an operator runs it on the server's machine, with the server's settings. */
    private static Command resetCommand(String username, String password, String... options) throws Exception {
        List<String> words = new java.util.ArrayList<>(List.of("bash", "bin/saola-password"));
        words.addAll(List.of(options));
        words.add(username);
        ProcessBuilder command = new ProcessBuilder(words).redirectErrorStream(true);
        command.environment().put("SAOLA_DB_URL", TestPostgres.get().jdbcUrl(TestPostgres.SAOLA_DATABASE));
        command.environment().put("SAOLA_DB_USER", "postgres");
        command.environment().put("SAOLA_CONFIG_DIR", "config");
        command.environment().put("SAOLA_NEW_PASSWORD", password);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), output);
        return new Command(process.exitValue(), output);
    }

    @Test
    void theResetCommandSetsAPasswordFromTheMachineWithoutShowingIt() throws Exception {
        Editor admin = Editor.signIn(server, "admin", printedPassword());
        String name = admin.createAccount("EDITOR", "mat-khau-cu-2026");
        String fresh = "dat-lai-" + java.util.UUID.randomUUID();

        Command weak = resetCommand(name, "abababababababab");
        assertEquals(2, weak.exit(), weak.output());
        assertTrue(weak.output().contains("Refused: a password must have 12 to 200 characters, at least 5 of them different."),
                weak.output());
        Command nobody = resetCommand("khong-co-ai", fresh);
        assertEquals(1, nobody.exit(), nobody.output());
        assertTrue(nobody.output().contains("There is no account \"khong-co-ai\""), nobody.output());

        Command done = resetCommand(name, fresh, "--no-two-factor");
        assertEquals(0, done.exit(), done.output());
        assertTrue(done.output().contains("Password of account \"" + name + "\" reset, and its two-factor sign-in turned off,"
                + " from the command line by the system user"), done.output());
        assertTrue(!done.output().contains(fresh), "the password is never printed");
        Editor.signIn(server, name, fresh);
        Page old = browser.postForm("/admin/login", Map.of("_csrf", Editor.csrf(browser.get("/admin/login")),
                "username", name, "password", "mat-khau-cu-2026"));
        assertEquals(401, old.status(), "the old password no longer works");
    }

    @Test
    void theRegisterOfDocumentsWorksOnPostgres() {
        Editor editor = Editor.signIn(server, "admin", printedPassword());
        String word = "pgvanban" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Long issuer = null;
        try {
            long id = editor.createDocument("vi", Map.of("title", "Quyết định trên PostgreSQL " + word,
                    "summary", "Trích yếu.", "body", "<p>.</p>", "action", "publish"));
            issuer = editor.addTerm("issuer", "Sở " + word, "Department " + word);
            assertEquals(303, editor.register(id, Map.of("number", "77/QĐ-SCT", "type", "4", "issuer", String.valueOf(issuer),
                    "field", "10", "issuedOn", "2025-02-03")).status());
            Page list = browser.get("/vi/van-ban?issuer=so-" + word + "&type=quyet-dinh&field=cong-thuong&year=2025&sort=oldest");
            assertEquals(List.of("77/QĐ-SCT Quyết định", "03/02/2025", "Quyết định trên PostgreSQL " + word, "Sở " + word),
                    list.document().select(".register tbody tr td").eachText());
            long article = editor.createArticle("vi", "Tin " + word, "<p>Theo Quyết định 77/QĐ-SCT.</p>", "publish");
            Page news = browser.get("/vi/bai-viet/tin-" + word);
            assertEquals(list.document().selectFirst(".register tbody a").attr("href"),
                    news.document().selectFirst(".article__body a").attr("href"));
            assertEquals(303, editor.submit("/admin/articles/" + article + "/vi", "#linked-documents form.stacked-form",
                    Map.of("number", "77/qđ-sct")).status());
            assertEquals(List.of("77/QĐ-SCT Quyết định trên PostgreSQL " + word), browser.get("/vi/bai-viet/tin-" + word).document()
                    .select(".linked-documents li").eachText(), "a related document, linked by its number");
        } finally {
            editor.cleanUp();
            if (issuer != null) {
                editor.removeTerm(issuer);
            }
        }
    }

    @Test
    void theImageLibraryWorksOnPostgres() throws java.io.IOException {
        Editor editor = Editor.signIn(server, "admin", printedPassword());
        String word = "pganh" + java.util.UUID.randomUUID().toString().substring(0, 6);
        try {
            long image = editor.uploadToLibrary("anh-" + word + ".png", TestImages.png(500));
            String detail = "/admin/media/images/" + image;
            assertEquals(303, editor.submit(detail, "form[action$=/describe]", Map.of("alt_vi", "Ảnh " + word)).status());
            String address = editor.imageAddress(image);
            // Typed in lower case, stored with a capital Ả: PostgreSQL's lower() in the C locale would not match them.
            assertEquals(List.of(String.valueOf(image)), editor.get("/admin/media?q=" + java.net.URLEncoder.encode("ảnh " + word,
                    java.nio.charset.StandardCharsets.UTF_8) + "&month=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                    .document().select(".image-card").eachAttr("data-image"));
            long article = editor.createArticle("vi", "Bài " + word, "<p><img src=\"" + address + "\"></p>", "publish");
            assertEquals(List.of("Bài " + word), editor.get(detail).document().select("#uses li a").eachText());
            assertEquals("Ảnh " + word, browser.get("/vi/bai-viet/bai-" + word).document().selectFirst(".article__body img").attr("alt"));
            editor.browser().postMultipart("/admin/images", Map.of("_csrf", editor.csrf(), "replace", String.valueOf(image)),
                    "image", "moi.png", "image/png", TestImages.png(300));
            String now = editor.imageAddress(image);
            assertEquals(now, browser.get("/vi/bai-viet/bai-" + word).document().selectFirst(".article__body img").attr("src"));
            assertEquals(301, browser.get(address).status());
            editor.delete(article);
            editor.submit("/admin/trash", "form[action=/admin/trash/purge/" + article + "]", Map.of());
            assertEquals(303, editor.submit(detail, "#delete form", Map.of()).status());
            assertEquals(404, browser.get(now).status());
        } finally {
            editor.cleanUp();
        }
    }

    @Test
    void theEditorsWorkspaceWorksOnPostgres() {
        Editor editor = Editor.signIn(server, "admin", printedPassword());
        String word = "pgbientap" + java.util.UUID.randomUUID().toString().substring(0, 6);
        try {
            long id = editor.createArticle("vi", "Bài trên PostgreSQL " + word, "<p>Sản lượng đạt 95%.</p>", "publish");
            assertEquals(303, editor.translate(id, "en", Map.of("title", "On PostgreSQL " + word, "body", "Output 95%.")).status());
            assertEquals("UP_TO_DATE", editor.state(id, "vi", "en"));
            assertEquals("Bài trên PostgreSQL " + word, editor.get("/admin/audit?action=PUBLISH&who=admin").document()
                    .selectFirst(".audit-row td:nth-child(4)").text(), "the audit log, written with the change");
            editor.save(id, "vi", Map.of("body", "<p>Sản lượng đạt 97%.</p>", "slug", "bai-moi-" + word));
            assertEquals("OUTDATED", editor.state(id, "vi", "en"));
            assertEquals(1, editor.get("/admin/articles?needs=en&status=published&q=" + word).document()
                    .select(".article-row").size());
            assertEquals(List.of("97%."), editor.get("/admin/articles/" + id + "/en/translate").document()
                    .select(".diff ins").eachText());
            Page moved = browser.get("/vi/bai-viet/bai-tren-postgresql-" + word);
            assertEquals(301, moved.status());
            assertTrue(moved.header("Location").endsWith("/vi/bai-viet/bai-moi-" + word));
            assertEquals(2, editor.get("/admin/articles/" + id + "/vi/revisions").document().select(".revision-row").size());
            Page first = editor.get("/admin/articles/" + id + "/vi/revisions/1");
            assertEquals(303, editor.submit(first, "form[action$=/restore]", Map.of()).status());
            assertEquals("Sản lượng đạt 95%.", browser.get("/vi/bai-viet/bai-moi-" + word).document()
                    .selectFirst(".article__body").text());
        } finally {
            editor.cleanUp();
        }
    }

    @Test
    void aRebuildThatFailsIsShownToAdministratorsAndTriedAgainByItself() throws Exception {
        Editor admin = Editor.signIn(server, "admin", printedPassword());
        javax.sql.DataSource database = TestPostgres.get().dataSource(TestPostgres.SAOLA_DATABASE);
        // The rebuild reads the translations' table: while it is away, the rebuild fails as it
        // would while the database is unreachable or damaged.
        sql(database, "ALTER TABLE article_translation RENAME TO article_translation_away");
        try {
            assertEquals(303, admin.submit("/admin/search-index", "form[action=/admin/search-index]", Map.of()).status());
            assertEquals("failed", awaitRebuildState(admin, "failed"));
            Page index = admin.get("/admin/search-index");
            assertTrue(index.document().selectFirst(".index-state").text().startsWith("Xây dựng lại thất bại"),
                    index.document().selectFirst(".index-state").text());
            assertTrue(index.document().selectFirst(".index-failure").text().contains("article_translation"),
                    "the cause, as the database gave it: " + index.document().selectFirst(".index-failure").text());
            assertTrue(index.document().selectFirst(".index-retry").text().startsWith("Hệ thống sẽ tự thử lại lúc"));
            assertTrue(admin.get("/admin/").document().selectFirst(".dashboard-index").text()
                    .startsWith("Chỉ mục tìm kiếm chưa đầy đủ"), "the dashboard says so too");
        } finally {
            sql(database, "ALTER TABLE article_translation_away RENAME TO article_translation");
        }
        assertEquals("done", awaitRebuildState(admin, "done"), "tried again later, with nobody pressing anything");
        assertTrue(admin.get("/admin/search-index").document().selectFirst(".index-failure") == null);
        assertTrue(admin.get("/admin/").document().selectFirst(".dashboard-index") == null);
        assertTrue(server.logText().contains("Rebuilding the search index failed (1 time(s) in a row); trying again in 15 s"));
        assertTrue(new Api(server).search("Công Thương", "vi", 1, 1).json().getInt("total") > 0);
    }

    private static String awaitRebuildState(Editor admin, String wanted) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        String state;
        do {
            SaolaServer.pause(250);
            String json = admin.browser().get("/admin/search-index/progress.json").response().body();
            state = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getString("state");
        } while (!state.equals(wanted) && System.nanoTime() < deadline);
        return state;
    }

    private static void sql(javax.sql.DataSource database, String statement) throws java.sql.SQLException {
        try (var connection = database.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    @Test
    void theRandomFirstPasswordFromTheLogSignsIn() {
        String password = printedPassword();
        assertEquals(1, server.logText().split(Pattern.quote(password), -1).length - 1, "printed exactly once");

        Page form = browser.get("/admin/login");
        Page signedIn = browser.postForm("/admin/login", Map.of("_csrf",
                form.document().selectFirst("input[name=_csrf]").attr("value"),
                "username", "admin", "password", password));
        assertEquals(303, signedIn.status());
        assertEquals(200, browser.follow(signedIn).status());
    }
}
