package vn.saola.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.saola.testing.Chromium;
import vn.saola.testing.SaolaServer;

/** The share row in a real Chromium: the copy-link button and what the page fetches. */
class SharingInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private ChromeDriver driver;

    @AfterEach
    void close() {
        assertEquals(List.of(), Chromium.quit(driver), "the Content-Security-Policy refused something the page needs");
    }

    @Test
    void copyLinkPutsTheCanonicalAddressOnTheClipboardAndSaysSo() {
        driver = Chromium.open(1366, 900, "vi");
        driver.get(server.base() + "/vi/");
        driver.findElement(By.cssSelector("main .article-card h2 a")).click();
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
