package vn.saola.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** The share row, the metadata link previews read, the feeds, the sitemap and robots.txt, on the real server. */
class BeingFoundIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Browser visitor = new Browser(server);
    private final Editor editor = Editor.admin(server);
    private final String word = "timthay" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    private static String meta(Document page, String property) {
        Element found = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return found == null ? null : found.attr("content");
    }

    private static List<String> metas(Document page, String property) {
        return page.select("meta[property=" + property + "]").eachAttr("content");
    }

    @Test
    void theShareRowLinksTheCanonicalAddressOfTheLanguageBeingRead() {
        long id = editor.createArticle("vi", "Chia sẻ: điện & nước " + word, "<p>Nội dung.</p>", "publish");
        String path = "/vi/bai-viet/chia-se-dien-nuoc-" + word;
        Page page = visitor.get(path);
        String canonical = page.document().selectFirst("link[rel=canonical]").attr("href");
        assertEquals(server.base() + path, canonical);
        String encoded = ShareLinks.encode(canonical);
        Element row = page.document().selectFirst("section.share");
        assertEquals("Chia sẻ", row.selectFirst("h2").text());
        assertEquals("https://www.facebook.com/sharer/sharer.php?u=" + encoded, row.selectFirst(".share__facebook").attr("href"));
        assertEquals("https://twitter.com/intent/tweet?text=Chia%20s%E1%BA%BB%3A%20%C4%91i%E1%BB%87n%20%26%20n%C6%B0%E1%BB%9Bc%20"
                + word + "&url=" + encoded, row.selectFirst(".share__x").attr("href"));
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded, row.selectFirst(".share__linkedin").attr("href"));
        assertTrue(row.selectFirst(".share__email").attr("href").startsWith(
                "mailto:?subject=Chia%20s%E1%BA%BB%3A%20%C4%91i%E1%BB%87n%20%26%20n%C6%B0%E1%BB%9Bc%20" + word + "&body="));
        assertTrue(row.selectFirst(".share__email").attr("href").endsWith("%0A%0A" + encoded + "%0A%0A%E2%80%93%20"
                + ShareLinks.encode(page.document().selectFirst(".site-name").text())), "the address, then the site it is on");
        assertEquals(canonical, row.selectFirst(".share__zalo").attr("data-share-url"));
        assertEquals(canonical, row.selectFirst(".share__copy").attr("data-share-url"));
        assertEquals(canonical, row.selectFirst("#share-address a").attr("href"), "without JavaScript the address is there to copy");
        assertEquals("Chia sẻ lên Facebook", row.selectFirst(".share__facebook").attr("aria-label"));
        assertTrue(page.document().select("script[src^=http], iframe, img[src^=http]").isEmpty(),
                "nothing is fetched from a third party when the page loads");
        assertEquals("Nguồn: " + canonical, page.document().selectFirst(".print-url").text(), "printed after the article");

        editor.translate(id, "en", Map.of("title", "Sharing: power & water " + word, "body", "Body.", "action", "publish"));
        Page english = visitor.get("/en/articles/sharing-power-water-" + word);
        assertEquals("https://www.facebook.com/sharer/sharer.php?u="
                + ShareLinks.encode(server.base() + "/en/articles/sharing-power-water-" + word),
                english.document().selectFirst(".share__facebook").attr("href"), "the English page shares the English address");
        assertEquals("Share", english.document().selectFirst("section.share h2").text());
    }

    @Test
    void aTranslatedArticleNamesBothLocalesAndAnUntranslatedOneOnlyItsOwn() {
        long id = editor.createArticle("vi", Map.of("title", "Siêu dữ liệu " + word, "summary", "Tóm tắt cho bản xem trước.",
                "body", "<p>Nội dung.</p>", "author", "Phòng Quản lý", "action", "publish"));
        Document vi = visitor.get("/vi/bai-viet/sieu-du-lieu-" + word).document();
        assertEquals("article", meta(vi, "og:type"));
        assertEquals("Siêu dữ liệu " + word, meta(vi, "og:title"));
        assertEquals("Tóm tắt cho bản xem trước.", meta(vi, "og:description"));
        assertEquals("Tóm tắt cho bản xem trước.", vi.selectFirst("meta[name=description]").attr("content"));
        assertEquals(server.base() + "/vi/bai-viet/sieu-du-lieu-" + word, meta(vi, "og:url"));
        assertEquals(server.base() + "/assets/og-default.png", meta(vi, "og:image"), "the site's image when the article has none");
        assertEquals("vi_VN", meta(vi, "og:locale"));
        assertEquals(List.of(), metas(vi, "og:locale:alternate"), "no English yet");
        assertTrue(meta(vi, "article:published_time").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00"));
        assertNotNull(meta(vi, "article:section"));
        assertEquals("summary_large_image", meta(vi, "twitter:card"));
        JsonObject ld = Json.createReader(new StringReader(vi.selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("NewsArticle", ld.getString("@type"));
        assertEquals("Siêu dữ liệu " + word, ld.getString("headline"));
        assertEquals("vi", ld.getString("inLanguage"));
        assertEquals("Phòng Quản lý", ld.getJsonObject("author").getString("name"));
        assertEquals(meta(vi, "article:published_time"), ld.getString("datePublished"));
        assertNotNull(ld.getString("dateModified"));
        assertEquals(server.base() + "/assets/og-default.png", ld.getJsonArray("image").getString(0));
        assertTrue(ld.getJsonObject("publisher").getString("name").startsWith("Sở Công Thương"));

        editor.translate(id, "en", Map.of("title", "Metadata </script><b>" + word, "body", "Body.", "action", "publish"));
        Document viAgain = visitor.get("/vi/bai-viet/sieu-du-lieu-" + word).document();
        assertEquals(List.of("en_US"), metas(viAgain, "og:locale:alternate"));
        Page en = visitor.get("/en/articles/metadata-script-b-" + word);
        assertEquals("en_US", meta(en.document(), "og:locale"));
        assertEquals(List.of("vi_VN"), metas(en.document(), "og:locale:alternate"));
        JsonObject enLd = Json.createReader(new StringReader(en.document().selectFirst("script[type=application/ld+json]").data()))
                .readObject();
        assertEquals("Metadata </script><b>" + word, enLd.getString("headline"), "a title cannot end the script early");
        assertTrue(en.response().body().contains("Metadata \\u003c/script\\u003e"));
    }

    private SyndFeed feed(String path) throws Exception {
        Page page = visitor.get(path);
        assertEquals(200, page.status(), path);
        assertEquals("application/rss+xml; charset=UTF-8", page.header("Content-Type").replace(";charset", "; charset"));
        return new SyndFeedInput().build(new StringReader(page.response().body()));
    }

    @Test
    void feedsPerLanguageAndCategoryCarryTheNewestTwentyEscapedAndFollowDeletions() throws Exception {
        long first = editor.createArticle("vi", "Giá điện <tăng> & \"giảm\" " + word, "<p>Nội dung.</p>", "publish");
        SyndFeed vi = feed("/vi/rss.xml");
        assertEquals("rss_2.0", vi.getFeedType());
        assertEquals("vi-VN", vi.getLanguage());
        assertTrue(vi.getEntries().size() <= 20);
        SyndEntry newest = vi.getEntries().get(0);
        assertEquals("Giá điện <tăng> & \"giảm\" " + word, newest.getTitle(), "escaped in the XML, intact once parsed");
        assertEquals(server.base() + "/vi/bai-viet/gia-dien-tang-giam-" + word, newest.getLink());
        assertNotNull(newest.getPublishedDate());
        for (int i = 1; i < vi.getEntries().size(); i++) {
            assertTrue(!vi.getEntries().get(i).getPublishedDate().after(vi.getEntries().get(i - 1).getPublishedDate()),
                    "newest first");
        }
        assertTrue(feed("/en/rss.xml").getEntries().stream().noneMatch(e -> e.getTitle().contains(word)), "only English");

        Document home = visitor.get("/vi/").document();
        assertEquals("/vi/rss.xml", home.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"));
        Element categoryLink = visitor.get("/vi/bai-viet/gia-dien-tang-giam-" + word).document()
                .selectFirst(".article .eyebrow a");
        String categoryPath = categoryLink.attr("href");
        Document category = visitor.get(categoryPath).document();
        String categoryFeed = category.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href").stream()
                .filter(href -> !href.equals("/vi/rss.xml")).findFirst().orElseThrow();
        assertEquals(categoryPath + "/rss.xml", categoryFeed);
        SyndFeed inCategory = feed(categoryFeed);
        assertTrue(inCategory.getEntries().stream().allMatch(e -> e.getCategories().stream()
                .anyMatch(c -> c.getName().equals(categoryLink.text()))), "only that category");
        assertTrue(inCategory.getTitle().startsWith(categoryLink.text() + " – "));
        assertTrue(inCategory.getEntries().stream().anyMatch(e -> e.getTitle().contains(word)));

        editor.cleanUp();
        assertTrue(feed("/vi/rss.xml").getEntries().stream().noneMatch(e -> e.getTitle().contains(word)), "deleted: gone");
        assertEquals(404, visitor.get("/vi/chuyen-muc/khong-co/rss.xml").status());
        assertEquals(404, visitor.get("/vi/categories/tin-tuc-su-kien/rss.xml").status());
        assertTrue(first > 0);
    }

    @Test
    void theSitemapIsValidAndListsEveryPublishedTranslationWithItsAlternates() throws Exception {
        long id = editor.createArticle("vi", "Sơ đồ trang " + word, "<p>Nội dung.</p>", "publish");
        editor.translate(id, "en", Map.of("title", "Site map " + word, "body", "Body.", "action", "publish"));
        long draft = editor.createArticle("vi", "Bản nháp không lộ " + word, "<p>Nội dung.</p>", "save");
        Page sitemap = visitor.get("/sitemap.xml");
        assertEquals(200, sitemap.status());
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(BeingFoundIT.class.getResource("/sitemaps/sitemap.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(sitemap.response().body())));

        Document xml = org.jsoup.Jsoup.parse(sitemap.response().body(), "", org.jsoup.parser.Parser.xmlParser());
        Map<String, Element> urls = xml.select("url").stream()
                .collect(Collectors.toMap(u -> u.selectFirst("loc").text(), u -> u));
        Element vi = urls.get(server.base() + "/vi/bai-viet/so-do-trang-" + word);
        assertNotNull(vi, "the Vietnamese translation is listed");
        assertNotNull(urls.get(server.base() + "/en/articles/site-map-" + word), "and the English one");
        assertEquals(Map.of("vi", server.base() + "/vi/bai-viet/so-do-trang-" + word,
                        "en", server.base() + "/en/articles/site-map-" + word,
                        "x-default", server.base() + "/vi/bai-viet/so-do-trang-" + word),
                vi.select("xhtml|link").stream().collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href"))));
        assertNotNull(vi.selectFirst("lastmod"));
        assertNotNull(urls.get(server.base() + "/vi/"));
        assertNotNull(urls.get(server.base() + "/vi/so-do-cong"), "the site map for people");
        assertNotNull(urls.get(server.base() + "/en/site-map"));
        assertTrue(urls.keySet().stream().noneMatch(loc -> loc.contains("ban-nhap-khong-lo")), "drafts are not listed");
        assertTrue(urls.keySet().stream().noneMatch(loc -> loc.contains("/admin")));

        editor.cleanUp();
        assertTrue(!visitor.get("/sitemap.xml").response().body().contains("so-do-trang-" + word), "deleted: gone");
        assertEquals(404, visitor.get("/sitemap-1.xml").status(), "one file is enough here");
        assertTrue(draft > 0);
    }

    @Test
    void robotsKeepsCrawlersOutOfTheAdminAndTheApiAndPointsAtTheSitemap() {
        Page robots = visitor.get("/robots.txt");
        assertEquals(200, robots.status());
        assertTrue(robots.header("Content-Type").startsWith("text/plain"));
        assertEquals("User-agent: *\nDisallow: /admin/\nDisallow: /api/\n\nSitemap: " + server.base() + "/sitemap.xml\n",
                robots.response().body());
    }

    @Test
    void theArticlePageOffersPrintingAndHidesTheRestFromPaper() {
        Page page = visitor.get("/vi/");
        Document article = visitor.get(page.document().selectFirst("main .article-card h2 a").attr("href")).document();
        Element print = article.selectFirst("button.share__print");
        assertEquals("In tin này", print.text());
        assertTrue(print.hasAttr("hidden"), "shown by the script, which can print");
        assertNotNull(article.selectFirst("script[src~=^/assets/article\\.[0-9a-f]{12}\\.js$]"), "the script by its fingerprinted name");
        String css = visitor.get("/assets/saola.css").response().body();
        String printRules = css.substring(css.lastIndexOf("@media print"));
        for (String hidden : List.of(".share", ".view-counter")) {
            assertTrue(printRules.contains(hidden), hidden + " is not printed");
        }
        assertTrue(printRules.contains(".print-url { display: block"), "the address is printed after the article");
        assertNull(article.selectFirst(".print-url[hidden]"));
    }
}
