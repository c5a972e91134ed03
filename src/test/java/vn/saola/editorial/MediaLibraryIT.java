package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * The library's images: every upload is in it, found by words and month, described once per
 * language and shown with those words wherever a text gives none, picked as a featured image,
 * replaced with its addresses kept working, and deleted only when nothing shows it.
 */
class MediaLibraryIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser reader = new Browser(server);
    private final String word = "thuvien" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    private long intoLibrary(String fileName, byte[] content) {
        return editor.uploadToLibrary(fileName, content);
    }

    private Document imagePage(long id) {
        Page page = editor.get("/admin/media/images/" + id);
        assertEquals(200, page.status());
        return page.document();
    }

    private String addressOf(long id) {
        return editor.imageAddress(id);
    }

    private Page describe(long id, String altVi, String altEn, String captionVi, String captionEn) {
        return editor.submit("/admin/media/images/" + id, "form[action$=/describe]",
                Map.of("alt_vi", altVi, "alt_en", altEn, "caption_vi", captionVi, "caption_en", captionEn));
    }

    private List<String> cardsFound(String query) {
        return editor.get("/admin/media?" + query).document().select(".image-card").eachAttr("data-image");
    }

    @Test
    void anUploadIsFoundByWordsAndMonthAndShownWithTheLibrarysWordsWhereATextGivesNone() throws IOException {
        long id = intoLibrary("hoi-nghi-" + word + ".png", FeaturedImageIT.image("png", 700, false));
        Document page = imagePage(id);
        assertEquals("Đã tải ảnh lên thư viện.", editor.get("/admin/media/images/" + id + "?done=uploaded").document()
                .selectFirst(".notice").text());
        assertEquals("hoi-nghi-" + word + ".png", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".facts").text().contains("PNG, 700 × 700"), page.selectFirst(".facts").text());
        assertEquals("Chưa bài nào dùng", page.selectFirst("#uses p").text());

        assertEquals(303, describe(id, "Toàn cảnh hội nghị " + word, "The conference " + word,
                "Hội nghị tổng kết năm 2024", "The 2024 review conference").status());
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String key = String.valueOf(id);
        assertEquals(List.of(key), cardsFound("q=" + word), "found by a word of its name or description");
        assertEquals(List.of(key), cardsFound("q=" + java.net.URLEncoder.encode("toàn cảnh hội nghị " + word,
                StandardCharsets.UTF_8) + "&type=image&month=" + month), "by its Vietnamese description, this month");
        assertEquals(List.of(), cardsFound("q=" + word + "&month=2001-01"), "not in another month");
        assertEquals(List.of(), cardsFound("q=" + word + "&type=pdf"), "not among the documents");
        assertTrue(editor.get("/admin/media?type=image").document().select("#media-month option").eachAttr("value").contains(month));

        String address = addressOf(id);
        long article = editor.createArticle("vi", "Bài có ảnh thư viện " + word,
                "<p>Mở đầu.</p><p><img src=\"" + address + "\"></p>", "publish");
        editor.translate(article, "en", Map.of("title", "Library picture " + word, "body", "<p><img src=\"" + address + "\"></p>",
                "action", "publish"));
        Page chosen = editor.submit("/admin/articles/" + article + "/vi", "form[action$=/image/from-library]",
                Map.of("address", address));
        assertEquals(303, chosen.status());
        assertEquals(address, editor.get("/admin/articles/" + article + "/vi").document().selectFirst("img.featured-preview").attr("src"),
                "picked from the library, not uploaded again");

        Document vi = reader.get("/vi/bai-viet/bai-co-anh-thu-vien-" + word).document();
        assertEquals("Toàn cảnh hội nghị " + word, vi.selectFirst(".article__body img").attr("alt"), "the library's words in the body");
        assertEquals("Toàn cảnh hội nghị " + word, vi.selectFirst(".article__image img").attr("alt"), "and on the featured image");
        assertEquals("Hội nghị tổng kết năm 2024", vi.selectFirst(".article__image figcaption").text());
        Document en = reader.get("/en/articles/library-picture-" + word).document();
        assertEquals("The conference " + word, en.selectFirst(".article__body img").attr("alt"), "in each language its own");
        assertEquals("The 2024 review conference", en.selectFirst(".article__image figcaption").text());
        editor.submit("/admin/articles/" + article + "/vi", "form[action$=/image/alt]", Map.of("alt", "Lời của bài"));
        assertEquals("Lời của bài", reader.get("/vi/bai-viet/bai-co-anh-thu-vien-" + word).document()
                .selectFirst(".article__image img").attr("alt"), "an article's own words come first");

        Document used = imagePage(id);
        assertEquals(List.of("Bài có ảnh thư viện " + word), used.select("#uses li a").eachText(), "where it is shown");
        assertEquals("Dùng ở 1 nơi", editor.get("/admin/media?q=" + word).document().selectFirst(".image-card__uses").text());
        assertNull(used.selectFirst("#delete form"), "no delete button while it is shown");
        Page refused = editor.browser().postForm("/admin/media/images/" + id + "/delete", Map.of("_csrf", editor.csrf()));
        assertEquals(303, refused.status());
        assertEquals("Ảnh đang được dùng nên không xóa được.", editor.get(refused.header("Location")).document()
                .selectFirst(".notice").text());
        assertEquals(200, reader.getBytes(address).statusCode(), "still served");

        JsonObject first = Json.createReader(new StringReader(editor.get("/admin/media/images.json?lang=en").response().body()))
                .readArray().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("value").equals(address)).findFirst()
                .orElseThrow();
        assertEquals("The conference " + word + " (hoi-nghi-" + word + ".png)", first.getString("title"),
                "the editor's image dialog lists it in the body's language");

        assertEquals(303, editor.delete(article).status());
        Document inTrash = imagePage(id);
        assertNull(inTrash.selectFirst("#delete form"), "its article in the trash may come back: still in use");
        assertTrue(inTrash.selectFirst("#uses li").text().endsWith("(trong thùng rác)"), inTrash.selectFirst("#uses li").text());
        assertEquals("/admin/trash", inTrash.selectFirst("#uses li a").attr("href"), "not to its form, which is gone while it is there");
        assertEquals(303, editor.submit("/admin/trash", "form[action=/admin/trash/purge/" + article + "]", Map.of()).status());
        Document unused = imagePage(id);
        assertEquals("Chưa bài nào dùng", unused.selectFirst("#uses p").text(), "its article purged, nothing shows it");
        Page deleted = editor.submit("/admin/media/images/" + id, "#delete form", Map.of());
        assertEquals(303, deleted.status());
        assertEquals("Đã xóa ảnh.", editor.get(deleted.header("Location")).document().selectFirst(".notice").text());
        assertEquals(404, reader.getBytes(address).statusCode());
        assertEquals(404, editor.get("/admin/media/images/" + id).status());
        assertEquals(List.of(), cardsFound("q=" + word));
    }

    @Test
    void aReplacedImageIsShownEverywhereItWasAndItsOldAddressesLeadToTheNewOne() throws IOException {
        long id = intoLibrary("ban-do-" + word + ".png", FeaturedImageIT.image("png", 700, false));
        String first = addressOf(id);
        describe(id, "Bản đồ quy hoạch " + word, "", "", "");
        long article = editor.createArticle("vi", "Bản đồ quy hoạch " + word, "<p><img src=\"" + first + "\"></p>", "publish");
        editor.submit("/admin/articles/" + article + "/vi", "form[action$=/image/from-library]", Map.of("address", first));

        Page replaced = editor.browser().postMultipart("/admin/images", Map.of("_csrf", editor.csrf(), "replace", String.valueOf(id)),
                "image", "ban-do-moi.png", "image/png", FeaturedImageIT.image("png", 400, false));
        assertEquals(302, replaced.status());
        assertTrue(replaced.header("Location").endsWith("/admin/media/images/" + id + "?done=replaced"), replaced.header("Location"));
        String second = addressOf(id);
        assertNotEquals(first, second, "a new address: browsers keep the old one's bytes a year");

        Document shown = reader.get("/vi/bai-viet/ban-do-quy-hoach-" + word).document();
        assertEquals(second, shown.selectFirst(".article__body img").attr("src"), "the body shows the new file");
        assertEquals(second, shown.selectFirst(".article__image img").attr("src"), "and so does the featured image");
        assertEquals("Bản đồ quy hoạch " + word, shown.selectFirst(".article__body img").attr("alt"), "its words stay");
        Page old = reader.get(first);
        assertEquals(301, old.status());
        assertEquals(server.base() + second, old.header("Location"));
        String oldCopy = first.replace(".png", "-320w.png");
        assertEquals(server.base() + second, reader.get(oldCopy).header("Location"), "a copy's old address leads to the image too");
        assertEquals("ban-do-moi.png", imagePage(id).selectFirst("h1").text());
        assertTrue(imagePage(id).selectFirst(".facts").text().contains("400 × 400"), "the new file's size");

        editor.browser().postMultipart("/admin/images", Map.of("_csrf", editor.csrf(), "replace", String.valueOf(id)),
                "image", "lan-ba.png", "image/png", FeaturedImageIT.image("png", 300, false));
        String third = addressOf(id);
        assertEquals(server.base() + third, reader.get(first).header("Location"), "the first address leads to the newest, in one step");
        assertEquals(server.base() + third, reader.get(second).header("Location"));

        Page notAnImage = editor.browser().postMultipart("/admin/images", Map.of("_csrf", editor.csrf(), "replace",
                String.valueOf(id)), "image", "x.png", "image/png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(302, notAnImage.status());
        assertEquals("Tệp này không phải ảnh JPEG, PNG hay WebP.", editor.get(notAnImage.header("Location").replaceAll("#.*", ""))
                .document().selectFirst("#replacement-error").text());
        assertEquals(third, addressOf(id), "a refused file changes nothing");
        assertEquals(third, reader.get("/vi/bai-viet/ban-do-quy-hoach-" + word).document().selectFirst(".article__body img")
                .attr("src"));
    }

    @Test
    void aLargeLibraryIsReadPageByPage() throws IOException {
        byte[] png = FeaturedImageIT.image("png", 20, false);
        for (int i = 0; i < 31; i++) {
            intoLibrary(String.format("trang-%02d-%s.png", i, word), png);
        }
        Document first = editor.get("/admin/media?type=image&q=" + word).document();
        assertEquals(30, first.select(".image-card").size());
        assertEquals("Trang 1 / 2", first.selectFirst(".pager span").text());
        assertEquals("trang-30-" + word + ".png", first.selectFirst(".image-card__name").text(), "newest first");
        Document second = editor.get(first.selectFirst(".pager a[rel=next]").attr("href")).document();
        assertEquals(List.of("trang-00-" + word + ".png"), second.select(".image-card__name").eachText());
        assertEquals("Trang 2 / 2", second.selectFirst(".pager span").text());
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() throws IOException {
        long id = intoLibrary("mo-ta-" + word + ".png", FeaturedImageIT.image("png", 40, false));
        describe(id, "Mô tả đúng " + word, "", "", "");
        Page tooLong = describe(id, "ả".repeat(301), "", "", "");
        assertEquals(400, tooLong.status());
        assertEquals("Văn bản thay thế dài quá; tối đa 300 ký tự.", tooLong.document().selectFirst("[role=alert]").text());
        assertEquals("ả".repeat(301), tooLong.document().selectFirst("#alt-vi").attr("value"), "what was typed comes back");
        assertEquals("Mô tả đúng " + word, imagePage(id).selectFirst("#alt-vi").attr("value"), "and nothing was saved");
        Page captionTooLong = describe(id, "", "", "c".repeat(501), "");
        assertEquals("Chú thích dài quá; tối đa 500 ký tự.", captionTooLong.document().selectFirst("[role=alert]").text());

        for (String query : List.of("month=2026-13", "month=x", "page=-1", "page=99999999", "type=exe", "q=" + "%25".repeat(300))) {
            Page listed = editor.get("/admin/media?" + query);
            assertEquals(200, listed.status(), query);
        }
        assertEquals(404, editor.get("/admin/media/images/999999999").status());
        assertEquals(404, editor.get("/admin/media/images/x").status());

        long article = editor.createArticle("vi", "Bài không ảnh " + word, "<p>Chữ.</p>", "publish");
        Page notInLibrary = editor.browser().postForm("/admin/articles/" + article + "/image/from-library",
                Map.of("_csrf", editor.csrf(), "lang", "vi", "address", "/uploads/2020/01/" + "0".repeat(32) + ".png"));
        assertEquals(303, notInLibrary.status());
        assertEquals("Ảnh này không còn trong thư viện.", editor.get(notInLibrary.header("Location").replaceAll("#.*", ""))
                .document().selectFirst("#image-error").text());
        assertTrue(editor.get("/admin/articles/" + article + "/vi").document().select("img.featured-preview").isEmpty());
        Page replaceGone = editor.browser().postMultipart("/admin/images", Map.of("_csrf", editor.csrf(), "replace", "999999999"),
                "image", "a.png", "image/png", FeaturedImageIT.image("png", 30, false));
        assertEquals(404, replaceGone.status());
        assertFalse(editor.get("/admin/media?q=" + word).text().contains("Exception"));
    }
}
