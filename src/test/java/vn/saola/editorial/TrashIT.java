package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Deleting moves to the trash: the article leaves the site and search at once, its addresses answer
 * 410 with the site's page; any editor restores it as it was; only administrators purge it.
 */
class TrashIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final Api api = new Api(server);
    private final String word = "thungrac" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
    }

    private Element row(Page trash, long id) {
        return trash.document().selectFirst(".trash-row[data-id=" + id + "]");
    }

    @Test
    void aDeletedArticleIsGoneUntilRestoredAsItWasAndOnlyAnAdministratorPurgesIt() {
        long id = admin.createArticle("vi", "Tin vào thùng rác " + word, "<p>Nội dung.</p>", "publish");
        admin.translate(id, "en", Map.of("title", "Trashed news " + word, "body", "<p>Body.</p>", "action", "publish"));
        admin.save(id, "vi", Map.of("body", "<p>Nội dung đã sửa.</p>"));
        String vi = "/vi/bai-viet/tin-vao-thung-rac-" + word;
        String en = "/en/articles/trashed-news-" + word;
        assertEquals(1, api.awaitTotal(word, "vi", 1));

        Editor editor = Editor.signIn(server, admin.createAccount("EDITOR", "Mật khẩu đủ dài 2026!"), "Mật khẩu đủ dài 2026!");
        assertEquals("Chuyển vào thùng rác", editor.get("/admin/articles/" + id + "/delete").document()
                .selectFirst("form[action$=/delete] button").text());
        assertEquals(303, editor.delete(id).status());
        Page gone = visitor.get(vi);
        assertEquals(410, gone.status());
        assertEquals("Nội dung đã bị gỡ bỏ", gone.document().selectFirst("main h1").text());
        assertEquals(410, visitor.get(en).status(), "in every language");
        assertEquals(0, api.awaitTotal(word, "vi", 0), "out of search at once");
        assertEquals(404, admin.get("/admin/articles/" + id + "/vi").status(), "not edited while in the trash");
        assertTrue(admin.get("/admin/articles?q=" + word).document().select(".article-row").isEmpty(), "nor listed");

        Page trash = editor.get("/admin/trash");
        Element listed = row(trash, id);
        assertTrue(listed.text().startsWith("Tin vào thùng rác " + word + " (tin bài)"), listed.text());
        assertTrue(listed.text().contains(editor.username()), "who deleted it");
        assertNull(listed.selectFirst("form[action*=/purge/]"), "an editor cannot purge");
        assertEquals(403, editor.browser().postForm("/admin/trash/purge/" + id, Map.of("_csrf", editor.csrf())).status());

        Page restored = editor.submit(trash, ".trash-row[data-id=" + id + "] form[action$=/restore]", Map.of());
        assertEquals(303, restored.status());
        assertEquals("Đã khôi phục.", editor.get(restored.header("Location")).document().selectFirst(".notice").text());
        assertEquals("Nội dung đã sửa.", visitor.get(vi).document().selectFirst(".article__body").text(), "back as it was");
        assertEquals(200, visitor.get(en).status());
        assertEquals(1, api.awaitTotal(word, "vi", 1), "found again");
        assertEquals(2, admin.get("/admin/articles/" + id + "/vi/revisions").document().select(".revision-row").size(),
                "with its revisions");

        editor.delete(id);
        Page purged = admin.submit("/admin/trash", "form[action=/admin/trash/purge/" + id + "]", Map.of());
        assertEquals(303, purged.status());
        assertNull(row(admin.get("/admin/trash"), id));
        assertEquals(404, visitor.get(vi).status(), "purged: unknown now");
        assertEquals(List.of("PURGE", "DELETE", "RESTORE", "DELETE", "PUBLISH", "PUBLISH"), admin.get("/admin/audit").document().select(".audit-row")
                .stream().filter(r -> r.text().contains("Tin vào thùng rác " + word)).map(r -> r.attr("data-action")).toList());
        editor.cleanUp();
    }

    @Test
    void theApiMovesToTheTrashAndRestores() {
        long id = admin.createArticle("vi", "Tin API thùng rác " + word, "<p>Nội dung.</p>", "publish");
        String path = "/vi/bai-viet/tin-api-thung-rac-" + word;
        assertEquals(204, api.delete(String.valueOf(id)).status());
        assertEquals(410, visitor.get(path).status());
        assertEquals(404, api.delete(String.valueOf(id)).status(), "already in the trash");
        Api.Answer restored = api.send(api.request("/api/articles/" + id + "/restore").header("Authorization", "Bearer " + api.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, restored.status());
        assertEquals(200, visitor.get(path).status());
        assertEquals(404, api.send(api.request("/api/articles/" + id + "/restore").header("Authorization", "Bearer " + api.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status(), "not in the trash");
    }

    @Test
    void importingAnArticleInTheTrashAgainUpdatesItThereAndLeavesItThere() {
        String id = "thungrac-" + word;
        String path = "/vi/bai-viet/tin-nhap-vao-thung-rac-" + word;
        assertEquals(1, api.importLines(Api.line(id, "vi", "Tin nhập vào thùng rác " + word, "<p>Bản đầu.</p>", "Tin tức")
                .toString()).json().getInt("created"));
        assertEquals(204, api.delete(id).status());
        assertEquals(1, api.importLines(Api.line(id, "vi", "Tin nhập vào thùng rác " + word, "<p>Bản nhập lại.</p>", "Tin tức")
                .toString()).json().getInt("updated"), "the same article, not a second one");
        assertEquals(410, visitor.get(path).status(), "still in the trash");
        Element listed = admin.get("/admin/trash").document().select(".trash-row").stream()
                .filter(row -> row.text().contains("Tin nhập vào thùng rác " + word)).findFirst().orElseThrow();
        assertEquals(303, admin.submit("/admin/trash", ".trash-row[data-id=" + listed.attr("data-id") + "] form[action$=/restore]",
                Map.of()).status());
        assertEquals("Bản nhập lại.", visitor.get(path).document().selectFirst(".article__body").text(), "restored with the words imported");
        admin.alsoCleanUp(Long.parseLong(listed.attr("data-id")));
    }
}
