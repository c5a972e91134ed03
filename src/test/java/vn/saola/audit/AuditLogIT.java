package vn.saola.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The audit log: sign-ins (and failed ones), publishing, taking down and deleting, through the
 * admin and the API, each a line with who, what and on what; filtered by person, action and
 * dates; exported as CSV; for administrators only.
 */
class AuditLogIT {

    private static final String PASSWORD = "Mật khẩu đủ dài 2026!";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final String word = "nhatky" + UUID.randomUUID().toString().substring(0, 8);
    private Editor editor;

    @AfterEach
    void cleanUp() {
        if (editor != null) {
            editor.cleanUp();
        }
        admin.cleanUp();
    }

    private List<Element> lines(String query) {
        Page page = admin.get("/admin/audit?" + query);
        assertEquals(200, page.status(), page.text());
        return page.document().select(".audit-row");
    }

    private static List<String> actions(List<Element> rows) {
        return rows.stream().map(row -> row.attr("data-action")).toList();
    }

    @Test
    void whatAnEditorDoesIsWrittenWithWhoWhatAndWhen() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Browser stranger = new Browser(server);
        Page refused = stranger.postForm("/admin/login", Map.of("_csrf", Editor.csrf(stranger.get("/admin/login")),
                "username", name, "password", "sai mật khẩu"));
        assertEquals(401, refused.status());
        editor = Editor.signIn(server, name, PASSWORD);
        long id = editor.createArticle("vi", "Tin nhật ký " + word, "<p>Nội dung.</p>", "publish");
        editor.submit("/admin/articles/" + id + "/vi", "form[action$=/unpublish]", Map.of());
        editor.delete(id);

        List<Element> rows = lines("who=" + name);
        assertEquals(List.of("DELETE", "UNPUBLISH", "PUBLISH", "SIGN_IN"), actions(rows).subList(0, 4), "newest first");
        Element published = rows.get(2);
        assertEquals(List.of(name, "Xuất bản", "Tin nhật ký " + word), published.select("td").eachText().subList(1, 4));
        assertEquals("/admin/articles/" + id + "/vi", published.selectFirst("td a").attr("href"), "the article it concerned");
        assertEquals(List.of("Xóa", "Gỡ xuống", "Xuất bản", "Đăng nhập"), rows.subList(0, 4).stream()
                .map(row -> row.select("td").get(2).text()).toList(), "named in the editor's language");
        assertEquals("SIGN_IN_FAILED", actions(rows).get(4), "the wrong password before");
        assertEquals(List.of("ACCOUNT_CREATED"), actions(lines("action=ACCOUNT_CREATED&who=" + admin.username()))
                .stream().limit(1).toList());

        assertEquals(List.of("PUBLISH"), actions(lines("who=" + name + "&action=PUBLISH")));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        assertEquals(List.of("PUBLISH"), actions(lines("who=" + name + "&action=PUBLISH&from=" + today + "&to=" + today)));
        assertEquals(List.of(), actions(lines("who=" + name + "&from=" + tomorrow)), "nothing from tomorrow on");
        Page wrongDate = admin.get("/admin/audit?from=2026-02-30");
        assertEquals(400, wrongDate.status());
        assertEquals("Ngày không hợp lệ; hãy nhập theo dạng năm-tháng-ngày.", wrongDate.document().selectFirst("#audit-date-error").text());

        HttpResponse<byte[]> csv = admin.browser().getBytes("/admin/audit/export.csv?who=" + name + "&action=PUBLISH");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFThời điểm,Người thực hiện,Hành động,Mã đối tượng,Đối tượng,Chi tiết\r\n"), text);
        assertEquals(2, text.split("\r\n").length, text);
        assertTrue(text.contains(",\"" + name + "\",\"Xuất bản\",\"article:" + id + "\",\"Tin nhật ký " + word + "\","), text);

        assertEquals(403, editor.get("/admin/audit").status(), "administrators only");
        assertEquals(403, editor.browser().getBytes("/admin/audit/export.csv").statusCode());
        editor.submit("/admin/", "form[action='/admin/logout']", Map.of());
        assertEquals("SIGN_OUT", actions(lines("who=" + name)).get(0));
    }

    @Test
    void theApiIsRecordedWithTheAccountOfItsToken() {
        long id = admin.createArticle("vi", "Tin qua API " + word, "<p>Nội dung.</p>", "save");
        Api api = new Api(server);
        assertEquals(204, api.setStatus(String.valueOf(id), "published").status());
        assertEquals(204, api.setStatus(String.valueOf(id), "draft").status());
        Document page = admin.get("/admin/audit?who=admin").document();
        List<Element> rows = page.select(".audit-row").stream()
                .filter(row -> row.text().contains("Tin qua API " + word)).toList();
        assertEquals(List.of("UNPUBLISH", "PUBLISH"), actions(rows));
        assertEquals("API", rows.get(0).select("td").get(4).text());
    }
}
