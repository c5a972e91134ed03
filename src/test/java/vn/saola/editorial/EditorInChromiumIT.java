package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Chromium;
import vn.saola.testing.Editor;
import vn.saola.testing.Harm;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestImages;

/**
 * The rich-text editor and the side-by-side screen in a real Chromium: an editor formats text
 * with the toolbar, publishes, and translates with the source beside the form.
 */
class EditorInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final String word = "trinhduyet" + UUID.randomUUID().toString().substring(0, 6);
    private ChromeDriver driver;
    private boolean typedBefore;

    @AfterEach
    void close() {
        List<String> refused = Chromium.quit(driver);
        Editor admin = Editor.admin(server);
        Page list = admin.get("/admin/articles?q=" + word);
        list.document().select(".article-row a.article-row__title").forEach(link -> {
            String id = link.attr("href").split("/")[3];
            admin.submit("/admin/articles/" + id + "/delete", "form[action$=/delete]", Map.of());
        });
        assertEquals(List.of(), refused, "the Content-Security-Policy refused something the pages need");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private void signIn() {
        driver.get(server.base() + "/admin/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(server.adminPassword());
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlToBe(server.base() + "/admin/"));
    }

    /** Types into the rich-text editor's editable frame, then comes back to the page. */
    private void typeInEditor(CharSequence... keys) {
        WebElement frame = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.tox-edit-area__iframe")));
        driver.switchTo().frame(frame);
        WebElement body = driver.findElement(By.id("tinymce"));
        if (!typedBefore) {
            body.click();
            typedBefore = true;
        }
        // Where the caret is: a toolbar click keeps the editor's selection.
        body.sendKeys(keys);
        driver.switchTo().defaultContent();
    }

    @Test
    void anEditorFormatsWithTheToolbarPublishesAndTheReaderSeesTheFormatting() {
        driver = Chromium.open(1366, 900, "vi");
        signIn();
        driver.get(server.base() + "/admin/articles/new?lang=vi");
        driver.findElement(By.id("title")).sendKeys("Bài soạn trong trình duyệt " + word);
        assertEquals("bai-soan-trong-trinh-duyet-" + word, driver.findElement(By.id("slug")).getAttribute("placeholder"),
                "the address is proposed from the title as it is typed");
        typeInEditor("Đoạn mở đầu ");
        driver.findElement(By.cssSelector("button[aria-label='In đậm']")).click();
        typeInEditor("chữ đậm");
        driver.findElement(By.cssSelector("button[aria-label='In đậm']")).click();
        typeInEditor(Keys.ENTER, "Đoạn thứ hai.");
        Chromium.screenshot(driver, "editor-rich-text-vi-1366");
        driver.findElement(By.cssSelector("form.article-form button[value=publish]")).click();
        waiting().until(ExpectedConditions.urlContains("saved=published"));
        assertEquals("Đã lưu và đăng bài.", driver.findElement(By.cssSelector(".notice")).getText());

        Page article = new Browser(server).get("/vi/bai-viet/bai-soan-trong-trinh-duyet-" + word);
        assertEquals(200, article.status());
        assertEquals("chữ đậm", article.document().selectFirst(".article__body strong").text());
        assertEquals(2, article.document().select(".article__body p").size(), article.document().selectFirst(".article__body").html());
        assertTrue(article.document().selectFirst(".article__body p").text().startsWith("Đoạn mở đầu"));
    }

    @Test
    void theTranslatorSeesTheSourceBesideTheFormAndSavesAnUpToDateTranslation() {
        Editor admin = Editor.admin(server);
        long id = admin.createArticle("vi", "Nguồn song song " + word,
                "<p>Đoạn nguồn thứ nhất.</p><p>Đoạn nguồn thứ hai.</p>", "publish");
        driver = Chromium.open(1366, 900, "vi");
        signIn();
        driver.get(server.base() + "/admin/articles/" + id + "/vi");
        driver.findElement(By.linkText("Dịch sang tiếng Anh")).click();
        waiting().until(ExpectedConditions.urlContains("/en/translate"));
        WebElement source = driver.findElement(By.cssSelector(".side-by-side__source"));
        WebElement target = driver.findElement(By.cssSelector(".side-by-side__target"));
        assertTrue(source.isDisplayed() && target.isDisplayed());
        assertTrue(source.getRect().getX() + source.getRect().getWidth() <= target.getRect().getX(),
                "the source is on the left, the form on the right");
        assertTrue(Math.abs(source.getRect().getY() - target.getRect().getY()) < 5, "side by side, not one above the other");
        assertEquals(2, source.findElements(By.cssSelector(".source-blocks > li")).size());
        assertEquals("Đoạn nguồn thứ nhất.", source.findElements(By.cssSelector(".source-blocks > li")).get(0).getText());

        driver.findElement(By.id("title")).sendKeys("Parallel source " + word);
        typeInEditor("First source paragraph.", Keys.ENTER, "Second source paragraph.");
        Chromium.screenshot(driver, "translate-side-by-side-vi-1366");
        driver.findElement(By.cssSelector("form.article-form button[value=publish]")).click();
        waiting().until(ExpectedConditions.urlContains("saved=published"));
        assertEquals("UP_TO_DATE", admin.state(id, "vi", "en"));
        driver.get(server.base() + "/admin/articles?q=" + word);
        Chromium.screenshot(driver, "article-list-vi-1366");
        Page english = new Browser(server).get("/en/articles/parallel-source-" + word);
        assertEquals(2, english.document().select(".article__body p").size());
    }

    @Test
    void filterEvasionPayloadsSavedThroughTheEditorNeverRunInTheBrowser() {
        Editor admin = Editor.admin(server);
        List<String> payloads = Harm.filterEvasionPayloads();
        String all = String.join("\n", payloads);
        long id = admin.createArticle("vi", Map.of("title", "XSS trình duyệt " + word + " <script>alert(1)</script>",
                "summary", all.substring(0, 1900), "author", "<img src=x onerror=alert(1)>",
                "body", "<p>Đoạn đầu.</p>" + all, "action", "publish"));
        String slug = admin.get("/admin/articles/" + id + "/vi").document().selectFirst("input[name=slug]").attr("value");
        driver = Chromium.open(1366, 900, "vi");
        for (String path : List.of("/vi/bai-viet/" + slug, "/vi/tim-kiem?q=" + word)) {
            driver.get(server.base() + path);
            assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"), path);
            assertNoScriptRan(path);
        }
        signIn();
        for (String path : List.of("/admin/articles/" + id + "/vi", "/admin/articles/" + id + "/en/translate",
                "/admin/preview/vi/" + id, "/admin/articles/" + id + "/vi/revisions/1")) {
            driver.get(server.base() + path);
            waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            assertNoScriptRan(path);
        }
    }

    /**
     * Every dialog and menu the editor's buttons open, in a Vietnamese admin: no word of TinyMCE's
     * English left (a label, a tab, a button, a tooltip, a field's hint).
     */
    @Test
    void theEditorsDialogsAndMenusSpeakVietnamese() {
        driver = Chromium.open(1366, 900, "vi");
        signIn();
        driver.get(server.base() + "/admin/articles/new?lang=vi");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.tox-edit-area__iframe")));
        Map<String, List<String>> english = new java.util.LinkedHashMap<>();
        english.put("toolbar", untranslated(".tox-tinymce"));
        editorCommand("e.setContent('<ol><li>Một</li></ol><p>Đoạn.</p>'); e.selection.select(e.dom.select('li')[0].firstChild);"
                + " e.execCommand('mceListProps');");
        english.put("list properties", untranslatedDialog());
        for (String command : List.of("mceLink", "mceImage", "mceCodeEditor")) {
            editorCommand("e.selection.select(e.dom.select('p')[0].firstChild); e.execCommand('" + command + "');");
            english.put(command, untranslatedDialog());
        }
        editorCommand("e.setContent('<p>Đoạn.</p>'); e.selection.select(e.dom.select('p')[0].firstChild, true);"
                + " e.selection.collapse(true); e.execCommand('mceInsertTable', false, {rows: 2, columns: 2});");
        for (String command : List.of("mceTableProps", "mceTableRowProps", "mceTableCellProps")) {
            editorCommand("e.selection.select(e.dom.select('td')[0], true); e.selection.collapse(true); e.execCommand('" + command + "');");
            english.put(command, untranslatedDialog());
        }
        driver.findElement(By.cssSelector(".tox-tbtn[aria-label='Bảng']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-menu")));
        List<String> menus = new java.util.ArrayList<>(untranslated(".tox-menu"));
        for (WebElement parent : driver.findElements(By.cssSelector(".tox-menu .tox-collection__item[aria-haspopup=true]"))) {
            parent.click(); // opens its submenu beside it (cell, row, column)
            menus.addAll(untranslated(".tox-menu"));
        }
        english.put("table menus", menus.stream().distinct().toList());
        Chromium.screenshot(driver, "editor-table-menu-vi-1366");
        english.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), english);
    }

    /** The image button lists the library's newest images, in the body's language, and inserts the one chosen. */
    @Test
    void theImageButtonPicksFromTheLibrary() throws java.io.IOException {
        Editor admin = Editor.admin(server);
        long image = admin.uploadToLibrary("so-do-" + word + ".png", TestImages.png(120));
        try {
            admin.submit("/admin/media/images/" + image, "form[action$=/describe]", Map.of("alt_vi", "Sơ đồ " + word));
            String address = admin.imageAddress(image);
            driver = Chromium.open(1366, 900, "vi");
            signIn();
            driver.get(server.base() + "/admin/articles/new?lang=vi");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.tox-edit-area__iframe")));
            driver.findElement(By.cssSelector(".tox-tbtn[aria-label='Chèn/sửa ảnh']")).click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog .tox-listbox"))).click();
            String title = "Sơ đồ " + word + " (so-do-" + word + ".png)";
            waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[contains(@class,'tox-collection__item')][.//div[normalize-space()='" + title + "']]"))).click();
            assertEquals(address, driver.findElement(By.cssSelector(".tox-dialog input.tox-textfield")).getAttribute("value"),
                    "the chosen image's address in the source field");
            driver.findElement(By.cssSelector(".tox-dialog__footer .tox-button:not(.tox-button--secondary)")).click();
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
            String body = (String) driver.executeScript("return tinymce.activeEditor.getContent();");
            assertTrue(body.contains("src=\"" + address + "\""), body);
        } finally {
            admin.cleanUp();
        }
    }

    private void editorCommand(String script) {
        driver.executeScript("var e = tinymce.activeEditor; " + script);
    }

    /** What the open dialog says in English, on each of its tabs; then it is closed. */
    private List<String> untranslatedDialog() {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        List<String> found = new java.util.ArrayList<>(untranslated(".tox-dialog"));
        for (WebElement tab : driver.findElements(By.cssSelector(".tox-dialog .tox-dialog__body-nav-item"))) {
            tab.click();
            found.addAll(untranslated(".tox-dialog"));
        }
        driver.executeScript("tinymce.activeEditor.windowManager.close();");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        return found.stream().distinct().toList();
    }

    /**
     * The texts, labels, tooltips and hints under {@code selector} written in English: letters of
     * the ASCII alphabet only, with a lower-case word in them (Vietnamese words mostly carry marks;
     * an abbreviation such as URL, or a hex colour, is not English to translate), and not one of the
     * Vietnamese bundle's own words ("Chung").
     */
    private List<String> untranslated(String selector) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript("var out = [];"
                + " document.querySelectorAll(arguments[0]).forEach(function (root) {"
                + "  [root].concat(Array.from(root.querySelectorAll('*'))).forEach(function (el) {"
                + "   ['aria-label', 'title', 'placeholder'].forEach(function (a) { if (el.getAttribute(a)) { out.push(el.getAttribute(a)); } });"
                + "   el.childNodes.forEach(function (n) { if (n.nodeType === 3 && n.textContent.trim()) { out.push(n.textContent.trim()); } });"
                + "  });"
                + " });"
                + " return out;", selector);
        Set<String> vietnamese = Messages.bundle(Language.VI).keySet().stream()
                .map(Messages.bundle(Language.VI)::getString).collect(Collectors.toSet());
        return texts.stream().filter(text -> text.matches("[\\p{ASCII}]*[a-z]{2,}[\\p{ASCII}]*") && !vietnamese.contains(text))
                .distinct().toList();
    }

    /** No dialog opened, and no element or handler of the payloads is in the page as the browser built it. */
    private void assertNoScriptRan(String path) {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError(path + ": a payload ran and opened a dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        List<String> injected = Chromium.foreignContent(driver);
        assertEquals(List.of(), injected, path);
    }
}
