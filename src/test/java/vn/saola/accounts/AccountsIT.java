package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Accounts: administrators create editors and reset or disable them; sign-in guessing is slowed down. */
class AccountsIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);

    private static Page signIn(Browser browser, String user, String password) {
        Page form = browser.get("/admin/login");
        return browser.postForm("/admin/login", Map.of("_csrf", Editor.csrf(form), "username", user, "password", password));
    }

    private String accountAction(String user, String suffix) {
        return admin.get("/admin/accounts").document().select(".account-row[data-username=" + user + "] form").stream()
                .map(f -> f.attr("action")).filter(a -> a.endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorCreatesAnEditorWhoSignsInWithTheNewPassword() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Page list = admin.get("/admin/accounts?done=created");
        assertEquals("Đã tạo tài khoản.", list.document().selectFirst(".notice").text());
        assertTrue(list.document().selectFirst(".account-row[data-username=" + name + "]").text().contains("Biên tập viên"));
        Editor editor = Editor.signIn(server, name, PASSWORD);
        assertTrue(editor.get("/admin/").text().contains("Xin chào, " + name + "."));

        Page taken = admin.submit("/admin/accounts", "form[action=/admin/accounts]",
                Map.of("username", name, "password", PASSWORD, "role", "EDITOR"));
        assertEquals(400, taken.status());
        assertEquals("Tên đăng nhập này đã có người dùng.", taken.document().selectFirst("#username-error").text());
        Page weak = admin.submit("/admin/accounts", "form[action=/admin/accounts]",
                Map.of("username", name + "x", "password", "short", "role", "EDITOR"));
        assertEquals("Mật khẩu phải có từ 12 đến 200 ký tự, trong đó ít nhất 5 ký tự khác nhau.", weak.document().selectFirst("#password-error").text());
        assertEquals(name + "x", weak.document().selectFirst("#new-username").attr("value"));
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Page reset = admin.browser().postForm(accountAction(name, "/password"),
                Map.of("_csrf", admin.csrf(), "password", "mat-khau-moi-hoan-toan"));
        assertEquals(303, reset.status());
        assertEquals(401, signIn(new Browser(server), name, PASSWORD).status());
        assertEquals(303, signIn(new Browser(server), name, "mat-khau-moi-hoan-toan").status());
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignInAgain() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, name, PASSWORD);
        assertEquals(200, editor.get("/admin/articles").status());

        Page disabled = admin.browser().postForm(accountAction(name, "/disabled"),
                Map.of("_csrf", admin.csrf(), "disabled", "true"));
        assertEquals(303, disabled.status());
        assertTrue(admin.get("/admin/accounts").document().selectFirst(".account-row[data-username=" + name + "]")
                .text().contains("Đã khóa"));
        assertEquals(302, editor.get("/admin/articles").status(), "the open session ends at its next request");
        assertEquals(401, signIn(new Browser(server), name, PASSWORD).status());

        admin.browser().postForm(accountAction(name, "/disabled"), Map.of("_csrf", admin.csrf(), "disabled", "false"));
        assertEquals(303, signIn(new Browser(server), name, PASSWORD).status());
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        String adminId = admin.get("/admin/accounts").document().selectFirst(".account-row[data-username=admin] form")
                .attr("action").split("/")[3];
        Page refused = admin.browser().postForm("/admin/accounts/" + adminId + "/disabled",
                Map.of("_csrf", admin.csrf(), "disabled", "true"));
        assertEquals(400, refused.status());
        assertEquals("Bạn không thể tự khóa tài khoản của mình.", refused.document().selectFirst("[role=alert]").text());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileAndTheLogSaysSo() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(new Browser(server), name, "sai-mat-khau-" + i).status());
        }
        Page locked = signIn(new Browser(server), name, PASSWORD);
        assertEquals(429, locked.status(), "even the right password waits");
        assertEquals("Đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 15 phút.",
                locked.document().selectFirst("[role=alert]").text());
        assertTrue(server.logText().contains("Sign-in for \"" + name + "\" locked for 15 minutes after 5 failed attempts"));
        assertEquals(303, signIn(new Browser(server), "admin", server.adminPassword()).status(), "others are not locked");
    }

    @Test
    void theAdminSpeaksTheLanguageTheEditorChose() {
        Page dashboard = admin.get("/admin/");
        assertEquals("Bảng điều khiển", dashboard.document().selectFirst("main h1").text());
        Page switched = admin.submit(dashboard, "form[action=/admin/language]", Map.of("lang", "en", "back", "/admin/articles"));
        assertEquals(303, switched.status());
        assertEquals("/admin/articles", java.net.URI.create(switched.header("Location")).getPath());
        Page english = admin.get("/admin/articles");
        assertEquals("en", english.document().selectFirst("html").attr("lang"));
        assertEquals("Articles", english.document().selectFirst("main h1").text());
        assertEquals("true", english.document().selectFirst("button[name=lang][value=en]").attr("aria-pressed"));
        assertTrue(admin.get("/").header("Location").endsWith("/vi/"), "the public site keeps its own choice");
        Page evil = admin.submit(english, "form[action=/admin/language]", Map.of("lang", "vi", "back", "https://evil.example/"));
        assertEquals(server.base() + "/admin/", evil.header("Location"), "never sent off the admin");
    }
}
