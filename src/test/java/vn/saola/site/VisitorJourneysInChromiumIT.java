package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.saola.testing.Chromium;
import vn.saola.testing.SaolaServer;

/**
 * A reader's journeys in a real Chromium: from {@code /} to an article, into English and back,
 * searching with and without diacritics, paging through a category, the skip link by keyboard;
 * and screenshots of the main pages at a phone's and a desktop's width, kept in target/screenshots.
 */
class VisitorJourneysInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private ChromeDriver driver;

    @AfterEach
    void close() {
        assertEquals(List.of(), Chromium.quit(driver), "the Content-Security-Policy refused something the pages need");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private String path() {
        return driver.getCurrentUrl().substring(server.base().toString().length());
    }

    @Test
    void aReaderSwitchesLanguageOnAnArticleAndComesBackToIt() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/");
        waiting().until(ExpectedConditions.urlToBe(server.base() + "/vi/"));
        driver.findElement(By.cssSelector("main .article-card h2 a")).click();
        waiting().until(ExpectedConditions.urlContains("/vi/bai-viet/"));
        String vietnamese = path();
        String title = driver.findElement(By.cssSelector("article h1")).getText();

        WebElement english = driver.findElement(By.cssSelector(".language-switcher a"));
        assertEquals("English", english.getText());
        assertEquals("en", english.getAttribute("lang"));
        assertEquals("en", english.getAttribute("hreflang"));
        english.click();
        waiting().until(ExpectedConditions.urlContains("/en/articles/"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(!driver.findElement(By.cssSelector("article h1")).getText().equals(title), "the English text");

        WebElement back = driver.findElement(By.cssSelector(".language-switcher a"));
        assertEquals("Tiếng Việt", back.getText());
        back.click();
        waiting().until(ExpectedConditions.urlContains("/vi/bai-viet/"));
        assertEquals(vietnamese, path(), "back on the same article");
        assertEquals(title, driver.findElement(By.cssSelector("article h1")).getText());
    }

    @Test
    void searchingWithOrWithoutDiacriticsFindsTheSameAndOpensAResult() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        WebElement box = driver.findElement(By.id("header-q"));
        box.sendKeys("tái cơ cấu", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/vi/tim-kiem"));
        List<String> withMarks = driver.findElements(By.cssSelector(".search-result__title a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(!withMarks.isEmpty(), "found with diacritics");
        driver.findElement(By.id("header-q")).sendKeys("tai co cau", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("tai+co+cau"));
        List<String> bare = driver.findElements(By.cssSelector(".search-result__title a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(withMarks.get(0), bare.get(0), "the same article first without diacritics");
        driver.findElement(By.cssSelector(".search-result__title a")).click();
        waiting().until(ExpectedConditions.urlContains("/vi/bai-viet/"));
        assertEquals(withMarks.get(0), driver.findElement(By.cssSelector("article h1")).getText());
    }

    @Test
    void aReaderPagesThroughACategory() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        driver.findElement(By.cssSelector(".category-nav a[href^='/vi/chuyen-muc/']")).click();
        waiting().until(ExpectedConditions.urlContains("/vi/chuyen-muc/"));
        List<String> first = driver.findElements(By.cssSelector("main .article-card h2")).stream().map(WebElement::getText).toList();
        driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        List<String> second = driver.findElements(By.cssSelector("main .article-card h2")).stream().map(WebElement::getText).toList();
        assertTrue(!second.isEmpty() && second.stream().noneMatch(first::contains), "the next page shows other articles");
    }

    @Test
    void theSkipLinkTakesKeyboardFocusToTheMainContent() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Chuyển đến nội dung chính", skip.getText());
        assertTrue(skip.isDisplayed(), "visible once focused");
        skip.sendKeys(Keys.ENTER);
        waiting().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("main", driver.switchTo().activeElement().getTagName());
    }

    @Test
    void vietnameseTextIsSetInBeVietnamProServedByTheSiteItself() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        Object loaded = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(function () {"
                + " done(document.fonts.check('700 16px \"Be Vietnam Pro\"', 'Sở Công Thương Bắc Kạn')); });");
        assertEquals(Boolean.TRUE, loaded, "the font with its Vietnamese letters is in use");
        @SuppressWarnings("unchecked")
        List<String> fonts = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('.woff') > 0; });");
        assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(url -> url.startsWith(server.base() + "/assets/fonts/")),
                "fonts from the site only: " + fonts);
    }

    private void assertNoSidewaysScrolling(String what, int width) {
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow > 0) {
            Object wide = driver.executeScript("""
                    const edge = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 1)
                        .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ');
                    """);
            throw new AssertionError(what + " scrolls sideways at " + width + " px by " + overflow + " px: " + wide);
        }
    }

    @Test
    void theMainPagesAreScreenshotAtAPhonesAndADesktopsWidth() {
        for (int width : new int[] {390, 1366}) {
            driver = Chromium.open(width, 900, "vi");
            for (String lang : List.of("vi", "en")) {
                driver.get(server.base() + "/" + lang + "/");
                Chromium.screenshot(driver, "home-" + lang + "-" + width);
                String article = driver.findElement(By.cssSelector("main .article-card h2 a")).getAttribute("href");
                driver.get(article);
                Chromium.screenshot(driver, "article-" + lang + "-" + width);
                driver.get(server.base() + (lang.equals("vi") ? "/vi/tim-kiem?q=c%C3%B4ng+th%C6%B0%C6%A1ng" : "/en/search?q=trade"));
                Chromium.screenshot(driver, "search-" + lang + "-" + width);
                assertNoSidewaysScrolling(lang + " search page", width);
                for (String path : lang.equals("vi") ? List.of("/vi/", "/vi/gioi-thieu/co-cau-to-chuc", "/vi/so-do-cong")
                        : List.of("/en/", "/en/about/organisation", "/en/site-map")) {
                    driver.get(server.base() + path);
                    assertNoSidewaysScrolling(path, width);
                }
                driver.get(article);
                assertNoSidewaysScrolling(article, width);
            }
            driver.get(server.base() + (width < 600 ? "/vi/gioi-thieu/co-cau-to-chuc" : "/vi/gioi-thieu"));
            Chromium.screenshot(driver, "page-vi-" + width);
            driver.get(server.base() + "/admin/login");
            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(server.adminPassword());
            driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
            waiting().until(ExpectedConditions.urlToBe(server.base() + "/admin/"));
            for (String lang : List.of("vi", "en")) {
                // The switch posts a form and comes back: wait for the new page, not the old one.
                Chromium.clickAndWaitForNewPage(driver,
                        driver.findElement(By.cssSelector("form.admin-language button[value=" + lang + "]")));
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                Chromium.screenshot(driver, "admin-dashboard-" + lang + "-" + width);
                for (String path : List.of("/admin/", "/admin/articles", "/admin/pages", "/admin/menus", "/admin/categories",
                        "/admin/settings")) {
                    driver.get(server.base() + path);
                    assertNoSidewaysScrolling(path + " (" + lang + ")", width);
                }
            }
            driver.get(server.base() + "/admin/menus");
            Chromium.screenshot(driver, "admin-menus-en-" + width);
            driver.quit();
            driver = null;
        }
    }
}
