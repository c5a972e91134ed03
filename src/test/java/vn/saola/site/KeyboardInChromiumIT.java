package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.saola.testing.Chromium;
import vn.saola.testing.SaolaServer;

/** With the keyboard alone every link, button and field of a page is reached, and shows that it has the focus. */
class KeyboardInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private ChromeDriver driver;

    @AfterEach
    void close() {
        assertEquals(List.of(), Chromium.quit(driver), "the Content-Security-Policy refused something the pages need");
    }

    /** Tabs through the page; returns the problems: controls never reached, focus that cannot be seen. */
    private List<String> tabThrough(String path) {
        driver.get(server.base() + path);
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) js.executeScript(
                "window.__ids = 0; return Array.from(document.querySelectorAll("
                        + "'a[href], button, input:not([type=hidden]), select, textarea')).filter(function (e) {"
                        + " var r = e.getBoundingClientRect(); return !e.disabled && !e.closest('[hidden]') && r.width > 0 && r.height > 0;"
                        + "}).map(function (e) { if (!e.dataset.k) { e.dataset.k = 'k' + (window.__ids++); } return e.dataset.k; });");
        Set<String> reached = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        if (controls.size() < 5) {
            problems.add(path + ": only " + controls.size() + " controls found");
        }
        for (int i = 0; i < controls.size() + 5; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object[] focused = ((List<?>) js.executeScript("var e = document.activeElement; var s = getComputedStyle(e);"
                    + "return [e.dataset ? (e.dataset.k || e.tagName) : e.tagName, s.outlineStyle, s.outlineWidth, s.boxShadow,"
                    + " e.outerHTML.slice(0, 80)];")).toArray();
            String key = String.valueOf(focused[0]);
            if (key.equals("BODY")) {
                break;
            }
            reached.add(key);
            boolean visible = (!"none".equals(focused[1]) && !"0px".equals(focused[2])) || !"none".equals(focused[3]);
            if (!visible) {
                problems.add(path + ": no visible focus on " + focused[4]);
            }
        }
        for (String control : controls) {
            if (!reached.contains(control)) {
                problems.add(path + ": never reached " + js.executeScript(
                        "return document.querySelector('[data-k=\"" + control + "\"]').outerHTML.slice(0, 80);"));
            }
        }
        return problems;
    }

    @Test
    void publicPagesAndTheAdminListAreUsableWithTheKeyboard() {
        driver = Chromium.open(1366, 900, "vi");
        List<String> problems = new ArrayList<>(tabThrough("/vi/"));
        String article = driver.findElement(By.cssSelector("main .article-card h2 a")).getAttribute("href");
        problems.addAll(tabThrough(article.substring(server.base().toString().length())));
        problems.addAll(tabThrough("/en/search?q=trade"));

        driver.get(server.base() + "/admin/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(server.adminPassword(), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(server.base() + "/admin/"));
        problems.addAll(tabThrough("/admin/articles"));
        problems.addAll(tabThrough("/admin/categories"));
        assertEquals(List.of(), problems);
    }
}
