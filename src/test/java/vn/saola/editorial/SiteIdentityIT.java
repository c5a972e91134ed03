package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * The site's identity edited at {@code /admin/settings}: what an administrator saves is what every
 * public page says at once (header, footer, link previews, feeds, shared e-mails); what is wrong
 * is said beside its field and changes nothing; a form left open while another administrator
 * saved does not overwrite their save unknowingly.
 */
class SiteIdentityIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final String word = UUID.randomUUID().toString().substring(0, 8);
    private Map<String, String> before;
    private boolean hadLogo;

    @BeforeEach
    void remember() {
        before = fields(settings().document());
        hadLogo = settings().document().selectFirst("img.site-logo-preview") != null;
    }

    /** The identity as it was, for the tests after this one (the server is shared). */
    @AfterEach
    void restore() {
        Page restored = admin.submit(settings(), "form[action='/admin/settings']", before);
        assertEquals(303, restored.status(), restored.text());
        if (!hadLogo && settings().document().selectFirst("form[action='/admin/settings/logo/remove']") != null) {
            admin.submit("/admin/settings", "form[action='/admin/settings/logo/remove']", Map.of());
        }
        admin.cleanUp();
    }

    private Page settings() {
        return admin.get("/admin/settings");
    }

    private static Map<String, String> fields(Document page) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : page.select("form[action='/admin/settings'] input[type!=hidden], form[action='/admin/settings'] textarea")) {
            values.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.attr("value"));
        }
        return values;
    }

    private Map<String, String> identity() {
        Map<String, String> typed = new HashMap<>();
        typed.put("siteName_vi", "Cổng thông tin thử nghiệm " + word);
        typed.put("agencyName_vi", "Sở Thử nghiệm " + word);
        typed.put("address_vi", "Số 7, đường Trường Chinh, phường Đức Xuân");
        typed.put("telephone_vi", "(0209) 3870 123");
        typed.put("fax_vi", "0209 3870 124");
        typed.put("email_vi", "vanthu-" + word + "@example.gov.vn");
        typed.put("responsible_vi", "Bà Nguyễn Thị An – Giám đốc Sở");
        typed.put("licence_vi", "Giấy phép số 12/GP-STTTT ngày 01/3/2024");
        typed.put("footer_vi", "Ghi rõ nguồn khi phát hành lại.\nDòng thứ hai <b>" + word + "</b>");
        typed.put("siteName_en", "Trial portal " + word);
        typed.put("agencyName_en", "Department of Trials " + word);
        typed.put("address_en", "7 Truong Chinh Street, Duc Xuan Ward");
        typed.put("telephone_en", "+84 209 3870 123");
        typed.put("email_en", "office-" + word + "@example.gov.vn");
        return typed;
    }

    @Test
    void whatAnAdministratorSavesEveryPublicPageShowsAtOnce() {
        Browser reader = new Browser(server);
        long id = admin.createArticle("vi", "Tin của cơ quan " + word, "<p>Nội dung.</p>", "publish");
        String slug = admin.get("/admin/articles/" + id + "/vi").document().selectFirst("input[name=slug]").attr("value");
        reader.get("/vi/"); // kept in memory for the next readers: the save must reach it anyway
        reader.get("/vi/bai-viet/" + slug);

        Page saved = admin.submit(settings(), "form[action='/admin/settings']", identity());
        assertEquals(303, saved.status(), saved.text());
        assertEquals("Đã lưu thông tin cơ quan. Mọi trang đã hiển thị thông tin mới.",
                admin.get(saved.header("Location")).document().selectFirst(".notice").text());

        Document home = reader.get("/vi/").document();
        assertEquals("Cổng thông tin thử nghiệm " + word, home.selectFirst(".site-name").text());
        assertEquals("Cổng thông tin thử nghiệm " + word, home.title());
        Element footer = home.selectFirst(".site-identity");
        assertEquals("Sở Thử nghiệm " + word, footer.selectFirst("h2").text());
        assertEquals("Cổng thông tin thử nghiệm " + word, footer.selectFirst("h2 + p").text());
        assertEquals(List.of("Địa chỉ", "Điện thoại", "Fax", "Thư điện tử", "Chịu trách nhiệm nội dung"), footer.select("dt").eachText());
        assertEquals("tel:02093870123", footer.selectFirst("a[href^=tel:]").attr("href"));
        assertEquals("mailto:vanthu-" + word + "@example.gov.vn", footer.selectFirst("a[href^=mailto:]").attr("href"));
        assertEquals("Bà Nguyễn Thị An – Giám đốc Sở", footer.select("dd").last().text());
        assertEquals("Ghi rõ nguồn khi phát hành lại.\nDòng thứ hai <b>" + word + "</b>",
                footer.selectFirst(".site-identity__footer").wholeText(), "the lines kept, the markup shown as typed");

        Document english = reader.get("/en/").document();
        assertEquals("Trial portal " + word, english.selectFirst(".site-name").text());
        assertEquals("Department of Trials " + word, english.selectFirst(".site-identity h2").text());
        assertEquals(List.of("Address", "Telephone", "E-mail"), english.select(".site-identity dt").eachText());

        Document article = reader.get("/vi/bai-viet/" + slug).document();
        assertEquals("Tin của cơ quan " + word + " – Cổng thông tin thử nghiệm " + word, article.title());
        assertEquals("Cổng thông tin thử nghiệm " + word, article.selectFirst("meta[property=og:site_name]").attr("content"));
        JsonObject ld = Json.createReader(new StringReader(article.selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("Sở Thử nghiệm " + word, ld.getJsonObject("publisher").getString("name"));
        String mail = URLDecoder.decode(article.selectFirst(".share a[href^=mailto:]").attr("href"), StandardCharsets.UTF_8);
        assertTrue(mail.endsWith("– Cổng thông tin thử nghiệm " + word), mail);
        Document feed = Jsoup.parse(reader.get("/vi/rss.xml").response().body(), "", Parser.xmlParser());
        assertEquals("Cổng thông tin thử nghiệm " + word, feed.selectFirst("channel > title").text());
    }

    @Test
    void wrongValuesAreRefusedBesideTheirFieldsAndChangeNothing() {
        Map<String, String> typed = identity();
        typed.put("siteName_vi", " ");
        typed.put("telephone_vi", "gọi 0209");
        typed.put("email_en", "office at example.gov.vn");
        typed.put("footer_vi", "x".repeat(2001));
        Page refused = admin.submit(settings(), "form[action='/admin/settings']", typed);
        assertEquals(400, refused.status());
        Document page = refused.document();
        assertEquals("Chưa lưu được. Vui lòng sửa các ô được đánh dấu bên dưới.", page.selectFirst("[role=alert]").text());
        assertEquals("Vui lòng nhập tên cổng thông tin bằng tiếng Việt.", page.selectFirst("#siteName_vi-error").text());
        assertEquals("Chỉ gồm chữ số, dấu cách và các dấu + ( ) . - /", page.selectFirst("#telephone_vi-error").text());
        assertTrue(page.selectFirst("#email_en-error").text().startsWith("Địa chỉ thư điện tử không hợp lệ"));
        assertEquals("Nội dung dài quá 2.000 ký tự.", page.selectFirst("#footer_vi-error").text());
        assertEquals("true", page.selectFirst("#telephone_vi").attr("aria-invalid"));
        assertEquals("gọi 0209", page.selectFirst("#telephone_vi").attr("value"), "what was typed stays to be corrected");
        assertEquals(before.get("siteName_vi"), new Browser(server).get("/vi/").document().selectFirst(".site-name").text());
    }

    @Test
    void aFormOpenedBeforeAnotherAdministratorSavedIsRefusedUntilSentAgain() {
        Page first = settings();
        Page second = settings();
        Map<String, String> theirs = identity();
        assertEquals(303, admin.submit(first, "form[action='/admin/settings']", theirs).status());

        Map<String, String> mine = identity();
        mine.put("siteName_vi", "Bản của tôi " + word);
        Page conflict = admin.submit(second, "form[action='/admin/settings']", mine);
        assertEquals(409, conflict.status());
        assertTrue(conflict.document().selectFirst(".conflict").text().startsWith("Người dùng admin đã lưu thông tin cơ quan"),
                conflict.document().selectFirst(".conflict").text());
        assertEquals("Bản của tôi " + word, conflict.document().selectFirst("#siteName_vi").attr("value"));
        assertEquals("Cổng thông tin thử nghiệm " + word, new Browser(server).get("/vi/").document().selectFirst(".site-name").text());

        assertEquals(303, admin.submit(conflict, "form[action='/admin/settings']", Map.of()).status(), "sent again, knowingly");
        assertEquals("Bản của tôi " + word, new Browser(server).get("/vi/").document().selectFirst(".site-name").text());
    }

    @Test
    void aSaveWithoutTheFormsTokenIsRefused() {
        Map<String, String> typed = new HashMap<>(identity());
        typed.put("version", settings().document().selectFirst("input[name=version]").attr("value"));
        Page forged = admin.browser().postForm("/admin/settings", typed);
        assertEquals(403, forged.status());
        assertEquals(before.get("siteName_vi"), new Browser(server).get("/vi/").document().selectFirst(".site-name").text());
    }

    @Test
    void theLogoIsUploadedShownInTheHeaderAndRemoved() throws IOException {
        byte[] png = FeaturedImageIT.image("png", 48, false);
        Page uploaded = admin.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(settings()), "logo", "1"),
                "image", "logo.png", "image/png", png);
        assertEquals(302, uploaded.status());
        assertTrue(uploaded.header("Location").endsWith("/admin/settings?done=logo"), uploaded.header("Location"));
        String src = settings().document().selectFirst("img.site-logo-preview").attr("src");
        assertTrue(src.matches("/uploads/\\d{4}/\\d{2}/[0-9a-f]{32}\\.png"), src);

        Element logo = new Browser(server).get("/vi/").document().selectFirst(".site-name img.site-logo");
        assertNotNull(logo, "the header shows the logo");
        assertEquals(src, logo.attr("src"));
        assertEquals("", logo.attr("alt"), "the site's name beside it says what it is");

        Page refused = admin.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(settings()), "logo", "1"),
                "image", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertEquals("Tệp này không phải ảnh JPEG, PNG hay WebP.",
                admin.get(refused.header("Location").replaceAll("#.*", "")).document().selectFirst("#logo-error").text());

        admin.submit("/admin/settings", "form[action='/admin/settings/logo/remove']", Map.of());
        assertTrue(new Browser(server).get("/vi/").document().select(".site-logo").isEmpty());
    }

    @Test
    void anEditorCannotUploadTheLogo() throws IOException {
        Editor editor = Editor.signIn(server, admin.createAccount("EDITOR", "mat-khau-bien-tap-" + word), "mat-khau-bien-tap-" + word);
        Page edit = editor.get("/admin/articles/new?lang=vi");
        Page refused = editor.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(edit), "logo", "1"),
                "image", "logo.png", "image/png", FeaturedImageIT.image("png", 16, false));
        assertEquals(403, refused.status());
        assertEquals(403, editor.get("/admin/settings").status());
    }
}
