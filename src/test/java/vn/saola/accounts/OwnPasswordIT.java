package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Every account changes its own password, giving the current one; its other sessions end, this one goes on. */
class OwnPasswordIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";
    private static final String NEW_PASSWORD = "mat-khau-moi-cua-toi-2026";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);

    private static Page change(Editor editor, String current, String password, String confirm) {
        return editor.submit("/admin/password", "#own-password", Map.of("current", current, "password", password, "confirm", confirm));
    }

    private Page signIn(String name, String password) {
        Browser browser = new Browser(server);
        return browser.postForm("/admin/login", Map.of("_csrf", Editor.csrf(browser.get("/admin/login")), "username", name,
                "password", password));
    }

    @Test
    void anEditorChangesTheirPasswordAndTheirOtherSessionsEnd() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor here = Editor.signIn(server, name, PASSWORD);
        Editor elsewhere = Editor.signIn(server, name, PASSWORD);
        assertEquals("Đổi mật khẩu", here.get("/admin/").document().selectFirst("a[href=/admin/password]").text());

        Page wrongCurrent = change(here, "khong-phai-mat-khau", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(400, wrongCurrent.status());
        assertEquals("Mật khẩu hiện tại không đúng.", wrongCurrent.document().selectFirst("#current-error").text());
        Page weak = change(here, PASSWORD, "ngan", "ngan");
        assertEquals("Mật khẩu phải có từ 12 đến 200 ký tự, trong đó ít nhất 5 ký tự khác nhau.",
                weak.document().selectFirst("#password-error").text());
        Page differs = change(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertEquals("Hai lần nhập mật khẩu mới không khớp nhau.", differs.document().selectFirst("#confirm-error").text());
        assertEquals(200, elsewhere.get("/admin/").status(), "nothing changed yet");

        Page changed = change(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(303, changed.status(), changed.text());
        assertEquals("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
                here.browser().follow(changed).document().selectFirst(".notice").text());
        assertEquals(200, here.get("/admin/").status(), "this session goes on");
        assertEquals(302, elsewhere.get("/admin/").status(), "the other one is over");
        assertEquals(401, signIn(name, PASSWORD).status());
        assertEquals(303, signIn(name, NEW_PASSWORD).status());
        assertEquals(true, server.logText().contains("\"" + name + "\" changed their own password"));
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheAccountsSessions() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, name, PASSWORD);
        String action = admin.get("/admin/accounts").document().select(".account-row[data-username=" + name + "] form").stream()
                .map(f -> f.attr("action")).filter(a -> a.endsWith("/password")).findFirst().orElseThrow();
        assertEquals(303, admin.browser().postForm(action, Map.of("_csrf", admin.csrf(), "password", NEW_PASSWORD)).status());
        assertEquals(302, editor.get("/admin/").status());
        assertEquals(200, admin.get("/admin/").status());
    }
}
