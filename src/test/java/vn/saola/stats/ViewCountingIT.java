package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;

/** What counts as a view, what the widget and the statistics then show (DESIGN.md, "View counting"). */
public class ViewCountingIT {

    /** The seed article of the demo content, on every server. */
    public static final String SEED_ID = "demo-so-cong-thuong-tai-co-cau-2030";
    public static final String SEED_PATH = "/vi/bai-viet/so-cong-thuong-phan-dau-thuc-hien-co-hieu-qua-de-an-tai-co-cau-nganh-cong-thuong-giai-doan-den-nam-2030";

    private final SaolaServer server = SaolaServer.embedded();
    private final Api api = new Api(server);
    private final Browser browser = new Browser(server);
    private final String word = "luotxem" + UUID.randomUUID().toString().substring(0, 8);
    private final String id = "views-" + word;

    @AfterEach
    void cleanUp() {
        api.delete(id);
    }

    private String[] importArticle() {
        api.importLines(Api.ndjson(List.of(
                Api.line(id, "vi", "Bản tin " + word, "Nội dung bản tin.", "Thống kê"),
                Api.line(id, "en", "Bulletin " + word, "The bulletin.", "Statistics"))));
        assertEquals(2, api.awaitTotal(word, "all", 2));
        String vi = null;
        String en = null;
        for (var hit : api.search(word, "all", 1, 10).json().getJsonArray("hits")) {
            JsonObject h = hit.asJsonObject();
            if (h.getString("lang").equals("vi")) {
                vi = h.getString("url");
            } else {
                en = h.getString("url");
            }
        }
        return new String[] { vi, en };
    }

    private void send(String method, String path, String... headers) {
        api.send(api.request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aReaderGettingAPageCountsForTheArticleAndTheSiteAndNothingElseCounts() {
        String[] paths = importArticle();
        long siteBefore = Readers.awaitStat(server, null, "total", 0);

        // none of these is a view
        send("GET", paths[0], "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        send("GET", paths[0], "User-Agent", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");
        send("GET", paths[0], "User-Agent", "curl/8.5.0");
        send("GET", paths[0]); // the test client's own User-Agent
        send("HEAD", paths[0], "User-Agent", Browser.READER);
        send("GET", paths[0], "User-Agent", Browser.READER, "Sec-Purpose", "prefetch");
        send("GET", paths[0], "User-Agent", Browser.READER, "Purpose", "prefetch");
        send("GET", "/vi/bai-viet/khong-co-bai-nay-" + word, "User-Agent", Browser.READER);
        send("GET", "/assets/saola.css", "User-Agent", Browser.READER);
        send("GET", "/api/search?q=" + word, "User-Agent", Browser.READER);
        send("GET", "/admin/login", "User-Agent", Browser.READER);

        // these are: five readings of the Vietnamese page, two of the English one
        assertEquals(5, Readers.read(server, paths[0], 5, 1));
        assertEquals(2, Readers.read(server, paths[1], 2, 1));

        assertEquals(7, Readers.awaitStat(server, id, "total", 7));
        JsonObject article = Readers.stats(server, id);
        assertEquals(7, article.getInt("today"));
        assertEquals(7, article.getInt("month"));
        assertEquals(7, article.getInt("year"));
        assertEquals(1, article.getInt("visitors"), "one reader (one address, one browser) is one visitor");
        assertEquals(siteBefore + 7, Readers.stats(server, null).getJsonNumber("total").longValue());

        // the article page shows its views, the widget the site's
        Page vi = browser.get(paths[0]);
        assertEquals("Lượt xem: 7", vi.document().selectFirst(".article__views").text());
        JsonObject site = Readers.stats(server, null);
        Element widget = vi.document().selectFirst("footer .view-counter");
        assertEquals("Thống kê truy cập", widget.selectFirst("h2").text());
        assertEquals(String.format("%06d", site.getInt("visitors")), widget.selectFirst(".view-counter__odometer").text());
        assertEquals(List.of("Lượt xem hôm nay", "Lượt xem tháng này", "Lượt xem năm nay", "Tổng lượt xem"),
                widget.select("dt").eachText());
        assertEquals(vi.document().selectFirst("footer dd").text(), viNumber(site.getJsonNumber("today").longValue()));
        assertEquals("Views: 7", browser.get(paths[1]).document().selectFirst(".article__views").text());
        assertEquals("View counter", browser.get(paths[1]).document().selectFirst("footer .view-counter h2").text());
    }

    @Test
    void administratorsSeeTheMostReadArticlesAndExportTheDaysAsCsv() {
        String[] paths = importArticle();
        Readers.read(server, paths[0], 3, 1);
        Readers.read(server, paths[1], 1, 1);
        assertEquals(4, Readers.awaitStat(server, id, "total", 4));

        assertEquals(302, browser.get("/admin/stats").status(), "signed-out visitors go to the login form");
        assertEquals(302, browser.get("/admin/stats/export.csv").status());
        browser.signInAsAdmin();
        Page stats = browser.get("/admin/stats?period=today");
        assertEquals(200, stats.status());
        assertEquals("Thống kê truy cập", stats.document().selectFirst("h1").text());
        Element row = stats.document().select("table.stats-table tr").stream()
                .filter(tr -> tr.text().contains("Bản tin " + word)).findFirst().orElseThrow();
        assertEquals(List.of("Bản tin " + word, "3", "1", "4"), row.select("td").eachText());
        assertEquals(3, stats.document().select("svg.stats-chart").size(), "days, months and years");
        assertTrue(stats.document().select("svg.stats-chart text").eachText().stream().anyMatch(t -> !t.isEmpty()));

        String articleStats = row.selectFirst("a").attr("href");
        Page article = browser.get(articleStats);
        assertEquals("Thống kê: Bản tin " + word, article.document().selectFirst("h1").text());
        String ownId = articleStats.substring(articleStats.lastIndexOf('/') + 1);

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Page csv = browser.get("/admin/stats/export.csv?from=" + today + "&to=" + today + "&article=" + ownId);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String body = csv.response().body();
        assertTrue(body.startsWith("\uFEFFNgày,Mã bài viết,Tiêu đề tiếng Việt"), body);
        assertTrue(body.contains(today + ",\"" + id + "\",\"Bản tin " + word + "\",\"Bulletin " + word + "\",3,1,4,1"), body);

        assertEquals(400, browser.get("/admin/stats/export.csv?from=25/11/2026&to=x").status());
        assertTrue(browser.get("/admin/stats?period=range&from=2026-12-01&to=2026-01-01").text()
                .contains("Ngày bắt đầu phải trước ngày kết thúc."));
    }

    @Test
    void unknownArticlesHaveNoStatistics() {
        Api.Answer answer = api.send(api.request("/api/stats?article=khong-co-" + word).GET().build());
        assertEquals(404, answer.status());
        assertEquals(404, api.send(api.request("/api/stats?article=" + "x".repeat(5000)).GET().build()).status());
    }

    @Test
    void thirtyTwoReadersAtOnceOnPostgresqlLoseNoView() {
        SaolaServer postgres = SaolaServer.onPostgres();
        long before = Readers.awaitStat(postgres, SEED_ID, "total", 0);
        assertEquals(20_000, Readers.read(postgres, SEED_PATH, 20_000, 32));
        assertEquals(before + 20_000, Readers.awaitStat(postgres, SEED_ID, "total", before + 20_000));
        assertEquals(32, Readers.stats(postgres, SEED_ID).getInt("visitors"), "32 browsers: 32 visitors");
        String widget = new Browser(postgres).get(SEED_PATH).document().selectFirst(".article__views").text();
        assertEquals("Lượt xem: " + viNumber(before + 20_000), widget, "thousands grouped the Vietnamese way");
    }

    private static String viNumber(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }
}
