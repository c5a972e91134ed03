package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.WordPressExports;

/**
 * A WordPress site moves in, on a server of its own without demo content: the real export's
 * excerpt through the API (with its uploads), Polylang's pairs through the administrators' page
 * (preview, authors' bylines, progress, report), and hostile or broken files refused without a
 * change. What is checked is what a reader sees: titles, dates, pages under their parents, the
 * featured image and its text alternative, and every old address answering 301 to the new one.
 */
class WordPressImportIT {

    private static final String POST_4 = "/2024/02/so-cong-thuong-phan-dau-thuc-hien-co-hieu-qua-de-an-tai-co-cau-nganh-cong-thuong-giai-doan-den-nam-2030/";

    private static SaolaServer server;
    private static Api api;
    private static Editor admin;

    @BeforeAll
    static void startAnEmptySite() {
        server = SaolaServer.dedicated("wordpress", Map.of("SAOLA_DEMO_CONTENT", "false"));
        api = new Api(server);
        admin = Editor.admin(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theRealExportMovesInWithItsImagesAndEveryOldAddress() {
        Api.Answer first = importExport(WordPressExports.excerpt(), uploadsZip(), "vi");
        assertEquals(200, first.status(), first.body());
        JsonObject report = first.json();
        assertEquals(11, report.getInt("created"), report.toString()); // 6 posts and 5 pages; the attachment is a file
        assertEquals(0, report.getInt("updated"), report.toString());
        assertTrue(report.getJsonArray("skipped").toString().contains("2 bình luận"), report.toString());
        // Each post and page by its permalink and its ?p= or ?page_id= address (one when they are the same), the image by three.
        assertEquals(22, report.getInt("redirects"), report.toString());

        Browser reader = new Browser(server);
        // A post: its old pretty permalink and its ?p= address lead to it; its date is the old site's.
        String post4 = movedTo(reader, POST_4);
        assertEquals("/vi/bai-viet/so-cong-thuong-phan-dau-thuc-hien-co-hieu-qua-de-an-tai-co-cau-nganh-cong-thuong-giai-doan-den-nam-2030", post4);
        assertEquals(post4, movedTo(reader, "/?p=4"));
        Document article = reader.get(post4).document();
        assertTrue(article.selectFirst("h1").text().startsWith("Sở Công Thương phấn đấu thực hiện có hiệu quả Đề án"), article.title());
        assertEquals("2024-02-02T08:01:00+07:00", article.selectFirst("article time[datetime]").attr("datetime"));
        Element featured = article.selectFirst("figure.article__image img");
        assertNotNull(featured, "post 4's featured image");
        assertEquals("Gian hàng tại hội chợ thương mại", featured.attr("alt"));
        assertEquals(200, reader.getBytes(featured.attr("src")).statusCode());

        // The byline is the author's name on the old site; the excerpt is the summary.
        Document hello = reader.get(movedTo(reader, "/2024/01/hello-world/")).document();
        assertEquals("Hello world!", hello.selectFirst("h1").text());
        assertTrue(hello.select(".article__author, .article__byline").text().contains("Phòng Quản lý Thương mại"), hello.title());

        // Pages keep their parents; their old addresses, with or without the slash, lead to them.
        String child = movedTo(reader, "/gioi-thieu/co-cau-to-chuc/");
        assertEquals("/vi/gioi-thieu/co-cau-to-chuc", child);
        assertEquals(child, movedTo(reader, "/?page_id=1710"));
        assertEquals("/vi/lien-he", movedTo(reader, "/lien-he"));
        Document page = reader.get(child).document();
        assertEquals("Cơ cấu tổ chức", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("nav.breadcrumbs").text().contains("Giới thiệu"), page.selectFirst("nav.breadcrumbs").text());
        assertTrue(page.select("main li").text().contains("Phòng Quản lý Công nghiệp"));

        // The image's old addresses (its file, its attachment page, ?attachment_id=) lead to the library's copy.
        String image = movedTo(reader, "/wp-content/uploads/2026/11/hoi-cho-bac-kan.png");
        assertEquals(featured.attr("src"), image);
        assertEquals(image, movedTo(reader, "/2024/01/hello-world/hoi-cho-thuong-mai-bac-kan/"));
        assertEquals(image, movedTo(reader, "/?attachment_id=1706"));
        Document library = admin.get("/admin/media").document();
        assertEquals(1, library.select("img[src*=" + image.substring(image.lastIndexOf('/') + 1, image.lastIndexOf('.')) + "]").size(),
                "the image is in the library once");

        // A draft and a scheduled post are imported, and not public.
        assertNotEquals(301, reader.get("/?p=1707").status());
        assertNotEquals(301, reader.get("/?p=1708").status());
        String drafts = admin.get("/admin/articles").text();
        assertTrue(drafts.contains("Bản nháp: kế hoạch xúc tiến thương mại 2025"), "the draft is among the articles");
        assertTrue(drafts.contains("Hẹn giờ: thông báo lịch tiếp công dân"), "the scheduled post is among the articles");

        // Tags are search keywords: "Hello world!" has no such words in its text.
        assertTrue(awaitSearch("chuyển đổi số").contains("hello-world"), "found by its tag");

        // The same export again updates what it made, and adds nothing.
        JsonObject again = importExport(WordPressExports.excerpt(), uploadsZip(), "vi").json();
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(11, again.getInt("updated"), again.toString());
        assertEquals(1, admin.get("/admin/media").document().select("img[src*="
                + image.substring(image.lastIndexOf('/') + 1, image.lastIndexOf('.')) + "]").size(), "still once");
    }

    @Test
    void anAdministratorPreviewsMapsAuthorsAndImportsPolylangPairs() {
        Browser.Page form = admin.get("/admin/import/wordpress");
        assertEquals(200, form.status());
        Browser.Page sent = admin.browser().postMultipart("/admin/import/wordpress/upload", Map.of("_csrf", admin.csrf()),
                "wxr", "polylang-export.xml", "application/xml", WordPressExports.polylang());
        assertEquals(302, sent.status(), sent.text());
        String preview = sent.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(preview.matches("/admin/import/wordpress/[0-9a-f]{32}"), preview);

        Browser.Page shown = admin.get(preview);
        String text = shown.document().selectFirst("main").text();
        assertTrue(text.contains("Từ trang http://so-ngoai-vu.example"), text);
        assertTrue(text.contains("Bài đã đăng 3") && text.contains("Trang 2"), text);
        assertTrue(text.contains("cặp bản dịch của Polylang"), text);
        assertEquals("quantri", shown.document().selectFirst("input[name=byline.quantri]").attr("value"));

        Browser.Page started = admin.submit(shown, "form[action$=/start]", Map.of("byline.quantri", "Phòng Hợp tác quốc tế"));
        assertEquals(303, started.status(), started.text());
        Document report = awaitReport(preview);
        assertEquals("5", report.selectFirst("td.created").text(), report.selectFirst("main").text());
        assertEquals("0", report.selectFirst("td.updated").text());

        Browser reader = new Browser(server);
        String vi = movedTo(reader, "/2024/05/doan-cong-tac-tham-nhat-ban/");
        String en = movedTo(reader, "/en/2024/05/provincial-delegation-visits-japan/");
        assertEquals("/vi/bai-viet/doan-cong-tac-tham-nhat-ban", vi);
        assertEquals("/en/articles/provincial-delegation-visits-japan", en);
        Document article = reader.get(vi).document();
        assertEquals(en, article.selectFirst("link[rel=alternate][hreflang=en]").attr("href").replaceFirst("^https?://[^/]+", ""),
                "one article in two languages");
        assertEquals("Hai bên thống nhất mở rộng hợp tác về nông nghiệp và đào tạo nghề.",
                article.select("article p").stream().map(Element::text).filter(p -> p.startsWith("Hai bên")).findFirst().orElse(""),
                "the classic editor's blank line is a new paragraph");
        assertTrue(article.select(".article__author, .article__byline").text().contains("Phòng Hợp tác quốc tế"));
        assertEquals("Foreign affairs", reader.get(en).document().select("a[href^=/en/categories/]").stream()
                .map(Element::text).filter("Foreign affairs"::equals).findFirst().orElse(""), "the category's English name");
        // Polylang's English address of the page is Saola's own; the Vietnamese one moves.
        Document page = reader.get(movedTo(reader, "/gioi-thieu-chung/")).document();
        assertEquals("Giới thiệu chung", page.selectFirst("h1").text());
        assertEquals("/en/about-us", page.selectFirst("link[rel=alternate][hreflang=en]").attr("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, reader.get("/en/about-us/").status());
    }

    @Test
    void imagesInBodiesAreTakenFromTheUploadsOrLeftWhereTheyWere() {
        String id = String.valueOf(800_000 + Math.abs(UUID.randomUUID().hashCode() % 99_999));
        String export = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<wp:base_site_url>http://anh.example</wp:base_site_url><item><title>Ảnh " + id + "</title>"
                + "<link>http://anh.example/2024/03/anh-" + id + "/</link><wp:post_id>" + id + "</wp:post_id>"
                + "<wp:post_date>2024-03-01 08:00:00</wp:post_date><wp:post_name>anh-" + id + "</wp:post_name>"
                + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type><content:encoded><![CDATA["
                + "<p><img src=\"http://anh.example/wp-content/uploads/2026/11/hoi-cho-bac-kan-300x158.png\" alt=\"Hội chợ\"></p>"
                + "<p><img src=\"http://anh.example/wp-content/uploads/2019/01/khong-co.png\" alt=\"Thiếu\"></p>]]>"
                + "</content:encoded></item></channel></rss>";
        JsonObject report = importExport(export.getBytes(StandardCharsets.UTF_8), uploadsZip(), "vi").json();
        assertEquals(1, report.getInt("created"), report.toString());
        assertTrue(report.getJsonArray("skipped").toString().contains("http://anh.example/wp-content/uploads/2019/01/khong-co.png"),
                "the missing image is reported: " + report);

        Browser reader = new Browser(server);
        Document article = reader.get(movedTo(reader, "/2024/03/anh-" + id + "/")).document();
        String shown = article.selectFirst("article img[alt=Hội chợ]").attr("src");
        assertTrue(shown.startsWith("/uploads/"), "the body shows the library's copy of the original: " + shown);
        assertEquals(shown, movedTo(reader, "/wp-content/uploads/2026/11/hoi-cho-bac-kan-300x158.png"),
                "WordPress's narrower copy leads to it too");
        // Saola's pages show no image from elsewhere: a link to where it was, named by its text alternative.
        Element missing = article.selectFirst("article a[href=http://anh.example/wp-content/uploads/2019/01/khong-co.png]");
        assertNotNull(missing, "a link to the image's old address");
        assertEquals("Thiếu", missing.text());
    }

    @Test
    void aHostileOrBrokenFileIsRefusedAndChangesNothing() {
        String id = String.valueOf(700_000 + Math.abs(UUID.randomUUID().hashCode() % 99_999));
        String item = "<item><title>Bài " + id + "</title><link>http://hostile.example/2024/09/bai-" + id + "/</link>"
                + "<wp:post_id>" + id + "</wp:post_id><wp:post_date>2024-09-01 08:00:00</wp:post_date>"
                + "<wp:post_name>bai-" + id + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                + "<content:encoded><![CDATA[<p>Nội dung.</p>]]></content:encoded></item>";
        String head = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<wp:base_site_url>http://hostile.example</wp:base_site_url>";
        String whole = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + head + item + "<item><title>Sau</title></item></channel></rss>";

        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + head + item.replace("Nội dung.", "&xxe;") + "</channel></rss>", "DTD");
        refusals.put("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + head + item.replace("Nội dung.", "&c;") + "</channel></rss>", "DTD");
        refusals.put(whole.substring(0, whole.indexOf("<item><title>Sau")) + "<item><ti", "cắt ngang");
        refusals.put("<rss version=\"2.0\"><channel><title>Tin</title>" + item.replaceAll("</?wp:[a-z_]+>", "")
                + "</channel></rss>", "không phải tệp xuất của WordPress");
        refusals.put(whole.replace("</channel>", "<broken></channel>"), "không hợp lệ ở dòng");
        refusals.forEach((xml, reason) -> {
            Api.Answer refused = importExport(xml.getBytes(StandardCharsets.UTF_8), null, "vi");
            assertEquals(400, refused.status(), reason + ": " + refused.body());
            assertTrue(refused.json().getString("error").contains(reason), refused.body());
        });
        byte[] latin1 = whole.replace("Nội dung.", "Café à la carte.").getBytes(StandardCharsets.ISO_8859_1);
        Api.Answer wrongEncoding = importExport(latin1, null, "en");
        assertEquals(400, wrongEncoding.status(), wrongEncoding.body());
        assertTrue(wrongEncoding.json().getString("error").contains("not in the encoding it declares"), wrongEncoding.body());

        Browser reader = new Browser(server);
        assertEquals(404, reader.get("/2024/09/bai-" + id + "/").status(), "the item before the break was not imported");
        Api.Answer anonymous = api.send(api.request("/api/import/wordpress", "Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(whole)).build());
        assertEquals(401, anonymous.status(), "administrators only");
        assertEquals(404, reader.get("/vi/bai-viet/bai-" + id).status());
    }

    private static Api.Answer importExport(byte[] wxr, byte[] uploads, String language) {
        String boundary = "saola" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"wxr\"; filename=\"export.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(wxr);
        if (uploads != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploads\"; filename=\"uploads.zip\"\r\n"
                    + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(uploads);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/import/wordpress", "Content-Type", "multipart/form-data; boundary=" + boundary,
                "Authorization", "Bearer " + api.token(), "Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Where an old address leads: it must answer 301, to a path of this site. */
    private static String movedTo(Browser reader, String oldPath) {
        Browser.Page answer = reader.get(oldPath);
        assertEquals(301, answer.status(), oldPath + " answers " + answer.status());
        return answer.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static Document awaitReport(String page) {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            Document shown = admin.get(page).document();
            if (shown.selectFirst("td.created") != null) {
                return shown;
            }
            sleep();
        }
        throw new AssertionError("the import did not finish within two minutes: " + admin.get(page).text());
    }

    private static String awaitSearch(String words) {
        Instant until = Instant.now().plus(Api.SEARCHABLE_WITHIN);
        String found = "";
        while (Instant.now().isBefore(until)) {
            found = api.search(words, "vi", 1, 50).body();
            if (found.contains("hello-world")) {
                return found;
            }
            sleep();
        }
        return found;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The old site's uploads folder as an administrator zips it: {@code uploads/2026/11/…}. */
    private static byte[] uploadsZip() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : new String[] {"hoi-cho-bac-kan.png", "hoi-cho-bac-kan-300x158.png", "hoi-cho-bac-kan-150x150.png"}) {
                out.putNextEntry(new ZipEntry("uploads/2026/11/" + name));
                out.write(WordPressExports.resource("uploads/2026/11/" + name));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }
}
