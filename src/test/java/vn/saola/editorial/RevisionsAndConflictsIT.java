package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;

/** Every save kept as a revision (who, when) and restorable; two editors saving at once; deleting. */
class RevisionsAndConflictsIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final String word = "phienban" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
    }

    @Test
    void everySaveIsARevisionThatCanBeReadAndRestored() {
        long id = admin.createArticle("vi", "Bản một " + word, "<p>Nội dung bản một.</p>", "publish");
        admin.save(id, "vi", Map.of("title", "Bản hai " + word, "body", "<p>Nội dung bản hai.</p>"));
        admin.save(id, "vi", Map.of("title", "Bản ba " + word, "body", "<p>Nội dung bản ba.</p>"));
        Page unchanged = admin.save(id, "vi", Map.of());
        assertEquals(303, unchanged.status());

        Page revisions = admin.get("/admin/articles/" + id + "/vi/revisions");
        List<String> rows = revisions.document().select(".revision-row").eachText();
        assertEquals(3, rows.size(), "a save that changes nothing makes no revision: " + rows);
        assertTrue(rows.get(0).startsWith("Phiên bản 3 (hiện tại)") && rows.get(0).contains("admin")
                && rows.get(0).contains("Bản ba " + word), rows.get(0));
        assertTrue(rows.get(2).startsWith("Phiên bản 1") && rows.get(2).contains("Bản một " + word), rows.get(2));

        Page first = admin.get("/admin/articles/" + id + "/vi/revisions/1");
        assertEquals("Bản một " + word, first.document().selectFirst("#revision-title").text());
        assertEquals("Nội dung bản một.", first.document().selectFirst(".revision-text .article__body").text());
        assertEquals(List.of("một", "một."), first.document().select(".diff del").eachText());

        Page restored = admin.submit(first, "form[action$=/restore]", Map.of());
        assertEquals(303, restored.status());
        Page edit = admin.get("/admin/articles/" + id + "/vi");
        assertEquals("Bản một " + word, edit.document().selectFirst("input[name=title]").attr("value"));
        assertEquals(4, admin.get("/admin/articles/" + id + "/vi/revisions").document().select(".revision-row").size(),
                "restoring is a new revision; nothing is lost");
        Page page = new Browser(server).get("/vi/bai-viet/ban-mot-" + word);
        assertEquals("Nội dung bản một.", page.document().selectFirst(".article__body").text());
        assertEquals(404, admin.get("/admin/articles/" + id + "/vi/revisions/99").status());
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameTranslationIsToldAndKeepsWhatTheyTyped() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor other = Editor.signIn(server, name, PASSWORD);
        long id = admin.createArticle("vi", "Tranh chấp " + word, "<p>Bản gốc.</p>", "save");

        Page mine = admin.get("/admin/articles/" + id + "/vi");
        Page theirs = other.get("/admin/articles/" + id + "/vi");
        assertEquals(303, other.submit(theirs, "form.article-form", Map.of("body", "<p>Bản của biên tập viên.</p>")).status());

        Page conflict = admin.submit(mine, "form.article-form", Map.of("body", "<p>Bản của quản trị viên.</p>"));
        assertEquals(409, conflict.status());
        String message = conflict.document().selectFirst(".conflict").text();
        assertTrue(message.contains("Người dùng " + name + " đã lưu bản này sau khi bạn mở nó"), message);
        assertEquals("<p>Bản của quản trị viên.</p>", conflict.document().selectFirst("textarea[name=body]").text(),
                "nothing typed is lost");
        assertEquals("<p>Bản của biên tập viên.</p>", admin.get("/admin/articles/" + id + "/vi").document()
                .selectFirst("textarea[name=body]").text(), "the first save stands");

        Page second = admin.submit(conflict, "form.article-form", Map.of());
        assertEquals(303, second.status(), "saving again, knowingly, puts the text in place");
        assertEquals("<p>Bản của quản trị viên.</p>", admin.get("/admin/articles/" + id + "/vi").document()
                .selectFirst("textarea[name=body]").text());
    }

    @Test
    void aDeletedArticleLeavesPagesAndSearchButItsStatisticsStay() {
        long id = admin.createArticle("vi", "Sắp xoá " + word, "<p>Nội dung " + word + ".</p>", "publish");
        String path = "/vi/bai-viet/sap-xoa-" + word;
        Readers.read(server, path, 3, 1);
        assertEquals(3, Readers.awaitStat(server, String.valueOf(id), "total", 3));
        assertEquals(1, new Api(server).awaitTotal(word, "vi", 1));

        Page confirm = admin.get("/admin/articles/" + id + "/delete");
        assertEquals("Xóa bài viết này?", confirm.document().selectFirst("main h1").text());
        assertEquals("Sắp xoá " + word, confirm.document().selectFirst(".delete-title").text());
        assertEquals(200, new Browser(server).get(path).status(), "asking deletes nothing");
        Page deleted = admin.submit(confirm, "form[action$=/delete]", Map.of());
        assertEquals(303, deleted.status());

        Page gone = new Browser(server).get(path);
        assertEquals(410, gone.status(), "in the trash: gone, not unknown");
        assertEquals("Nội dung đã bị gỡ bỏ", gone.document().selectFirst("main h1").text());
        assertEquals(0, new Api(server).awaitTotal(word, "vi", 0));
        assertEquals(404, admin.get("/admin/articles/" + id + "/vi").status());
        Page stats = admin.get("/admin/stats/articles/" + id);
        assertEquals(200, stats.status(), "its statistics remain for administrators");
        assertNotNull(stats.document().selectFirst("main"));
    }
}
