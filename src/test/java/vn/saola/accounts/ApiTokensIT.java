package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** API tokens: made by an administrator, shown once, used by a script with its role, listed with last use, revoked. */
class ApiTokensIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);

    private Page me(String token) {
        return new Browser(server).get("/api/me", "Authorization", "Bearer " + token);
    }

    private Element row(String name) {
        return admin.get("/admin/tokens").document().selectFirst(".token-row[data-name=" + name + "]");
    }

    @Test
    void aTokenIsShownOnceActsWithItsRoleAndStopsWhenRevoked() {
        String name = "nhap-bai-" + UUID.randomUUID().toString().substring(0, 8);
        Page made = admin.submit("/admin/tokens", "form[action=/admin/tokens]", Map.of("name", name, "role", "EDITOR", "days", "30"));
        assertEquals(201, made.status(), made.text());
        assertEquals("Đã tạo mã “" + name + "”", made.document().selectFirst("#new-token-heading").text());
        String secret = made.document().selectFirst("input.token-secret").attr("value");
        assertTrue(secret.matches("saola_[A-Za-z0-9_-]{43}"), secret);

        Page list = admin.get("/admin/tokens");
        assertFalse(list.response().body().contains(secret), "never shown again");
        assertEquals("Chưa dùng", row(name).selectFirst(".token-last-used").text());
        assertTrue(row(name).text().contains("Biên tập viên"));

        Page me = me(secret);
        assertEquals(200, me.status(), me.text());
        assertEquals("{\"username\":\"admin\",\"role\":\"EDITOR\"}", me.response().body(), "the token's role, not the account's");
        Page importing = new Browser(server).get("/api/import", "Authorization", "Bearer " + secret);
        assertEquals(403, importing.status(), "an editor's token may not import");
        assertFalse(row(name).selectFirst(".token-last-used").text().equals("Chưa dùng"), "its last use is shown");

        String revoke = row(name).selectFirst("form").attr("action");
        Page revoked = admin.browser().postForm(revoke, Map.of("_csrf", admin.csrf()));
        assertEquals(303, revoked.status());
        assertEquals("Đã thu hồi mã. Các yêu cầu dùng mã này từ nay bị từ chối.",
                admin.get("/admin/tokens?done=revoked").document().selectFirst(".notice").text());
        assertEquals(401, me(secret).status());
        assertTrue(row(name).selectFirst(".token-state").text().startsWith("Đã thu hồi lúc"));
        assertTrue(server.logText().contains("\" (EDITOR, expires "), "its making is logged");
    }

    @Test
    void anAdministratorsTokenImportsAndAWrongTokenIsRefused() {
        String secret = Api.makeToken(admin.browser(), "import-" + UUID.randomUUID(), "ADMIN");
        assertEquals("{\"username\":\"admin\",\"role\":\"ADMIN\"}", me(secret).response().body());
        assertEquals(401, me(secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A")).status());
        assertEquals(401, me("not-a-token").status());
        Page garbage = new Browser(server).get("/api/me", "Authorization", "Bearer saola_%%%<script>");
        assertEquals(401, garbage.status());
    }

    @Test
    void wrongInputGetsAMessageBesideTheFieldAndMakesNothing() {
        int before = admin.get("/admin/tokens").document().select(".token-row").size();
        Page noName = admin.submit("/admin/tokens", "form[action=/admin/tokens]", Map.of("name", "  ", "role", "EDITOR", "days", ""));
        assertEquals(400, noName.status());
        assertEquals("Vui lòng đặt tên cho mã (tối đa 100 ký tự), ví dụ: tên công cụ sẽ dùng nó.",
                noName.document().selectFirst("#name-error").text());
        for (String days : new String[] {"abc", "0", "99999", "-3"}) {
            Page wrongDays = admin.submit("/admin/tokens", "form[action=/admin/tokens]", Map.of("name", "x", "role", "EDITOR", "days", days));
            assertEquals(400, wrongDays.status(), days);
            assertEquals("Số ngày phải là số nguyên từ 1 đến 3650, hoặc để trống.", wrongDays.document().selectFirst("#days-error").text());
            assertEquals(days, wrongDays.document().selectFirst("#token-days").attr("value"));
        }
        Page wrongRole = admin.submit("/admin/tokens", "form[action=/admin/tokens]", Map.of("name", "x", "role", "ROOT", "days", ""));
        assertEquals(400, wrongRole.status());
        assertEquals(before, admin.get("/admin/tokens").document().select(".token-row").size(), "nothing was made");
    }

    @Test
    void editorsCannotSeeOrMakeTokens() {
        String name = admin.createAccount("EDITOR", "mat-khau-bien-tap-2026");
        Editor editor = Editor.signIn(server, name, "mat-khau-bien-tap-2026");
        assertEquals(403, editor.get("/admin/tokens").status());
        assertEquals(403, editor.browser().postForm("/admin/tokens", Map.of("_csrf", editor.csrf(), "name", "x", "role", "ADMIN")).status());
        assertTrue(editor.get("/admin/").document().select("a[href=/admin/tokens]").isEmpty(), "no link either");
    }
}
