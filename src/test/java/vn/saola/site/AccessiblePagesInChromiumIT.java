package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import vn.saola.testing.Chromium;
import vn.saola.testing.Editor;
import vn.saola.testing.WordPressExports;
import vn.saola.testing.TestImages;
import vn.saola.testing.SaolaServer;

/** axe-core, inside a real Chromium, finds no WCAG 2.1 A/AA violation on any page type in either language. */
class AccessiblePagesInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "truycap" + UUID.randomUUID().toString().substring(0, 6);
    private ChromeDriver driver;

    private Long issuer;

    @AfterEach
    void close() {
        List<String> refused = Chromium.quit(driver);
        editor.cleanUp();
        if (issuer != null) {
            editor.removeTerm(issuer);
        }
        assertEquals(List.of(), refused, "the Content-Security-Policy refused something the pages need");
    }

    private List<String> violations(String path) {
        return violations(path, path);
    }

    private List<String> violations(String path, String label) {
        driver.get(server.base() + path);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node ->
                found.add(label + " " + rule.getId() + ": " + node.getTarget() + " " + rule.getHelp())));
        return found;
    }

    @Test
    void everyPageTypeInBothLanguagesHasNoViolation() throws java.io.IOException {
        long id = editor.createArticle("vi", Map.of("title", "Trang dễ tiếp cận " + word, "summary", "Tóm tắt.",
                "body", "<h2>Mục</h2><p>Đoạn có <a href=\"https://moit.gov.vn/\">liên kết</a>.</p>", "action", "publish"));
        editor.translate(id, "en", Map.of("title", "Accessible page " + word, "body", "<p>Body.</p>", "action", "publish"));
        editor.save(id, "vi", Map.of("body", "<p>Đoạn đã sửa.</p>"));
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
        long document = editor.createDocument("vi", Map.of("title", "Quyết định dễ tiếp cận " + word, "summary", "Trích yếu.",
                "body", "<p>Toàn văn.</p>", "action", "publish"));
        issuer = editor.addTerm("issuer", "Sở tiếp cận " + word, "");
        editor.register(document, Map.of("number", "9/QĐ-" + word.toUpperCase(), "type", "4", "issuer", String.valueOf(issuer),
                "issuedOn", "2024-05-02"));
        editor.submit("/admin/articles/" + id + "/vi", "#linked-documents form.stacked-form", Map.of("number", "9/QĐ-" + word.toUpperCase()));
        driver = Chromium.open(1366, 900, "vi");
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String path : List.of("/vi/", "/en/", "/vi/so-do-cong", "/en/site-map", pagePath, "/vi/gioi-thieu-" + word, "/en/about-" + word,
                "/vi/tim-kiem?q=" + word + "&type=page", "/vi/bai-viet/trang-de-tiep-can-" + word, "/en/articles/accessible-page-" + word,
                "/vi/chuyen-muc/tin-tuc-su-kien", "/en/categories/news-and-events", "/vi/tim-kiem?q=c%C3%B4ng+th%C6%B0%C6%A1ng",
                "/en/search?q=trade", "/vi/bai-viet/khong-co", "/en/articles/missing", "/admin/login", "/vi/van-ban",
                "/en/documents?type=quyet-dinh", "/vi/van-ban/quyet-dinh-de-tiep-can-" + word)) {
            failures.addAll(violations(path));
            pages++;
        }
        driver.get(server.base() + "/vi/so-do-cong");
        Chromium.screenshot(driver, "site-map-vi-1366");
        driver.get(server.base() + pagePath);
        Chromium.screenshot(driver, "page-with-breadcrumbs-vi-1366");
        driver.get(server.base() + "/admin/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(server.adminPassword());
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(server.base() + "/admin/"));
        String wordpressPreview = editor.stageWordPress(WordPressExports.polylang());
        String wordpressReport = editor.emptyWordPressImport();
        for (String lang : List.of("vi", "en")) {
            driver.get(server.base() + "/admin/");
            Chromium.clickAndWaitForNewPage(driver,
                    driver.findElement(By.cssSelector("form.admin-language button[value=" + lang + "]")));
            assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
            for (String path : List.of("/admin/", "/admin/articles", "/admin/articles/new?lang=vi", "/admin/pages",
                    "/admin/pages/new?lang=vi&parent=" + parent, "/admin/articles/" + pageId + "/vi", "/admin/articles/" + parent + "/delete", "/admin/menus", menuItem,
                    "/admin/articles/" + id + "/vi", "/admin/articles/" + id + "/en/translate",
                    "/admin/articles/" + id + "/vi/revisions", "/admin/articles/" + id + "/vi/revisions/1",
                    "/admin/articles/" + id + "/delete", "/admin/categories", "/admin/accounts", "/admin/search-index",
                    "/admin/tokens", "/admin/password", "/admin/two-factor",
                    "/admin/stats", "/admin/stats/articles/" + id, "/admin/settings", "/admin/documents",
                    "/admin/documents/terms", "/admin/media/images/" + image, "/admin/audit", "/admin/audit?action=PUBLISH&from=2026-01-01", "/admin/trash", "/admin/review", "/admin/review/" + awaiting + "/vi", "/admin/articles/" + returned + "/vi", "/admin/media?type=image&month=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "/admin/articles/" + document + "/vi", "/admin/import/wordpress", wordpressPreview, wordpressReport)) {
                failures.addAll(violations(path, path + " (" + lang + ")"));
                pages++;
            }
            driver.get(server.base() + "/admin/settings");
            Chromium.screenshot(driver, "admin-settings-" + lang + "-1366");
            driver.get(server.base() + "/admin/pages");
            Chromium.screenshot(driver, "admin-pages-" + lang + "-1366");
            driver.get(server.base() + "/admin/menus");
            Chromium.screenshot(driver, "admin-menus-" + lang + "-1366");
        }
        System.out.println("[saola] axe-core: " + pages + " pages, " + failures.size() + " violations");
        assertEquals(List.of(), failures);
    }
}
