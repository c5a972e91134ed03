package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Two-factor sign-in as an editor and an administrator live it: enrolment, signing in with a code or a recovery code, the rule for administrators. */
class TwoFactorIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);

    record Enrolled(Editor editor, String secret, List<String> recoveryCodes) {
    }

    /** A new editor who turns two-factor sign-in on, as the page guides them. */
    private Enrolled enrolledEditor() {
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, name, PASSWORD);
        assertEquals("Xác thực hai bước đang tắt.", editor.get("/admin/two-factor").document().selectFirst(".two-factor-state").text());
        Page scan = editor.submit("/admin/two-factor", "#two-factor-start", Map.of());
        assertNotNull(scan.document().selectFirst(".qr-code svg path"), "a QR code to scan");
        String secret = scan.document().selectFirst(".totp-secret").text().replace(" ", "");
        Page wrong = editor.submit(scan, "#two-factor-confirm", Map.of("code", "12345"));
        assertEquals(400, wrong.status());
        assertEquals("Mã không đúng hoặc đã hết hạn. Vui lòng nhập mã đang hiển thị trong ứng dụng.",
                wrong.document().selectFirst("#code-error").text());
        Page on = editor.submit(wrong, "#two-factor-confirm", Map.of("code", TotpCodes.code(secret, Instant.now(), 6)));
        assertEquals(200, on.status(), on.text());
        assertEquals("Đã bật xác thực hai bước.", on.document().selectFirst(".notice").text());
        List<String> codes = on.document().select(".recovery-code").eachText();
        assertEquals(10, codes.size());
        assertTrue(codes.stream().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")), codes.toString());
        return new Enrolled(editor, secret, codes);
    }

    /** Where a redirect leads, as a path (the server writes absolute addresses). */
    private static String where(Page redirect) {
        java.net.URI location = java.net.URI.create(redirect.header("Location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private Page password(Browser browser, String name, String password) {
        return browser.postForm("/admin/login", Map.of("_csrf", Editor.csrf(browser.get("/admin/login")), "username", name,
                "password", password));
    }

    private Page code(Browser browser, String code) {
        return browser.postForm("/admin/login/code", Map.of("_csrf", Editor.csrf(browser.get("/admin/login/code")), "code", code));
    }

    @Test
    void anEditorSignsInWithACodeOrARecoveryCodeAndEachWorksOnce() {
        Enrolled enrolled = enrolledEditor();
        String name = enrolled.editor().username();
        // The enrolment spent the current step's code: the app's next one is accepted a step early.
        String next = TotpCodes.code(enrolled.secret(), Instant.now().plusSeconds(30), 6);

        Browser browser = new Browser(server);
        Page afterPassword = password(browser, name, PASSWORD);
        assertEquals(303, afterPassword.status());
        assertEquals("/admin/login/code", where(afterPassword));
        assertEquals(302, browser.get("/admin/").status(), "the password alone does not open the admin");
        Page wrongCode = code(browser, "000000".equals(next) ? "111111" : "000000");
        assertEquals(401, wrongCode.status());
        assertEquals("Mã không đúng hoặc đã được dùng.", wrongCode.document().selectFirst("#code-error").text());
        assertEquals(303, code(browser, next).status());
        assertEquals(200, browser.get("/admin/").status());

        Browser again = new Browser(server);
        password(again, name, PASSWORD);
        assertEquals(401, code(again, next).status(), "a code is good once");
        assertEquals(303, code(again, enrolled.recoveryCodes().get(0).toUpperCase()).status(), "a recovery code, typed any case");
        Browser third = new Browser(server);
        password(third, name, PASSWORD);
        assertEquals(401, code(third, enrolled.recoveryCodes().get(0)).status(), "a recovery code is good once");
        assertTrue(server.logText().contains("signed in with a recovery code"));

        assertEquals(401, new Browser(server).get("/api/me", "Authorization", Browser.basic(name, PASSWORD)).status(),
                "a password alone does not open the API either");

        Page off = enrolled.editor().submit("/admin/two-factor", "#two-factor-off", Map.of("code", enrolled.recoveryCodes().get(1)));
        assertEquals(303, off.status());
        assertEquals(303, password(new Browser(server), name, PASSWORD).status());
        assertEquals("/admin/", where(password(new Browser(server), name, PASSWORD)), "the password is enough again");
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        Enrolled enrolled = enrolledEditor();
        Browser browser = new Browser(server);
        password(browser, enrolled.editor().username(), PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, code(browser, "00000" + i).status());
        }
        // The right password again does not wipe out the wrong codes: guessing goes on counting.
        Browser again = new Browser(server);
        assertEquals(303, password(again, enrolled.editor().username(), PASSWORD).status());
        for (int i = 3; i < 5; i++) {
            assertEquals(401, code(again, "00000" + i).status());
        }
        Page locked = code(again, enrolled.recoveryCodes().get(0));
        assertEquals(429, locked.status(), "even a right code waits");
        assertEquals("Đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 15 phút.",
                locked.document().selectFirst("[role=alert]").text());
    }

    @Test
    void anAdministratorTurnsItOffForAnAccountThatLostItsPhone() {
        Enrolled enrolled = enrolledEditor();
        String name = enrolled.editor().username();
        Page accounts = admin.get("/admin/accounts");
        assertEquals("Đang bật", accounts.document().selectFirst(".account-row[data-username=" + name + "] .account-two-factor span").text());
        Page off = admin.submit(accounts, ".account-row[data-username=" + name + "] .account-two-factor form", Map.of());
        assertEquals(303, off.status());
        assertEquals("/admin/", where(password(new Browser(server), name, PASSWORD)));
    }

    @Test
    void administratorsCanBeRequiredToUseIt() {
        String adminName = admin.createAccount("ADMIN", PASSWORD);
        Editor other = Editor.signIn(server, adminName, PASSWORD);
        String editorName = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, editorName, PASSWORD);
        assertEquals(303, admin.submit("/admin/two-factor", "#two-factor-policy", Map.of()).status());
        try {
            Page sent = other.get("/admin/articles");
            assertEquals(302, sent.status());
            assertEquals("/admin/two-factor?required", where(sent));
            assertEquals("Quản trị viên bắt buộc phải dùng xác thực hai bước. Vui lòng bật nó trước khi tiếp tục.",
                    other.get("/admin/two-factor?required").document().selectFirst("[role=alert]").text());
            assertEquals(200, editor.get("/admin/articles").status(), "editors are not bound by it");
            assertEquals("Mọi quản trị viên bắt buộc phải dùng xác thực hai bước.",
                    other.get("/admin/two-factor").document().selectFirst(".two-factor-policy").text());
        } finally {
            Page released = admin.submit("/admin/two-factor", "#two-factor-policy", Map.of());
            assertEquals(303, released.status());
        }
        assertEquals(200, other.get("/admin/articles").status());
    }
}
