package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.selenium.AxeBuilder;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Chromium;
import vn.saola.testing.Editor;
import vn.saola.testing.HtmlChecker;
import vn.saola.testing.SaolaServer;

/**
 * The home page an editor arranges: a pinned article leads it until its time, featured articles
 * follow with their pictures (narrower copies in {@code srcset}, the size set so nothing moves),
 * chosen categories stand as blocks; with nothing chosen it is the list of newest articles.
 */
class ArrangedHomeIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final String word = "trangchu" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> categoriesShown = new ArrayList<>();
    /** The bytes of the pictures uploaded, to set beside what the browser fetched. */
    private long uploadedBytes;
    private ChromeDriver driver;

    @AfterEach
    void cleanUp() {
        List<String> refused = Chromium.quit(driver);
        for (String category : categoriesShown) {
            editor.submit("/admin/categories", "form[action=/admin/categories/" + category + "/home]", Map.of("shown", "false"));
        }
        editor.cleanUp();
        assertEquals(List.of(), refused, "the Content-Security-Policy refused something the page needs");
    }

    /** A photo-like picture: a gradient, so its copies are not trivially small. */
    static byte[] picture(int width, int height, Color from, Color to) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, width, height, to));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private long article(String title, Map<String, String> home, byte[] image) {
        Map<String, String> fields = new java.util.HashMap<>(home);
        fields.putAll(Map.of("title", title, "body", "<p>" + title + ".</p>", "action", "publish"));
        long id = editor.createArticle("vi", fields);
        Page edit = editor.get("/admin/articles/" + id + "/vi");
        uploadedBytes += image.length;
        Page uploaded = editor.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(edit),
                "article", String.valueOf(id), "lang", "vi"), "image", "anh.jpg", "image/jpeg", image);
        assertEquals(302, uploaded.status(), uploaded.text());
        return id;
    }

    /** Arranges the home page: one pinned article, two featured, the first category as a block; returns that category's name. */
    private String arrange() throws IOException {
        String tomorrow = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        article("Nổi bật một " + word, Map.of("featured", "on"), picture(1600, 900, new Color(0xA3171B), new Color(0xF7C948)));
        article("Nổi bật hai " + word, Map.of("featured", "on"), picture(1200, 800, new Color(0x0B4F9C), new Color(0x7FD1AE)));
        article("Tin ghim " + word, Map.of("pinnedUntil", tomorrow), picture(1280, 720, new Color(0x1D6B3A), new Color(0xE9E4D4)));
        Element first = editor.get("/admin/categories").document().selectFirst(".category-row");
        String category = first.attr("data-id");
        Page shown = editor.submit("/admin/categories", "form[action=/admin/categories/" + category + "/home]", Map.of());
        assertEquals(303, shown.status(), shown.text());
        categoriesShown.add(category);
        return first.selectFirst("input[name=name]").attr("value");
    }

    @Test
    void aPinnedArticleLeadsFeaturedOnesFollowWithTheirPicturesAndChosenCategoriesStandAsBlocks() throws IOException {
        assertNull(visitor.get("/vi/").document().selectFirst(".lead-story"), "nothing chosen: the list alone");
        String category = arrange();

        Document home = visitor.get("/vi/").document();
        assertEquals("Tin nổi bật", home.selectFirst("main h1").text());
        Element lead = home.selectFirst(".lead-story");
        assertEquals("Tin ghim " + word, lead.selectFirst("h2").text(), "pinned: above every featured article");
        Element image = lead.selectFirst("img");
        assertEquals("1280", image.attr("width"));
        assertEquals("720", image.attr("height"), "its size is set: nothing moves while it loads");
        assertFalse(image.hasAttr("loading"), "the lead picture is not lazy: it is what the reader sees first");
        String srcset = image.attr("srcset");
        assertTrue(srcset.matches("/uploads/\\S+-320w\\.jpg 320w, /uploads/\\S+-640w\\.jpg 640w, /uploads/\\S+-1024w\\.jpg 1024w, "
                + "/uploads/\\S+\\.jpg 1280w"), srcset);
        String narrow = srcset.split(" ")[0];
        var copy = visitor.getBytes(narrow);
        assertEquals(200, copy.statusCode(), narrow);
        assertEquals(320, ImageIO.read(new java.io.ByteArrayInputStream(copy.body())).getWidth(), "a copy 320 pixels wide");

        List<String> featured = home.select(".feature-list h2").eachText();
        assertEquals(List.of("Nổi bật hai " + word, "Nổi bật một " + word), featured.subList(0, 2), "newest featured first");
        assertTrue(home.select(".home-newest .article-card h3").eachText().stream().noneMatch(t -> t.contains(word)),
                "the list below does not repeat them");
        Element block = home.selectFirst(".category-block");
        assertEquals(category, block.selectFirst("h2").text());
        Element blockImage = block.selectFirst("img");
        assertNotNull(blockImage, "a block's cards carry their pictures");
        assertEquals("lazy", blockImage.attr("loading"), "below the fold: loaded when scrolled to");
        assertTrue(blockImage.hasAttr("width") && blockImage.hasAttr("height"));
        assertEquals(List.of(), HtmlChecker.errors(visitor.get("/vi/").response().body()));

        Page page2 = visitor.get("/vi/?page=2");
        assertNull(page2.document().selectFirst(".lead-story"), "the arrangement tops the first page only");
    }

    /**
     * What the page cost to show, as Chromium measured it: the largest paint's time and the bytes of
     * the page and of its pictures (a figure to print, not to assert: the machine is shared).
     */
    private String pageSpeed() {
        Object figures = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let lcp = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => lcp = Math.max(lcp, e.startTime)))
                    .observe({type: 'largest-contentful-paint', buffered: true});
                setTimeout(() => {
                    const resources = performance.getEntriesByType('resource');
                    const images = resources.filter(r => r.initiatorType === 'img').reduce((s, r) => s + r.encodedBodySize, 0);
                    const page = performance.getEntriesByType('navigation')[0];
                    done('largest paint ' + Math.round(lcp) + ' ms, page ' + page.encodedBodySize + ' B, pictures '
                        + images + ' B in ' + resources.filter(r => r.initiatorType === 'img').length + ' files');
                }, 1000);
                """);
        return String.valueOf(figures);
    }

    @Test
    void theArrangedHomeHasNoViolationAndDoesNotMoveWhileItsPicturesLoad() throws IOException {
        arrange();
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lead-story img")));
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(rule.getId() + ": " + node.getTarget())));
        assertEquals(List.of(), found);
        // The layout shifts Chromium saw while the page and its pictures loaded (Cumulative Layout Shift).
        Object shift = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let total = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) total += e.value; }))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(total), 1000);
                """);
        assertTrue(((Number) shift).doubleValue() < 0.01, "layout shift " + shift);
        System.out.println("[saola] arranged home at 1366 px: layout shift " + shift + ", " + pageSpeed()
                + " (the pictures uploaded: " + uploadedBytes + " B)");
        Chromium.screenshot(driver, "home-arranged-vi-1366");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        driver.get(server.base() + "/vi/");
        Object sideways = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertEquals(false, sideways, "no sideways scrolling at phone width");
        System.out.println("[saola] arranged home at 390 px: " + pageSpeed());
        Chromium.screenshot(driver, "home-arranged-vi-390");
    }
}
