package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** A featured image: recognised by its content, limited in size, stored under the data folder, served cached. */
class FeaturedImageIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "anh" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    static byte[] image(String format, int size, boolean noisy) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                image.setRGB(x, y, noisy ? random.nextInt() : 0xA3171B);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private Page upload(long id, String fileName, String claimedType, byte[] content) {
        Page edit = editor.get("/admin/articles/" + id + "/vi");
        return editor.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(edit),
                "article", String.valueOf(id), "lang", "vi"), "image", fileName, claimedType, content);
    }

    @Test
    void aPngIsStoredShownOnTheArticleAndServedWithItsTypeAndCaching() throws IOException {
        long id = editor.createArticle("vi", "Ảnh đại diện " + word, "Nội dung.", "publish");
        byte[] png = image("png", 40, false);
        Page uploaded = upload(id, "anh-dai-dien.jpg", "image/jpeg", png);
        assertEquals(302, uploaded.status());
        assertTrue(uploaded.header("Location").endsWith("/admin/articles/" + id + "/vi?saved=image"), uploaded.header("Location"));

        Page edit = editor.get("/admin/articles/" + id + "/vi?saved=image");
        assertEquals("Đã tải ảnh đại diện lên.", edit.document().selectFirst(".notice").text());
        String src = edit.document().selectFirst("img.featured-preview").attr("src");
        assertTrue(src.matches("/uploads/\\d{4}/\\d{2}/[0-9a-f]{32}\\.png"), "named by its content, not the upload: " + src);

        Page article = new Browser(server).get("/vi/bai-viet/anh-dai-dien-" + word);
        assertEquals(src, article.document().selectFirst(".article__image img").attr("src"));
        assertTrue(article.document().selectFirst(".article__image img").attr("srcset").endsWith(src + " "
                + article.document().selectFirst(".article__image img").attr("width") + "w"), "offered with its size");
        assertEquals(server.base() + src, article.document().selectFirst("meta[property=og:image]").attr("content"),
                "link previews show the featured image");
        HttpResponse<byte[]> served = new Browser(server).getBytes(src);
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""), "an image has no charset");
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(png, served.body());

        assertEquals(302, upload(id, "anh.webp", "image/webp", image("jpg", 30, false)).status());
        String jpeg = editor.get("/admin/articles/" + id + "/vi").document().selectFirst("img.featured-preview").attr("src");
        assertTrue(jpeg.endsWith(".jpg"), "a JPEG whatever its name says: " + jpeg);
        // A real WebP (1 × 1, lossy): read through the WebP reader the WAR brings, its size known.
        byte[] webp = java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        assertEquals(302, upload(id, "anh.webp", "image/webp", webp).status());
        String webpSrc = editor.get("/admin/articles/" + id + "/vi").document().selectFirst("img.featured-preview").attr("src");
        assertTrue(webpSrc.endsWith(".webp"), webpSrc);

        editor.submit("/admin/articles/" + id + "/vi", "form[action$=/image/remove]", Map.of());
        assertTrue(new Browser(server).get("/vi/bai-viet/anh-dai-dien-" + word).document().select(".article__image").isEmpty());
    }

    @Test
    void theFeaturedImageIsDescribedInEachLanguagesOwnWords() throws IOException {
        long id = editor.createArticle("vi", "Ảnh có mô tả " + word, "Nội dung.", "publish");
        editor.translate(id, "en", Map.of("title", "Described picture " + word, "body", "<p>Body.</p>", "action", "publish"));
        assertEquals(302, upload(id, "anh.png", "image/png", image("png", 30, false)).status());
        String vi = "/vi/bai-viet/anh-co-mo-ta-" + word;
        String en = "/en/articles/described-picture-" + word;
        Browser reader = new Browser(server);
        Element undescribed = reader.get(vi).document().selectFirst(".article__image img");
        assertTrue(undescribed.hasAttr("alt") && undescribed.attr("alt").isEmpty(), "undescribed: decoration, said so (alt=\"\")");

        Page saved = editor.submit("/admin/articles/" + id + "/vi", "form[action$=/image/alt]",
                Map.of("alt", "Toàn cảnh hội nghị tổng kết ngành Công Thương"));
        assertEquals(303, saved.status());
        assertEquals("Đã lưu mô tả ảnh.", editor.get(saved.header("Location")).document().selectFirst(".notice").text());
        editor.submit("/admin/articles/" + id + "/en", "form[action$=/image/alt]", Map.of("alt", "The review conference"));
        assertEquals("Toàn cảnh hội nghị tổng kết ngành Công Thương",
                reader.get(vi).document().selectFirst(".article__image img").attr("alt"));
        assertEquals("The review conference", reader.get(en).document().selectFirst(".article__image img").attr("alt"));
        assertEquals("Toàn cảnh hội nghị tổng kết ngành Công Thương", editor.get("/admin/articles/" + id + "/vi")
                .document().selectFirst("#image-alt").attr("value"));

        Page tooLong = editor.submit("/admin/articles/" + id + "/vi", "form[action$=/image/alt]", Map.of("alt", "ả".repeat(301)));
        assertEquals("Mô tả ảnh dài quá 300 ký tự.", editor.get(tooLong.header("Location").replaceAll("#.*", ""))
                .document().selectFirst("#image-error").text());
        assertEquals("Toàn cảnh hội nghị tổng kết ngành Công Thương",
                reader.get(vi).document().selectFirst(".article__image img").attr("alt"), "a refused description changes nothing");
    }

    @Test
    void somethingElseNamedLikeAnImageIsRefusedWithAMessageBesideTheField() {
        long id = editor.createArticle("vi", "Không phải ảnh " + word, "Nội dung.", "save");
        Page refused = upload(id, "hinh.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertEquals(302, refused.status());
        Page edit = editor.get(refused.header("Location").replaceAll("#.*", ""));
        assertEquals("Tệp này không phải ảnh JPEG, PNG hay WebP.", edit.document().selectFirst("#image-error").text());
        assertTrue(edit.document().select("img.featured-preview").isEmpty(), "nothing stored");

        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
        Page gifRefused = upload(id, "anim.png", "image/png", gif);
        assertTrue(gifRefused.header("Location").contains("image=upload.error.type"));
    }

    @Test
    void anImageOverTheLimitIsRefused() throws IOException {
        long id = editor.createArticle("vi", "Ảnh quá lớn " + word, "Nội dung.", "save");
        byte[] big = image("png", 400, true);
        assertTrue(big.length > SaolaServer.UPLOAD_LIMIT, "the test image is " + big.length + " bytes");
        Page refused = upload(id, "lon.png", "image/png", big);
        Page edit = editor.get(refused.header("Location").replaceAll("#.*", ""));
        assertEquals("Ảnh quá lớn; tối đa 292 KB.", edit.document().selectFirst("#image-error").text());
    }

    @Test
    void anUploadWithoutTheSessionsTokenIsRefusedAndNothingOutsideUploadsIsServed() throws IOException {
        long id = editor.createArticle("vi", "Ảnh giả mạo " + word, "Nội dung.", "save");
        Page forged = editor.browser().postMultipart("/admin/images", Map.of("_csrf", "forged", "article",
                String.valueOf(id), "lang", "vi"), "image", "a.png", "image/png", image("png", 10, false));
        assertEquals(403, forged.status());
        Browser visitor = new Browser(server);
        for (String path : new String[] {"/uploads/../data/saola.mv.db", "/uploads/..%2F..%2Fconfig%2Fsaola.properties",
                "/uploads/2026/11/%2e%2e/%2e%2e/x.png", "/uploads/2026/11/0123456789abcdef0123456789abcdef.png",
                "/uploads/2026/11/x.svg"}) {
            Page page = visitor.get(path);
            assertTrue(page.status() == 404 || page.status() == 400, path + " -> " + page.status());
        }
        assertEquals(404, visitor.get("/uploads/x").status());
    }

    @Test
    void theRichTextEditorPutsUploadedImagesInABodyAndOnlyThoseSurvive() throws IOException {
        long id = editor.createArticle("vi", "Ảnh trong bài " + word, "Nội dung.", "publish");
        Page form = editor.get("/admin/articles/" + id + "/vi");
        Page uploaded = editor.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(form), "editor", "1"),
                "image", "blobid123.png", "image/png", image("png", 700, false));
        assertEquals(200, uploaded.status());
        String location = jakarta.json.Json.createReader(new java.io.StringReader(uploaded.response().body()))
                .readObject().getString("location");
        assertTrue(location.matches("/uploads/\\d{4}/\\d{2}/[0-9a-f]{32}\\.png"), location);
        assertTrue(editor.get("/admin/articles/" + id + "/vi").document().select("img.featured-preview").isEmpty(),
                "a body image is not the featured image");

        Page refused = editor.browser().postMultipart("/admin/images", Map.of("_csrf", Editor.csrf(form), "editor", "1"),
                "image", "x.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status());
        assertTrue(refused.response().body().contains("Tệp này không phải ảnh JPEG, PNG hay WebP."), refused.response().body());

        editor.save(id, "vi", Map.of("body", "<p>Ảnh:</p><p><img src=\"" + location + "\" alt=\"Toà nhà\">"
                + "<img src=\"https://tracker.example/p.png\" alt=\"x\"></p>"));
        Page article = new Browser(server).get("/vi/bai-viet/anh-trong-bai-" + word);
        assertEquals(List.of(location), article.document().select(".article__body img").eachAttr("src"));
        Element shown = article.document().selectFirst(".article__body img");
        assertEquals("Toà nhà", shown.attr("alt"));
        String folder = location.substring(0, location.lastIndexOf('/') + 1);
        assertTrue(shown.attr("srcset").matches(java.util.regex.Pattern.quote(folder) + "[0-9a-f]{32}-320w\\.png 320w, "
                + java.util.regex.Pattern.quote(folder) + "[0-9a-f]{32}-640w\\.png 640w, " + java.util.regex.Pattern.quote(location)
                + " 700w"), "the narrower copies, the original last: " + shown.attr("srcset"));
        assertEquals(List.of("700", "700", "lazy"), List.of(shown.attr("width"), shown.attr("height"), shown.attr("loading")),
                "its size written, loaded when scrolled near");
        for (String copy : shown.attr("srcset").split(", ")) {
            assertEquals(200, new Browser(server).get(copy.split(" ")[0]).status(), copy);
        }
    }
}
