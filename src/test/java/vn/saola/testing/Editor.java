package vn.saola.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import vn.saola.testing.Browser.Page;

/**
 * Someone signed in to the admin, using it through its forms the way a person would: a form is
 * sent with every field it holds (hidden CSRF token and version included), changed only where the
 * test types something. Remembers what it created, so a test can clean up after itself.
 */
public final class Editor {

    private static final Pattern ARTICLE_ID = Pattern.compile("/admin/articles/([0-9]+)/");

    private final SaolaServer server;
    private final Browser browser;
    private final String username;
    private final List<Long> articles = new ArrayList<>();
    private final List<Long> images = new ArrayList<>();

    private Editor(SaolaServer server, Browser browser, String username) {
        this.server = server;
        this.browser = browser;
        this.username = username;
    }

    public static Editor admin(SaolaServer server) {
        return signIn(server, "admin", server.adminPassword());
    }

    public static Editor signIn(SaolaServer server, String username, String password) {
        return signIn(server, new Browser(server), username, password);
    }

    /** An editor working through {@code browser} (at a load balancer, say). */
    public static Editor signIn(SaolaServer server, Browser browser, String username, String password) {
        Page form = browser.get("/admin/login");
        Page answer = browser.postForm("/admin/login", Map.of("_csrf", csrf(form), "username", username,
                "password", password));
        assertEquals(303, answer.status(), "sign-in of " + username + ": " + answer.text());
        return new Editor(server, browser, username);
    }

    /** A new account made by this (administrator) editor; returns its user name, the password is {@code password}. */
    public String createAccount(String role, String password) {
        String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        Page answer = submit("/admin/accounts", "form[action=/admin/accounts]",
                Map.of("username", name, "password", password, "role", role));
        assertEquals(303, answer.status(), answer.text());
        return name;
    }

    public String username() {
        return username;
    }

    public Browser browser() {
        return browser;
    }

    public Page get(String path) {
        return browser.get(path);
    }

    /** Opens {@code path} and sends its form {@code formSelector} with {@code changes} typed in. */
    public Page submit(String path, String formSelector, Map<String, String> changes) {
        Page page = browser.get(path);
        assertEquals(200, page.status(), path + ": " + page.text());
        return submit(page, formSelector, changes);
    }

    public Page submit(Page page, String formSelector, Map<String, String> changes) {
        Element found = page.document().selectFirst(formSelector);
        assertNotNull(found, "no form " + formSelector + " on the page");
        FormElement form = (FormElement) found;
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        fields.putAll(changes);
        URI action = URI.create(form.absUrl("action"));
        return browser.postForm(action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery()),
                fields);
    }

    /** Writes a new article in {@code lang} and presses {@code action} (save, publish, schedule, preview); returns its id. */
    public long createArticle(String lang, String title, String body, String action) {
        return createArticle(lang, Map.of("title", title, "body", body, "action", action));
    }

    public long createArticle(String lang, Map<String, String> fields) {
        return create("/admin/articles/new?lang=" + lang, fields);
    }

    /** Writes a new page in {@code lang} (under the page {@code fields} may name as {@code parent}); returns its id. */
    public long createPage(String lang, Map<String, String> fields) {
        return create("/admin/pages/new?lang=" + lang, fields);
    }

    /** Writes a new entry of the register of official documents in {@code lang}; returns its id. */
    public long createDocument(String lang, Map<String, String> fields) {
        return create("/admin/documents/new?lang=" + lang, fields);
    }

    /** Fills document {@code id}'s register entry through its form: {@code fields} by name (number, type, issuer …). */
    public Page register(long id, Map<String, String> fields) {
        return submit("/admin/articles/" + id + "/vi", "#register form", fields);
    }

    /** Adds a term to the register's list {@code vocabulary} (type, issuer, field); returns its id. */
    public long addTerm(String vocabulary, String nameVi, String nameEn) {
        Page added = submit("/admin/documents/terms", "#terms-" + vocabulary + " > form",
                Map.of("nameVi", nameVi, "nameEn", nameEn));
        assertEquals(303, added.status(), added.text());
        Page terms = browser.get("/admin/documents/terms");
        for (Element row : terms.document().select("#terms-" + vocabulary + " tr[data-term]")) {
            Element name = row.selectFirst("input[name=nameVi]");
            if (name != null && name.attr("value").equals(nameVi)) {
                String action = row.selectFirst("form[action$=/rename]").attr("action");
                return Long.parseLong(action.replaceAll("\\D+", " ").strip().split(" ")[0]);
            }
        }
        throw new AssertionError("no term " + nameVi);
    }

    /** The id of the term whose code is {@code code} in the register's list {@code vocabulary}, if there is one. */
    public java.util.Optional<Long> termId(String vocabulary, String code) {
        Element row = browser.get("/admin/documents/terms").document()
                .selectFirst("#terms-" + vocabulary + " tr[data-term=" + code + "]");
        return java.util.Optional.ofNullable(row).map(r -> Long.parseLong(r.selectFirst("form[action$=/rename]")
                .attr("action").replaceAll("\\D+", " ").strip()));
    }

    /** Deletes a term of the register's lists (once no document uses it: clean up the documents first). */
    public void removeTerm(long id) {
        browser.postForm("/admin/documents/terms/" + id + "/remove", Map.of("_csrf", csrf()));
    }

    /** A published page under a published parent written in both languages; the page's Vietnamese address. */
    public record Pages(long parent, long page, String path) {
    }

    /** Writes "Giới thiệu {word}" (translated) and "Cơ cấu {word}" under it, both published: a page of every kind. */
    public Pages pageUnderAParent(String word) {
        long parent = createPage("vi", Map.of("title", "Giới thiệu " + word, "body", "<p>Giới thiệu.</p>", "action", "publish"));
        long page = createPage("vi", Map.of("title", "Cơ cấu " + word, "body", "<h2>Phòng</h2><ul><li>Văn phòng</li></ul>",
                "parent", String.valueOf(parent), "action", "publish"));
        translate(parent, "en", Map.of("title", "About " + word, "body", "<p>About.</p>", "action", "publish"));
        return new Pages(parent, page, "/vi/gioi-thieu-" + word + "/co-cau-" + word);
    }

    private long create(String form, Map<String, String> fields) {
        Page answer = submit(form, "form.article-form", fields);
        assertEquals(303, answer.status(), "creating an article: " + answer.text());
        Matcher id = ARTICLE_ID.matcher(answer.header("Location"));
        if (!id.find()) {
            throw new AssertionError("no article in " + answer.header("Location"));
        }
        long created = Long.parseLong(id.group(1));
        articles.add(created);
        return created;
    }

    /** Saves one language of an article through its form, with {@code changes} typed in. */
    public Page save(long id, String lang, Map<String, String> changes) {
        return submit("/admin/articles/" + id + "/" + lang, "form.article-form", changes);
    }

    public Page translate(long id, String lang, Map<String, String> changes) {
        return submit("/admin/articles/" + id + "/" + lang + "/translate", "form.article-form", changes);
    }

    /** The translation state the article's page shows for {@code lang}: UP_TO_DATE, OUTDATED or MISSING. */
    public String state(long id, String pageLang, String lang) {
        Page page = browser.get("/admin/articles/" + id + "/" + pageLang);
        return page.document().selectFirst(".translation-list li[data-lang=" + lang + "]").attr("data-state");
    }

    public String csrf() {
        return csrf(browser.get("/admin/"));
    }

    public static String csrf(Page page) {
        return page.document().selectFirst("input[name=_csrf]").attr("value");
    }

    /** Empties what {@code id} left in the trash, when this editor is an administrator (others may not). */
    private void purge(long id) {
        Page trash = browser.get("/admin/trash");
        if (trash.status() == 200 && trash.document().selectFirst("form[action=/admin/trash/purge/" + id + "]") != null) {
            submit(trash, "form[action=/admin/trash/purge/" + id + "]", Map.of());
        }
    }

    /** Moves one article or page this editor wrote to the trash, through its confirmation form. */
    public Page delete(long id) {
        // Still remembered: cleaning up purges it from the trash.
        return submit("/admin/articles/" + id + "/delete", "form[action$=/delete]", Map.of());
    }

    /** Uploads an image into the library from {@code /admin/media}; returns its id there. */
    public long uploadToLibrary(String fileName, byte[] content) {
        Page uploaded = browser.postMultipart("/admin/images", Map.of("_csrf", csrf(), "library", "1"),
                "image", fileName, "image/png", content);
        assertEquals(302, uploaded.status(), uploaded.text());
        String location = uploaded.header("Location");
        assertTrue(location.matches(".*/admin/media/images/[0-9]+\\?done=uploaded"), location);
        long id = Long.parseLong(location.replaceAll(".*/images/([0-9]+).*", "$1"));
        images.add(id);
        return id;
    }

    /** Where the library's image {@code id} is served now. */
    public String imageAddress(long id) {
        return browser.get("/admin/media/images/" + id).document().selectFirst("figure.media-image img").attr("src");
    }

    /**
     * Deletes what this editor created (articles and pages still there, then the images it put in
     * the library), through the confirmation forms; the newest first, so pages go before the pages
     * they were put under.
     */
    public void cleanUp() {
        List<Long> newestFirst = new ArrayList<>(articles);
        java.util.Collections.reverse(newestFirst);
        for (long id : newestFirst) {
            Page confirm = browser.get("/admin/articles/" + id + "/delete");
            if (confirm.status() == 200) {
                submit(confirm, "form[action$=/delete]", Map.of());
            }
            purge(id);
        }
        articles.clear();
        for (long id : images) {
            Page image = browser.get("/admin/media/images/" + id);
            if (image.status() == 200 && image.document().selectFirst("#delete form") != null) {
                submit(image, "#delete form", Map.of());
            }
        }
        images.clear();
    }

    /** Cleans up {@code id} too, made by someone who may not delete it (a contributor). */
    public void alsoCleanUp(long id) {
        articles.add(id);
    }

    public SaolaServer server() {
        return server;
    }
    /** Sends a WordPress export to {@code /admin/import/wordpress}; returns its preview's path. */
    public String stageWordPress(byte[] wxr) {
        Page sent = browser.postMultipart("/admin/import/wordpress/upload", Map.of("_csrf", csrf()), "wxr", "export.xml",
                "application/xml", wxr);
        assertEquals(302, sent.status(), sent.text());
        String preview = sent.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(preview.matches("/admin/import/wordpress/[0-9a-f]{32}"), preview);
        return preview;
    }

    /**
     * Stages and imports an export with nothing Saola imports (one post in WordPress's trash), so the
     * report page can be seen without changing the content; returns the report's path once it is done.
     */
    public String emptyWordPressImport() {
        String export = "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                + "<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://trong.example</wp:base_site_url>"
                + "<item><title>Đã xoá</title><wp:post_id>1</wp:post_id><wp:status>trash</wp:status>"
                + "<wp:post_type>post</wp:post_type></item></channel></rss>";
        String report = stageWordPress(export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(303, submit(report, "form[action$=/start]", Map.of()).status());
        for (int tries = 0; tries < 240 && get(report).document().selectFirst("td.created") == null; tries++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertNotNull(get(report).document().selectFirst("td.created"), "the empty import finished");
        return report;
    }
}
