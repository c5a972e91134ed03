package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.RawHttp;
import vn.saola.testing.SaolaServer;

/**
 * Input nobody should send, sent: random bytes where queries and slugs go, oversize fields and
 * headers, paths that climb out of the served folders. Never a 500, never a stack trace or a
 * server's name, never a file from outside.
 */
class HostileInputIT {

    /** Fixed, so a failure can be reproduced byte for byte. */
    static final long SEED = 20261125L;
    static final int STRINGS = 1_000;

    private final SaolaServer server = SaolaServer.embedded();

    static List<String> randomByteStrings() {
        Random random = new Random(SEED);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < STRINGS; i++) {
            StringBuilder encoded = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int b = 0; b < length; b++) {
                encoded.append('%').append(String.format("%02X", random.nextInt(256)));
            }
            strings.add(encoded.toString());
        }
        return strings;
    }

    private static String problem(RawHttp.Answer answer) {
        if (answer.status() >= 500 || answer.status() < 100) {
            return "status " + answer.status();
        }
        for (String leak : List.of("Exception", "at vn.saola", "at org.", "Payara", "GlassFish", "Grizzly")) {
            if (answer.text().contains(leak)) {
                return "shows \"" + leak + "\"";
            }
        }
        return null;
    }

    @Test
    void aThousandRandomByteStringsAsQueriesAndSlugsNeverBreakAPage() {
        Editor admin = Editor.admin(server);
        String cookie = "Cookie: " + sessionCookie(admin) + "\r\n";
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String bytes : randomByteStrings()) {
            for (String target : List.of("/vi/tim-kiem?q=" + bytes, "/en/search?q=" + bytes + "&page=" + bytes,
                    "/api/search?lang=all&q=" + bytes, "/vi/bai-viet/" + bytes, "/en/categories/" + bytes,
                    "/vi/chuyen-muc/" + bytes + "/rss.xml", "/switch/en?to=" + bytes, "/vi/van-ban/" + bytes,
                    "/vi/van-ban?type=" + bytes + "&year=" + bytes + "&page=" + bytes, "/en/documents?sort=" + bytes)) {
                requests++;
                String problem = problem(RawHttp.get(server.base(), target));
                if (problem != null) {
                    failures.add(target + ": " + problem);
                }
            }
            for (String adminPage : List.of("/admin/articles?q=" + bytes + "&status=" + bytes,
                    "/admin/documents?q=" + bytes + "&page=" + bytes)) {
                requests++;
                String problem = problem(RawHttp.get(server.base(), adminPage, cookie));
                if (problem != null) {
                    failures.add(adminPage + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " requests");
        System.out.println("[saola] hostile input: " + requests + " requests with random bytes (seed " + SEED + "), 0 answered 500");
    }

    private String sessionCookie(Editor admin) {
        CookieManager cookies = (CookieManager) admin.browser().cookies();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SAOLA_SESSION"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    @Test
    void oversizeFieldsAndHeadersAreRefusedPlainly() {
        Editor admin = Editor.admin(server);
        Page tooLong = admin.submit("/admin/articles/new?lang=vi", "form.article-form",
                Map.of("title", "Quá dài", "body", "<p>" + "á".repeat(1_200_000) + "</p>", "action", "save"));
        assertEquals(400, tooLong.status());
        assertEquals("Nội dung quá dài (tối đa 1.000.000 ký tự).", tooLong.document().selectFirst("#body-error").text());

        Page edit = admin.get("/admin/articles/new?lang=vi");
        Page hugeUpload = admin.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(edit), "editor", "1"),
                "image", "huge.png", "image/png", new byte[65 * 1024 * 1024]);
        assertEquals(413, hugeUpload.status(), "refused before it is read");
        assertTrue(hugeUpload.text().contains("quá lớn") || hugeUpload.text().contains("too large"), hugeUpload.text());

        RawHttp.Answer bigHeader = RawHttp.get(server.base(), "/vi/", "X-Big: " + "a".repeat(100_000) + "\r\n");
        assertTrue(bigHeader.status() == 400 || bigHeader.status() == 431, "status " + bigHeader.status());
        assertEquals(null, problem(bigHeader));
        RawHttp.Answer longLine = RawHttp.get(server.base(), "/vi/tim-kiem?q=" + "a".repeat(200_000));
        assertTrue(longLine.status() == 400 || longLine.status() == 414, "status " + longLine.status());
        assertEquals(null, problem(longLine));
    }

    @Test
    void pathsThatClimbOutOfServedFoldersFindNothing() {
        for (String target : List.of("/assets/../WEB-INF/web.xml", "/assets/%2e%2e/WEB-INF/web.xml",
                "/assets/..%2FWEB-INF%2Fweb.xml", "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/webjars/../WEB-INF/web.xml",
                "/webjars/tinymce/6.8.3/../../../WEB-INF/web.xml", "/webjars/tinymce/6.8.3/%2e%2e/%2e%2e/x.js",
                "/uploads/../../config/saola.properties", "/uploads/%2e%2e/%2e%2e/data/db/saola.mv.db",
                "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/assets/saola.css%00.png", "/vi/../WEB-INF/web.xml")) {
            RawHttp.Answer answer = RawHttp.get(server.base(), target);
            assertTrue(answer.status() == 404 || answer.status() == 400, target + " -> " + answer.status());
            assertTrue(!answer.text().contains("<web-app") && !answer.text().contains("saola.data.dir")
                    && !answer.text().contains("root:"), target + " leaked a file");
            assertEquals(null, problem(answer), target);
        }
    }
}
