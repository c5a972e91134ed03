package vn.saola.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by
 * Selenium. Nothing is downloaded: the driver and the browser are the packages' own. Where they
 * are missing the browser tests fail under CI and are skipped elsewhere ({@link TestTools}).
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("saola.it.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("saola.it.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** A new browser window of {@code width} × {@code height}; the caller quits it. */
    public static ChromeDriver open(int width, int height, String language) {
        TestTools.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), "Browser test: " + BROWSER + " or "
                + DRIVER + " is missing (install Debian's chromium and chromium-driver; .ci/install-test-tools does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=" + language, "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        // The page language the browser asks for (Accept-Language), as a reader's browser would.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The browser's console, to see what the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // A desktop window cannot be narrower than about 500 px: a phone's width is emulated instead.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return driver;
    }

    /** What the page's Content-Security-Policy refused since the last call (console messages). */
    public static java.util.List<String> policyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * What in the page's {@code main}, as the browser built it, could run or load something that
     * is not Saola's own: an active element (frame, object, svg, script…), an event handler, a
     * script or data URL. Saola's own scripts, forms and the rich-text editor are not counted.
     */
    public static java.util.List<String> foreignContent(ChromeDriver driver) {
        Object found = driver.executeScript("return Array.from(document.querySelectorAll('main *')).filter(function (e) {"
                + " if (e.closest('.tox')) { return false; }"
                + " var src = e.getAttribute('src') || '';"
                + " if (e.tagName === 'SCRIPT' && (src.indexOf('/assets/') === 0 || src.indexOf('/webjars/') === 0)) { return false; }"
                + " if (/^(FORM|INPUT)$/.test(e.tagName) && e.closest('form[action^=\"/\"]')) { return false; }"
                + " return /^(IFRAME|FRAME|OBJECT|EMBED|SVG|MATH|FORM|INPUT|VIDEO|AUDIO|DETAILS|BASE|META|LINK|STYLE|SCRIPT)$/i.test(e.tagName)"
                + "  || Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name)"
                + "   || /^\\s*(javascript|vbscript|data):/i.test(a.value); });"
                + "}).map(function (e) { return e.outerHTML.slice(0, 120); });");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Clicks something that loads a new page (a form's button) and waits until that page is the one shown. */
    public static void clickAndWaitForNewPage(ChromeDriver driver, org.openqa.selenium.WebElement target) {
        driver.executeScript("window.__saolaOldPage = true;");
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.__saolaOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Closes the browser; returns what the Content-Security-Policy refused while it was open. */
    public static java.util.List<String> quit(ChromeDriver driver) {
        if (driver == null) {
            return java.util.List.of();
        }
        try {
            return policyViolations(driver);
        } finally {
            driver.quit();
        }
    }

    /** Keeps a screenshot under {@code target/screenshots/} as a test artefact. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
