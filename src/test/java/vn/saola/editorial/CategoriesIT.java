package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Categories: created with a name per language, renamed, reordered in the menu, deleted only when empty. */
class CategoriesIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "muc" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
        Page list = editor.get("/admin/categories");
        list.document().select(".category-row").forEach(row -> {
            if (row.text().contains(word) || row.select("input[value*=" + word + "]").size() > 0) {
                var delete = row.selectFirst("form[action$=/delete]");
                if (delete != null) {
                    editor.browser().postForm(delete.attr("action"), Map.of("_csrf", Editor.csrf(list)));
                }
            }
        });
    }

    private String create(String vi, String en) {
        Page created = editor.submit("/admin/categories", "form[action=/admin/categories]",
                Map.of("name_vi", vi, "name_en", en));
        assertEquals(303, created.status(), created.text());
        return editor.get("/admin/categories").document().select(".category-row").stream()
                .filter(row -> row.select("input[name=name]").eachAttr("value").contains(vi))
                .findFirst().orElseThrow().attr("data-id");
    }

    /** The categories in the order readers see them (the site map's list: the header may hold an arranged menu). */
    private List<String> menu(String lang) {
        return new Browser(server).get(lang.equals("vi") ? "/vi/so-do-cong" : "/en/site-map").document()
                .select(".site-map__categories > ul > li > a").eachText();
    }

    @Test
    void aCategoryIsCreatedRenamedAndMovedAndTheMenuFollows() throws InterruptedException {
        String id = create("Thông báo " + word, "Notices " + word);
        assertEquals("Thông báo " + word, menu("vi").get(menu("vi").size() - 1), "a new category comes last");
        assertEquals("Notices " + word, menu("en").get(menu("en").size() - 1));

        Page renamed = editor.submit("/admin/categories", "form[action=/admin/categories/" + id + "/rename]:has(input[value=en])",
                Map.of("name", "Announcements " + word));
        assertEquals(303, renamed.status());
        assertTrue(menu("en").contains("Announcements " + word));
        assertTrue(menu("vi").contains("Thông báo " + word), "the other language keeps its name");

        int before = menu("vi").indexOf("Thông báo " + word);
        editor.submit("/admin/categories", "form[action=/admin/categories/" + id + "/move]", Map.of("direction", "up"));
        assertEquals(before - 1, menu("vi").indexOf("Thông báo " + word), "one place up");

        long article = editor.createArticle("en", Map.of("title", "Renamed category search " + word, "body", "Body.",
                "category", id, "action", "publish"));
        editor.submit("/admin/categories", "form[action=/admin/categories/" + id + "/rename]:has(input[value=en])",
                Map.of("name", "Public notices " + word));
        Page hit = new Browser(server).get("/en/search?q=" + word);
        assertTrue(hit.text().contains("Renamed category search " + word), hit.text());
        assertTrue(article > 0);
    }

    @Test
    void aCategoryWithArticlesCannotBeDeletedAndAnEmptyOneCan() {
        String id = create("Lưu trữ " + word, "");
        long article = editor.createArticle("vi", Map.of("title", "Bài trong mục " + word, "body", "Nội dung.",
                "category", id, "action", "save"));
        Page refused = editor.browser().postForm("/admin/categories/" + id + "/delete", Map.of("_csrf", editor.csrf()));
        assertEquals(400, refused.status());
        assertEquals("Chỉ xóa được chuyên mục không còn bài viết nào.", refused.document().selectFirst("[role=alert]").text());

        editor.cleanUp();
        Page list = editor.get("/admin/categories");
        Page deleted = editor.submit(list, "form[action=/admin/categories/" + id + "/delete]", Map.of());
        assertEquals(303, deleted.status());
        assertTrue(editor.get("/admin/categories").document().select(".category-row[data-id=" + id + "]").isEmpty());
        assertTrue(article > 0);
    }

    @Test
    void aNameAlreadyTakenInThatLanguageIsRefusedBesideTheField() {
        create("Trùng tên " + word, "");
        Page refused = editor.submit("/admin/categories", "form[action=/admin/categories]",
                Map.of("name_vi", "trùng tên " + word, "name_en", ""));
        assertEquals(400, refused.status());
        assertEquals("Đã có chuyên mục mang tên này.", refused.document().selectFirst("#name_vi-error").text());
        assertEquals("trùng tên " + word, refused.document().selectFirst("#name_vi").attr("value"));
        Page empty = editor.submit("/admin/categories", "form[action=/admin/categories]", Map.of("name_vi", " ", "name_en", ""));
        assertEquals("Vui lòng nhập tên chuyên mục.", empty.document().selectFirst("#name_vi-error").text());
        assertTrue(new Api(server).search(word, "vi", 1, 10).status() == 200);
    }
}
