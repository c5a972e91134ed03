package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Pages (Giới thiệu, Cơ cấu tổ chức, Liên hệ …): written in the admin or imported, at
 * {@code /vi/{parent}/{slug}} with breadcrumbs, switching language to their translation, in the
 * site maps and search (as "Trang") but never in the news lists or feeds.
 */
class PagesIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final Api api = new Api(server);
    private final String word = "trangthu" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
        api.delete("page-child-" + word);
        api.delete("page-top-" + word);
    }

    @Test
    void anEditorWritesAPageUnderAnotherTranslatesItAndVisitorsFindItThere() {
        long about = editor.createPage("vi", Map.of("title", "Giới thiệu " + word,
                "body", "<p>Sở Công Thương là cơ quan chuyên môn " + word + ".</p>", "action", "publish"));
        long organisation = editor.createPage("vi", Map.of("title", "Cơ cấu tổ chức " + word,
                "body", "<p>Các phòng chuyên môn của Sở.</p>", "parent", String.valueOf(about), "action", "publish"));
        String aboutPath = "/vi/gioi-thieu-" + word;
        String organisationPath = aboutPath + "/co-cau-to-chuc-" + word;

        Document page = visitor.get(organisationPath).document();
        assertEquals("Cơ cấu tổ chức " + word, page.selectFirst("main h1").text());
        assertEquals(List.of("Trang chủ", "Giới thiệu " + word, "Cơ cấu tổ chức " + word),
                page.select(".breadcrumbs li").eachText());
        assertNotNull(page.selectFirst(".breadcrumbs a[href=" + aboutPath + "]:containsOwn(Giới thiệu " + word + ")"),
                "the parent in the breadcrumbs leads to it");
        assertNotNull(page.selectFirst(".breadcrumbs [aria-current=page]"));
        assertTrue(page.selectFirst(".language-switcher").text().contains("English"), "not translated yet: says so");
        assertNotNull(page.selectFirst(".language-switcher__note"));

        Document parent = visitor.get(aboutPath).document();
        assertEquals(List.of("Cơ cấu tổ chức " + word), parent.select(".page-children li").eachText(),
                "a page lists the pages under it");
        assertEquals(301, visitor.get("/vi/co-cau-to-chuc-" + word).status(), "the short address leads to the full one");

        editor.translate(about, "en", Map.of("title", "About " + word, "body", "<p>The department.</p>",
                "action", "publish"));
        editor.translate(organisation, "en", Map.of("title", "Organisation " + word, "body", "<p>Its divisions.</p>",
                "action", "publish"));
        String english = "/en/about-" + word + "/organisation-" + word;
        page = visitor.get(organisationPath).document();
        assertEquals(english, page.selectFirst("link[rel=alternate][hreflang=en]").attr("href").replaceFirst("^https?://[^/]+", ""));
        assertNull(page.selectFirst(".language-switcher__note"), "translated now");
        Document inEnglish = visitor.get(english).document();
        assertEquals("Organisation " + word, inEnglish.selectFirst("main h1").text());
        assertEquals(List.of("Home", "About " + word, "Organisation " + word), inEnglish.select(".breadcrumbs li").eachText());

        // Not news: in no list or feed; in the site maps and in search, as a page.
        assertFalse(visitor.get("/vi/").text().contains(word), "not on the home page");
        assertFalse(visitor.get("/vi/rss.xml").text().contains(word), "not in the feed");
        assertTrue(visitor.get("/sitemap.xml").text().contains(organisationPath));
        Element inSiteMap = visitor.get("/vi/so-do-cong").document().selectFirst(".site-map a[href=" + aboutPath + "]");
        assertNotNull(inSiteMap, "on the site map for people");
        assertNotNull(inSiteMap.parent().selectFirst("ul a[href=" + organisationPath + "]"), "with its pages under it");

        assertEquals(1, api.awaitTotal("cơ cấu " + word, "vi", 1), () -> api.search("cơ cấu " + word, "vi", 1, 10).body());
        JsonObject hit = api.search("cơ cấu " + word, "vi", 1, 10).json().getJsonArray("hits").getJsonObject(0);
        assertEquals("page", hit.getString("type"));
        assertEquals(organisationPath, hit.getString("url"));
        Document onlyPages = visitor.get("/vi/tim-kiem?q=" + word + "&type=page").document();
        assertEquals(2, onlyPages.select(".search-result").size(), onlyPages.text());
        assertEquals("Trang", onlyPages.selectFirst(".search-result__type").text());
        assertEquals("page", onlyPages.selectFirst("#search-type option[selected]").attr("value"));
        assertEquals(0, visitor.get("/vi/tim-kiem?q=" + word + "&type=article").document().select(".search-result").size());

        Page list = editor.get("/admin/pages");
        Element row = list.document().selectFirst(".page-row[data-depth=2]:contains(Cơ cấu tổ chức " + word + ")");
        assertNotNull(row, "the list shows the page under its parent");
    }

    @Test
    void aPageMayNotTakeAReservedAddressNorGoUnderItselfNorLeaveItsPagesWithoutAParent() {
        Page refused = editor.submit("/admin/pages/new?lang=vi", "form.article-form", Map.of("title", "Tìm kiếm " + word,
                "slug", "tim-kiem", "body", "Nội dung", "action", "save"));
        assertEquals(400, refused.status());
        assertTrue(refused.document().selectFirst("#slug-error").text().startsWith("Đường dẫn này dành cho các mục của hệ thống"),
                refused.document().selectFirst("#slug-error").text());
        assertEquals("Tìm kiếm " + word, refused.document().selectFirst("#title").attr("value"), "what was typed stays");

        long top = editor.createPage("vi", Map.of("title", "Tìm kiếm " + word, "body", "Nội dung", "action", "publish"));
        assertEquals(200, visitor.get("/vi/tim-kiem-" + word).status(), "a page whose title is a reserved word gets another address");
        long child = editor.createPage("vi", Map.of("title", "Con " + word, "body", "Nội dung",
                "parent", String.valueOf(top), "action", "save"));

        Page loop = editor.save(top, "vi", Map.of("parent", String.valueOf(child)));
        assertEquals(400, loop.status());
        assertTrue(loop.document().selectFirst("#parent-error").text().startsWith("Không thể đặt trang vào chính nó"));
        assertNull(loop.document().selectFirst("#parent option[value=" + top + "]"), "itself is no choice");
        assertNull(loop.document().selectFirst("#parent option[value=" + child + "]"), "nor its own pages");

        Page kept = editor.submit("/admin/articles/" + top + "/delete", "form[action$=/delete]", Map.of());
        assertEquals(409, kept.status());
        assertTrue(kept.document().selectFirst(".form-error").text().startsWith("Trang này còn trang con"));
        assertEquals(200, visitor.get("/vi/tim-kiem-" + word).status(), "still there");
        assertEquals(409, api.delete(String.valueOf(top)).status(), "through the API too");
    }

    @Test
    void pagesAreImportedWithTheirParentAndAMovedParentLeadsOldAddressesOn() {
        String lines = String.join("\n",
                line("page-top-" + word, "vi", "Liên hệ " + word, null).toString(),
                line("page-child-" + word, "vi", "Đường dây nóng " + word, "page-top-" + word).toString(),
                line("page-orphan-" + word, "vi", "Mồ côi " + word, "page-missing-" + word).toString(),
                Json.createObjectBuilder(line("page-top-" + word, "en", "Contact " + word, null)).build().toString());
        JsonObject report = api.importLines(lines).json();
        assertEquals(3, report.getInt("created"), report.toString());
        assertEquals("trường “parent” không trỏ tới trang nào đã được nhập trước dòng này",
                report.getJsonArray("errors").getJsonObject(0).getString("reason"), report.toString());
        String childPath = "/vi/lien-he-" + word + "/duong-day-nong-" + word;
        assertEquals("Đường dây nóng " + word, visitor.get(childPath).document().selectFirst("main h1").text());
        assertEquals(200, visitor.get("/en/contact-" + word).status());

        JsonObject asArticle = Json.createObjectBuilder(line("page-top-" + word, "vi", "Liên hệ " + word, null))
                .remove("type").add("category", "Tin tức").build();
        JsonObject changedType = api.importLines(asArticle.toString()).json();
        assertEquals(1, changedType.getInt("rejected"), changedType.toString());
        assertTrue(changedType.getJsonArray("errors").getJsonObject(0).getString("reason").contains("không thể đổi loại"));

        // The parent's address changes: its page and the page under it answer 301 from the old ones.
        Page edit = editor.get("/admin/pages");
        String editPath = edit.document().selectFirst(".page-row a.article-row__title:contains(Liên hệ " + word + ")").attr("href");
        long id = Long.parseLong(editPath.replaceAll("^/admin/articles/([0-9]+)/.*$", "$1"));
        assertEquals(303, editor.save(id, "vi", Map.of("slug", "lien-he-moi-" + word)).status());
        Page moved = visitor.get(childPath);
        assertEquals(301, moved.status());
        assertEquals("/vi/lien-he-moi-" + word + "/duong-day-nong-" + word, moved.header("Location").replaceFirst("^https?://[^/]+", ""));
        Page old = visitor.get("/vi/lien-he-" + word);
        assertEquals(301, old.status());
        assertTrue(old.header("Location").endsWith("/vi/lien-he-moi-" + word));
    }

    private JsonObject line(String id, String lang, String title, String parent) {
        var line = Json.createObjectBuilder().add("type", "page").add("id", id).add("lang", lang).add("title", title)
                .add("body", "<p>" + title + "</p>");
        if (parent != null) {
            line.add("parent", parent);
        }
        return line.build();
    }
}
