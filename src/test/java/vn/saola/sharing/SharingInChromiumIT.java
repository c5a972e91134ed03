package vn.saola.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.saola.testing.Api;
import vn.saola.testing.Chromium;
import vn.saola.testing.SaolaServer;

/** The share row in a real Chromium: the copy-link button and what the page fetches. */
class SharingInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Api api = new Api(server);
    private final String id = "share-" + UUID.randomUUID();
    private final String title = "Chia sẻ bản tin " + id.substring(6, 14);
    private ChromeDriver driver;

    @AfterEach
    void close() {
        List<String> refused = Chromium.quit(driver);
        api.delete(id);
        assertEquals(List.of(), refused, "the Content-Security-Policy refused something the page needs");
    }

    /** The home page, reloaded until this test's article is listed (what main shows is in the failure). */
    private WebElement cardOnHome() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                d.get(server.base() + "/vi/");
                return d.findElements(By.linkText(title)).stream().findFirst().orElse(null);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("no card for " + title + " on the home page, whose main reads: "
                    + driver.findElements(By.tagName("main")).stream().map(WebElement::getText).toList(), e);
        }
    }

    @Test
    void copyLinkPutsTheCanonicalAddressOnTheClipboardAndSaysSo() {
        assertEquals(1, api.importLines(Api.ndjson(List.of(Api.line(id, "vi", title, "<p>Nội dung bản tin.</p>", "Chia sẻ"))))
                .json().getInt("created"));
        driver = Chromium.open(1366, 900, "vi");
        cardOnHome().click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/vi/bai-viet/"));
        String canonical = driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");

        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertTrue(fetched.stream().allMatch(url -> url.startsWith(server.base().toString())),
                "nothing from third parties on load: " + fetched);

        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.base().toString(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement copy = driver.findElement(By.cssSelector(".share__copy"));
        assertTrue(copy.isDisplayed(), "the script shows the button");
        assertEquals("Sao chép liên kết", copy.getText());
        copy.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElement(By.cssSelector(".share__status")).getText().isEmpty());
        assertEquals("Đã sao chép liên kết vào bộ nhớ tạm.", driver.findElement(By.cssSelector(".share__status")).getText());
        Object clipboard = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        assertEquals(canonical, clipboard);
        assertTrue(driver.findElement(By.cssSelector(".share__print")).isDisplayed());
        Chromium.screenshot(driver, "article-share-vi-1366");
    }
}
