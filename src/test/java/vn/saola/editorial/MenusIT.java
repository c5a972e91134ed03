package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Menus arranged at {@code /admin/menus}: what an administrator adds, orders and labels is what
 * every public page shows at once, in each language; what cannot be is refused beside its field.
 * Each test removes its items again (the server is shared).
 */
class MenusIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final String word = "menu" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> added = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String id : added) {
            // Deleting an item deletes the items under it: look again each time.
            if (admin.get("/admin/menus").document().selectFirst(".menu-row[data-id=" + id + "]") != null) {
                admin.submit("/admin/menus", "form[action=/admin/menus/items/" + id + "/delete]", Map.of());
            }
        }
        admin.submit("/admin/menus", "form[action=/admin/menus/links/placement]", Map.of("placement", "footer"));
        admin.cleanUp();
    }

    /** Adds an item to {@code menu} through its form; returns the new item's id. */
    private String add(String menu, Map<String, String> fields) {
        List<String> before = ids(menu);
        Page answer = admin.submit("/admin/menus", "form[action=/admin/menus/" + menu + "/items]", fields);
        assertEquals(303, answer.status(), answer.text());
        List<String> after = ids(menu);
        after.removeAll(before);
        assertEquals(1, after.size());
        added.add(after.get(0));
        return after.get(0);
    }

    private List<String> ids(String menu) {
        return new ArrayList<>(admin.get("/admin/menus").document().select("#menu-" + menu + " .menu-row").eachAttr("data-id"));
    }

    private String firstCategory() {
        return admin.get("/admin/menus").document().selectFirst("#header-category option[value~=[0-9]]").attr("value");
    }

    private static List<String> topItems(Document page) {
        return page.select(".main-menu > ul > li > a").eachText();
    }

    @Test
    void theHeaderMenuShowsPagesCategoriesAndOtherSitesInEachLanguageInTheOrderGiven() {
        long about = admin.createPage("vi", Map.of("title", "Giới thiệu " + word, "body", "Giới thiệu.", "action", "publish"));
        admin.translate(about, "en", Map.of("title", "About " + word, "body", "About.", "action", "publish"));
        String page = add("header", Map.of("target", "page", "page", String.valueOf(about)));
        add("header", Map.of("target", "category", "category", firstCategory(), "parent", page,
                "label_vi", "Tin nổi bật " + word, "label_en", "Highlights " + word));
        String portal = add("header", Map.of("target", "link", "link", "https://dichvucong.gov.vn/",
                "label_vi", "Dịch vụ công " + word));

        Document home = visitor.get("/vi/").document();
        List<String> top = topItems(home);
        assertTrue(top.indexOf("Giới thiệu " + word) >= 0 && top.indexOf("Giới thiệu " + word) < top.indexOf("Dịch vụ công " + word),
                top.toString());
        Element item = home.selectFirst(".main-menu li:has(> a:containsOwn(Giới thiệu " + word + "))");
        assertEquals("/vi/gioi-thieu-" + word, item.selectFirst("a").attr("href"));
        assertEquals("Tin nổi bật " + word, item.selectFirst("ul a").text(), "the item under it");
        assertEquals("https://dichvucong.gov.vn/", home.selectFirst(".main-menu a:containsOwn(Dịch vụ công " + word + ")").attr("href"));

        Document english = visitor.get("/en/").document();
        assertTrue(topItems(english).contains("About " + word), "the page's English title");
        assertNotNull(english.selectFirst(".main-menu a:containsOwn(Highlights " + word + ")"));
        assertNull(english.selectFirst(".main-menu a:containsOwn(Dịch vụ công " + word + ")"), "no English label: not shown in English");

        admin.submit("/admin/menus", "form[action=/admin/menus/items/" + portal + "/move]", Map.of("direction", "up"));
        top = topItems(visitor.get("/vi/").document());
        assertEquals(top.indexOf("Giới thiệu " + word) - 1, top.indexOf("Dịch vụ công " + word), "moved up by one: " + top);

        Page edited = admin.submit("/admin/menus/items/" + portal, "form.menu-item-form",
                Map.of("label_vi", "Cổng Dịch vụ công quốc gia " + word));
        assertEquals(303, edited.status(), edited.text());
        assertNotNull(visitor.get("/vi/gioi-thieu-" + word).document()
                .selectFirst(".main-menu a:containsOwn(Cổng Dịch vụ công quốc gia " + word + ")"), "on every page at once");
        assertNotNull(visitor.get("/vi/so-do-cong").document().selectFirst(".site-map a[href=/vi/gioi-thieu-" + word + "]"));
    }

    @Test
    void whatCannotBeIsRefusedBesideItsFieldAndChangesNothing() {
        List<String> before = ids("footer");
        Page script = admin.submit("/admin/menus", "form[action=/admin/menus/footer/items]",
                Map.of("target", "link", "link", "javascript:alert(1)", "label_vi", "Độc " + word));
        assertEquals(400, script.status());
        assertEquals("Vui lòng nhập địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://, tối đa 500 ký tự.",
                script.document().selectFirst("#footer-link-error").text());
        assertEquals("Độc " + word, script.document().selectFirst("#footer-label_vi").attr("value"), "what was typed stays");
        Page unnamed = admin.submit("/admin/menus", "form[action=/admin/menus/footer/items]",
                Map.of("target", "link", "link", "https://moit.gov.vn/"));
        assertEquals(400, unnamed.status());
        assertNotNull(unnamed.document().selectFirst("#footer-label_vi-error"));
        Page noPage = admin.submit("/admin/menus", "form[action=/admin/menus/footer/items]", Map.of("target", "page"));
        assertEquals("Vui lòng chọn một trang.", noPage.document().selectFirst("#footer-page-error").text());
        assertEquals(before, ids("footer"), "nothing added");

        String top = add("footer", Map.of("target", "link", "link", "https://moit.gov.vn/", "label_vi", "Bộ Công Thương " + word));
        String child = add("footer", Map.of("target", "link", "link", "https://backan.gov.vn/", "label_vi", "Bắc Kạn " + word,
                "parent", top));
        Map<String, String> underChild = new HashMap<>(Map.of("target", "link", "link", "https://a.gov.vn/",
                "label_vi", "Cấp ba " + word, "parent", child));
        Page tooDeep = admin.browser().postForm("/admin/menus/footer/items", withCsrf(underChild));
        assertEquals(400, tooDeep.status(), "one level only");
        assertNotNull(tooDeep.document().selectFirst("#footer-parent-error"));

        Page first = admin.get("/admin/menus/items/" + top);
        Page second = admin.get("/admin/menus/items/" + top);
        assertEquals(303, admin.submit(first, "form.menu-item-form", Map.of("label_vi", "Bộ Công Thương (1) " + word)).status());
        Page late = admin.submit(second, "form.menu-item-form", Map.of("label_vi", "Bộ Công Thương (2) " + word));
        assertEquals(409, late.status(), "a form opened before another administrator's save does not overwrite it unknowingly");
        assertTrue(late.document().selectFirst(".conflict").text().startsWith("Một quản trị viên khác vừa lưu mục này"));
        Document footer = visitor.get("/vi/").document();
        assertNotNull(footer.selectFirst(".footer-menu a:containsOwn(Bộ Công Thương (1) " + word + ")"));
        assertNotNull(footer.selectFirst(".footer-menu li:has(> a:containsOwn(Bộ Công Thương (1) " + word + ")) ul a[href=https://backan.gov.vn/]"));
    }

    @Test
    void theWebsiteLinksBlockStandsInTheFooterOrBesideArticles() {
        add("links", Map.of("target", "link", "link", "https://backan.gov.vn/", "label_vi", "Cổng tỉnh " + word,
                "label_en", "Province portal " + word));
        admin.createArticle("vi", "Tin có cột bên " + word, "Nội dung.", "publish");
        String articlePath = "/vi/bai-viet/tin-co-cot-ben-" + word;
        Document page = visitor.get(articlePath).document();
        assertNotNull(page.selectFirst("footer .website-links a:containsOwn(Cổng tỉnh " + word + ")"));
        assertEquals("Liên kết website", page.selectFirst("footer .website-links h2").text());
        assertNull(page.selectFirst(".article-aside .website-links"));
        assertNotNull(visitor.get("/en/").document().selectFirst("footer .website-links a:containsOwn(Province portal " + word + ")"));

        admin.submit("/admin/menus", "form[action=/admin/menus/links/placement]", Map.of("placement", "side"));
        page = visitor.get(articlePath).document();
        assertNotNull(page.selectFirst(".article-aside .website-links a:containsOwn(Cổng tỉnh " + word + ")"));
        assertNull(page.selectFirst("footer .website-links"), "in one place only");
        assertNull(visitor.get("/en/").document().selectFirst("footer .website-links"));
    }

    private Map<String, String> withCsrf(Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", Editor.csrf(admin.get("/admin/menus")));
        return form;
    }
}
