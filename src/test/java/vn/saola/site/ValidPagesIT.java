package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.media.TestDocuments;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.WordPressExports;
import vn.saola.testing.TestImages;
import vn.saola.testing.HtmlChecker;
import vn.saola.testing.SaolaServer;

/** Every page type, public and admin, in both languages, passes the Nu HTML Checker without an error. */
class ValidPagesIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "hople" + UUID.randomUUID().toString().substring(0, 6);

    private Long issuer;

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
        if (issuer != null) {
            editor.removeTerm(issuer);
        }
    }

    @Test
    void everyPageTypeInBothLanguagesIsValidHtml() throws java.io.IOException {
        long id = editor.createArticle("vi", Map.of("title", "Trang hợp lệ " + word, "summary", "Tóm tắt.",
                "body", "<h2>Mục</h2><p>Đoạn <a href=\"https://moit.gov.vn/\">liên kết</a>.</p><ul><li>một</li></ul>"
                        + "<table><tr><th>A</th><td>B</td></tr></table>", "action", "publish"));
        editor.translate(id, "en", Map.of("title", "Valid page " + word, "body", "<p>Body.</p>", "action", "publish"));
        editor.save(id, "vi", Map.of("body", "<p>Đoạn đã sửa.</p>"));
        for (String file : List.of("Quyết định.pdf", "phu-luc.zip")) {
            assertEquals(302, editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(), "article", String.valueOf(id),
                    "lang", "vi", "title", ""), "file", file, "application/octet-stream",
                    file.endsWith(".pdf") ? TestDocuments.pdf("x") : TestDocuments.zip()).status());
        }
        long image = editor.uploadToLibrary("anh-" + word + ".png", TestImages.png(700));
        editor.submit("/admin/media/images/" + image, "form[action$=/describe]", Map.of("alt_vi", "Toàn cảnh " + word,
                "caption_vi", "Chú thích ảnh", "alt_en", "Overview", "caption_en", "Caption"));
        editor.submit("/admin/articles/" + id + "/vi", "form[action$=/image/from-library]",
                Map.of("address", editor.imageAddress(image)));
        editor.delete(editor.createArticle("vi", "Tin trong thùng rác " + word, "<p>Nội dung.</p>", "save"));
        long awaiting = editor.createArticle("vi", "Tin chờ duyệt " + word, "<p>Nội dung.</p>", "submit");
        long returned = editor.createArticle("vi", "Tin bị trả lại " + word, "<p>Nội dung.</p>", "submit");
        editor.submit("/admin/review/" + returned + "/vi", "form[action$=/return]", Map.of("note", "Cần bổ sung nguồn."));
        Editor.Pages written = editor.pageUnderAParent(word);
        long parent = written.parent();
        long pageId = written.page();
        String pagePath = written.path();
        String menuItem = "/admin/menus/items/" + editor.get("/admin/menus").document().selectFirst(".menu-row").attr("data-id");
        long document = editor.createDocument("vi", Map.of("title", "Quyết định hợp lệ " + word, "summary", "Trích yếu.",
                "body", "<p>Toàn văn.</p>", "action", "publish"));
        assertEquals(303, editor.register(document, Map.of("number", "1/QĐ-" + word.toUpperCase(), "type", "4",
                "issuer", String.valueOf(issuer = editor.addTerm("issuer", "Sở " + word, "")), "issuedOn", "2024-05-02",
                "expiredOn", "2025-01-01")).status());
        editor.submit("/admin/articles/" + id + "/vi", "#linked-documents form.stacked-form", Map.of("number", "1/QĐ-" + word.toUpperCase()));
        Browser visitor = new Browser(server);
        String categoryVi = visitor.get("/vi/bai-viet/trang-hop-le-" + word).document().selectFirst(".article .eyebrow a").attr("href");
        String categoryEn = visitor.get("/en/articles/valid-page-" + word).document().selectFirst(".article .eyebrow a").attr("href");

        Map<String, Page> pages = new LinkedHashMap<>();
        for (String path : List.of("/vi/", "/en/", "/vi/so-do-cong", "/en/site-map", pagePath, "/vi/gioi-thieu-" + word, "/en/about-" + word,
                "/vi/tim-kiem?q=" + word + "&type=page", "/vi/bai-viet/trang-hop-le-" + word, "/en/articles/valid-page-" + word,
                categoryVi, categoryEn, "/vi/tim-kiem?q=c%C3%B4ng+th%C6%B0%C6%A1ng", "/en/search?q=trade",
                "/vi/tim-kiem?q=khongcoketqua" + word, "/en/search?q=", "/vi/bai-viet/khong-co", "/en/articles/missing",
                "/vi/tim-kiem?q=c%C3%B4ng&scope=all&year=2024&page=2", "/xx/", "/vi/van-ban", "/en/documents?type=quyet-dinh&sort=oldest",
                "/vi/van-ban/quyet-dinh-hop-le-" + word, "/vi/van-ban?year=1999")) {
            pages.put(path, visitor.get(path));
        }
        String wordpressPreview = editor.stageWordPress(WordPressExports.polylang());
        String wordpressReport = editor.emptyWordPressImport();
        for (String lang : List.of("vi", "en")) {
            Page switched = editor.submit("/admin/", "form[action=/admin/language]", Map.of("lang", lang, "back", "/admin/"));
            assertEquals(303, switched.status());
            for (String path : List.of("/admin/", "/admin/articles", "/admin/articles/new?lang=vi", "/admin/pages",
                    "/admin/pages/new?lang=vi&parent=" + parent, "/admin/articles/" + pageId + "/vi", "/admin/articles/" + parent + "/delete", "/admin/menus", menuItem,
                    "/admin/articles/" + id + "/vi", "/admin/articles/" + id + "/en/translate",
                    "/admin/articles/" + id + "/vi/revisions", "/admin/articles/" + id + "/vi/revisions/1",
                    "/admin/articles/" + id + "/delete", "/admin/categories", "/admin/accounts", "/admin/search-index",
                    "/admin/tokens", "/admin/password", "/admin/two-factor", "/admin/media", "/admin/documents",
                    "/admin/documents/terms", "/admin/media/images/" + image, "/admin/audit", "/admin/audit?action=PUBLISH&from=2026-01-01", "/admin/trash", "/admin/review", "/admin/review/" + awaiting + "/vi", "/admin/articles/" + returned + "/vi", "/admin/media?type=image&month=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "/admin/documents/new?lang=vi", "/admin/articles/" + document + "/vi",
                    "/admin/preview/" + lang + "/" + document,
                    "/admin/stats", "/admin/stats/articles/" + id, "/admin/preview/" + lang + "/" + id, "/admin/settings", "/admin/import/wordpress", wordpressPreview, wordpressReport)) {
                pages.put(path + " (" + lang + ")", editor.get(path));
            }
        }
        pages.put("/admin/two-factor, scanning the QR code", editor.submit("/admin/two-factor", "#two-factor-start", Map.of()));
        pages.put("/admin/articles/bulk (the question)", editor.browser().postRaw("/admin/articles/bulk",
                "_csrf=" + editor.csrf() + "&action=trash&ids=" + id));
        pages.put("/admin/articles/bulk (nothing chosen, 400)", editor.browser().postRaw("/admin/articles/bulk",
                "_csrf=" + editor.csrf() + "&action=trash"));
        pages.put("/admin/login", new Browser(server).get("/admin/login"));
        Browser stranger = new Browser(server);
        Page loginForm = stranger.get("/admin/login");
        pages.put("/admin/login refused", stranger.postForm("/admin/login", Map.of("_csrf", Editor.csrf(loginForm),
                "username", "khong-co-" + word, "password", "sai")));
        pages.put("/admin/articles forged (403)", editor.browser().postForm("/admin/articles/new?lang=vi", Map.of("title", "x")));
        pages.put("/admin/login (en)", new Browser(server).get("/admin/login", "Accept-Language", "en"));
        pages.put("/admin/menus refused (400)", editor.submit("/admin/menus", "form[action='/admin/menus/footer/items']",
                Map.of("target", "link", "link", "javascript:x")));
        pages.put("/admin/review, a return without a note (400)", editor.submit("/admin/review/" + awaiting + "/vi",
                "form[action$=/return]", Map.of("note", " ")));
        pages.put("/admin/settings refused (400)", editor.submit("/admin/settings", "form[action='/admin/settings']",
                Map.of("email_vi", "khong-phai-thu", "siteName_vi", "")));

        List<String> failures = new ArrayList<>();
        pages.forEach((path, page) -> {
            assertTrue(List.of(200, 400, 401, 403, 404).contains(page.status()), path + " -> " + page.status());
            HtmlChecker.errors(page.response().body()).forEach(error -> failures.add(path + " " + error));
        });
        System.out.println("[saola] HTML checker: " + pages.size() + " pages, " + failures.size() + " errors");
        assertEquals(List.of(), failures);
    }
}
