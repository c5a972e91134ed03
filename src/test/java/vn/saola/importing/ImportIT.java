package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** {@code POST /api/import} as tooling uses it, and what the imported articles look like on the site. */
class ImportIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Api api = new Api(server);
    private final String prefix = "import-it-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final List<String> imported = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestImported() {
        imported.stream().distinct().forEach(api::delete);
    }

    @Test
    void aBilingualSampleIsImportedThenUpdatedByReimport() {
        List<JsonObject> sample = track(Api.sample(prefix));
        JsonObject first = api.importLines(Api.ndjson(sample)).json();
        assertEquals(60, first.getInt("created"));
        assertEquals(0, first.getInt("updated"));
        assertEquals(0, first.getInt("rejected"));

        JsonObject again = api.importLines(Api.ndjson(sample)).json();
        assertEquals(0, again.getInt("created"));
        assertEquals(60, again.getInt("updated"));
    }

    @Test
    void linesWithTheSameIdBecomeTranslationsOfOneArticle() {
        String id = prefix + "pair";
        imported.add(id);
        api.importLines(Api.ndjson(List.of(
                Api.line(id, "vi", "Hội nghị xúc tiến đầu tư " + prefix, "Nội dung tiếng Việt.", "Đầu tư " + prefix),
                Api.line(id, "en", "Investment promotion conference " + prefix, "English text.", "Investment " + prefix))));
        Browser browser = new Browser(server);
        Page category = browser.get("/vi/chuyen-muc/dau-tu-" + prefix.replace("-", " ").strip().replace(" ", "-"));
        assertEquals(200, category.status(), "the category is created on the fly with its Vietnamese slug");
        Page article = browser.get(category.document().selectFirst("main .article-card h2 a").attr("href"));
        assertEquals("Hội nghị xúc tiến đầu tư " + prefix, article.document().selectFirst("main h1").text());
        Page english = browser.follow(browser.get(article.document().selectFirst(".language-switcher a").attr("href")));
        assertEquals("Investment promotion conference " + prefix, english.document().selectFirst("main h1").text());
        assertEquals("Investment " + prefix, english.document().selectFirst("main .eyebrow a").text());
    }

    @Test
    void aCategoryIsFoundByItsNameWhateverTheCaseSpacesOrUnicodeForm() {
        String one = prefix + "name-1";
        String two = prefix + "name-2";
        imported.add(one);
        imported.add(two);
        String name = "Khuyến công " + prefix;
        String sameName = Normalizer.normalize("  " + name.toUpperCase(Locale.ROOT).replace(" ", "  "), Normalizer.Form.NFD);
        api.importLines(Api.ndjson(List.of(Api.line(one, "vi", "Bài một " + prefix, "Nội dung.", name),
                Api.line(two, "vi", "Bài hai " + prefix, "Nội dung.", sameName))));
        Page category = new Browser(server).get("/vi/chuyen-muc/khuyen-cong-" + prefix.substring(0, prefix.length() - 1));
        assertEquals(200, category.status());
        assertEquals(name.strip(), category.document().selectFirst("main h1").text());
        assertEquals(2, category.document().select("main .article-card").size(), "both articles in the one category");
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumberAndTheGoodOnesStillImported() {
        String good = prefix + "good";
        imported.add(good);
        String body = String.join("\n",
                Api.line(good, "vi", "Bài tốt " + prefix, "Nội dung", "Kiểm thử").toString(),
                "{this is not json",
                Api.line(prefix + "fr", "fr", "Titre", "Texte", "Essai").toString(),
                "{\"id\":\"" + prefix + "untitled\",\"lang\":\"vi\",\"body\":\"x\",\"category\":\"y\"}",
                Api.line(prefix + "long", "vi", "x".repeat(501), "Nội dung", "Kiểm thử").toString(),
                "",
                Api.line(good, "en", "Good article", "Text", "Tests").toString()) + "\n";
        JsonObject report = api.importLines(body, "Accept-Language", "en").json();
        assertEquals(2, report.getInt("created"));
        assertEquals(4, report.getInt("rejected"));
        var errors = report.getJsonArray("errors");
        assertEquals(2, errors.getJsonObject(0).getInt("line"));
        assertEquals("the line is not valid JSON", errors.getJsonObject(0).getString("reason"));
        assertEquals(3, errors.getJsonObject(1).getInt("line"));
        assertEquals(prefix + "fr", errors.getJsonObject(1).getString("id"));
        assertEquals("language \"fr\" is not supported (only vi or en)", errors.getJsonObject(1).getString("reason"));
        assertEquals("missing field \"title\"", errors.getJsonObject(2).getString("reason"));
        assertEquals("field \"title\" is longer than 500 characters", errors.getJsonObject(3).getString("reason"));
        assertEquals(5, errors.getJsonObject(3).getInt("line"));

        JsonObject vietnamese = api.importLines("{oops\n", "Accept-Language", "vi").json();
        assertEquals("dòng không phải JSON hợp lệ", vietnamese.getJsonArray("errors").getJsonObject(0).getString("reason"));
        assertEquals(1, api.awaitTotal(prefix, "vi", 1), "the good line is searchable");
    }

    @Test
    void htmlBodiesAreSanitisedOnTheWayIn() {
        String id = prefix + "html";
        imported.add(id);
        api.importLines(Api.ndjson(List.of(Api.line(id, "vi", "Bài có HTML " + prefix,
                "<p onclick=\"steal()\">Đoạn <strong>đậm</strong><script>alert('x')</script>"
                        + "<a href=\"javascript:alert(1)\">liên kết</a></p>", "Kiểm thử HTML " + prefix))));
        api.awaitTotal(prefix, "vi", 1);
        Page article = new Browser(server).get(api.search(prefix, "vi", 1, 1).json()
                .getJsonArray("hits").getJsonObject(0).getString("url"));
        var body = article.document().selectFirst(".article__body");
        assertEquals("đậm", body.selectFirst("strong").text());
        assertTrue(body.select("script").isEmpty());
        assertFalse(body.html().contains("onclick"));
        assertFalse(body.html().contains("javascript:"));
    }

    @Test
    void onlyAnAdministratorMayImport() {
        String line = Api.ndjson(List.of(Api.line(prefix + "x", "vi", "T", "B", "C")));
        var anonymous = api.send(api.request("/api/import").header("Content-Type", "application/x-ndjson")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(line)).build());
        assertEquals(401, anonymous.status());
        var wrongPassword = api.send(api.request("/api/import").header("Content-Type", "application/x-ndjson")
                .header("Authorization", Browser.basic("admin", "wrong"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(line)).build());
        assertEquals(401, wrongPassword.status());
        var wrongType = api.send(api.request("/api/import").header("Content-Type", "text/csv")
                .header("Authorization", Browser.basic("admin", server.adminPassword()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a,b")).build());
        assertEquals(415, wrongType.status());
        assertTrue(wrongType.body().startsWith("{"), wrongType.body());
    }

    private List<JsonObject> track(List<JsonObject> lines) {
        lines.forEach(line -> imported.add(line.getString("id")));
        return lines;
    }
}
