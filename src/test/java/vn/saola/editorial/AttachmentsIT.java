package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.media.TestDocuments;
import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Documents attached to an article: recognised by content, listed under the text, served with their name. */
class AttachmentsIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "tep" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    private Page attach(long id, String fileName, byte[] content, String title) {
        Page edit = editor.get("/admin/articles/" + id + "/vi");
        return editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", Editor.csrf(edit),
                "article", String.valueOf(id), "lang", "vi", "title", title), "file", fileName, "application/octet-stream", content);
    }

    private List<Element> listed(String path) {
        return new Browser(server).get(path).document().select(".attachments li");
    }

    @Test
    void aPdfIsListedUnderTheTextAndOpensInTheBrowserUnderItsVietnameseName() {
        long id = editor.createArticle("vi", "Văn bản đính kèm " + word, "Nội dung.", "publish");
        byte[] pdf = TestDocuments.pdf("Quyet dinh 2146");
        Page attached = attach(id, "Quyết định 2146 QĐ-TTg.pdf", pdf, "Quyết định số 2146/QĐ-TTg");
        assertEquals(302, attached.status());
        assertTrue(attached.header("Location").endsWith("/admin/articles/" + id + "/vi?saved=attachment#attachments"),
                attached.header("Location"));
        assertEquals("Đã đính kèm tệp.", editor.get("/admin/articles/" + id + "/vi?saved=attachment")
                .document().selectFirst(".notice").text());

        List<Element> items = listed("/vi/bai-viet/van-ban-dinh-kem-" + word);
        assertEquals(1, items.size());
        Element link = items.get(0).selectFirst("a");
        assertEquals("Quyết định số 2146/QĐ-TTg", link.text());
        assertEquals("application/pdf", link.attr("type"));
        assertEquals("(PDF, 1 KB)", items.get(0).selectFirst(".attachments__meta").text());
        String href = link.attr("href");
        assertTrue(href.matches("/files/[0-9a-f]{32}/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%202146%20Q%C4%90-TTg\\.pdf"), href);

        HttpResponse<byte[]> served = new Browser(server).getBytes(href);
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("inline; filename=\"Quyet dinh 2146 QD-TTg.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%202146%20Q%C4%90-TTg.pdf",
                served.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(pdf, served.body());
    }

    @Test
    void aPageListsItsDocumentsTooInTheReadersLanguage() {
        long page = editor.createPage("vi", Map.of("title", "Thủ tục " + word, "body", "<p>Hồ sơ cần nộp.</p>", "action", "publish"));
        editor.translate(page, "en", Map.of("title", "Procedures " + word, "body", "<p>Forms to file.</p>", "action", "publish"));
        assertEquals(302, attach(page, "mau-don.pdf", TestDocuments.pdf("Mau don"), "Mẫu đơn").status());
        Page edit = editor.get("/admin/articles/" + page + "/vi");
        String attachment = edit.document().selectFirst("#attachments li").attr("data-attachment");
        editor.submit(edit, "form[action$=/attachments/" + attachment + "/titles]", Map.of("title_en", "Application form"));

        assertEquals(List.of("Mẫu đơn"), titles("/vi/thu-tuc-" + word));
        List<Element> english = listed("/en/procedures-" + word);
        assertEquals(List.of("Application form"), english.stream().map(li -> li.selectFirst("a").text()).toList());
        assertEquals("Attached documents", new Browser(server).get("/en/procedures-" + word).document()
                .selectFirst(".attachments h2").text());
    }

    @Test
    void theWordsOfAnAttachedFileFindTheArticleThatCarriesIt() {
        long id = editor.createArticle("vi", "Thông báo " + word, "Nội dung không nhắc tới số văn bản.", "publish");
        String code = word + "vb";
        assertEquals(302, attach(id, "qd.pdf", TestDocuments.pdfPages("Tai co cau nganh cong thuong giai doan den nam 2030",
                "Ma so " + code), "Quyết định").status());
        Api api = new Api(server);
        assertEquals(1, api.awaitTotal(code, "vi", 1), "the PDF's second page is read in the background, then indexed");
        JsonObject hit = api.search("công thương " + code, "vi", 1, 10).json().getJsonArray("hits").getJsonObject(0);
        assertEquals("/vi/bai-viet/thong-bao-" + word, hit.getString("url"), "typed with its marks, found in a text without them");
        Page edit = editor.get("/admin/articles/" + id + "/vi");
        editor.submit(edit, "form[action$=/attachments/" + edit.document().selectFirst("#attachments li").attr("data-attachment")
                + "/remove]", Map.of());
        assertEquals(0, api.awaitTotal(code, "vi", 0), "taken off, its words no longer find the article");

        assertEquals(302, attach(id, "to-trinh.docx", TestDocuments.wordDocument("Tờ trình " + word + "word"), "").status());
        assertEquals(302, attach(id, "so-lieu.xlsx", TestDocuments.spreadsheet(false, "Số liệu " + word + "bang"), "").status());
        assertEquals(302, attach(id, "bao-cao.odt", TestDocuments.odt("Báo cáo " + word + "odf"), "").status());
        for (String found : List.of("word", "bang", "odf")) {
            assertEquals(1, api.awaitTotal(word + found, "vi", 1), "Word, Excel and OpenDocument files are read too: " + found);
        }
    }

    @Test
    void editorsTitleOrderAndRemoveDocumentsAndReadersSeeEachChange() {
        long id = editor.createArticle("vi", "Hồ sơ " + word, "Nội dung.", "publish");
        assertEquals(302, attach(id, "to-trinh.docx", TestDocuments.docx(), "").status());
        assertEquals(302, attach(id, "bao-cao.odt", TestDocuments.odt(), "Báo cáo").status());
        assertEquals(302, attach(id, "phu-luc.zip", TestDocuments.zip(), "Phụ lục").status());
        String path = "/vi/bai-viet/ho-so-" + word;
        assertEquals(List.of("to-trinh.docx", "Báo cáo", "Phụ lục"), titles(path), "without a title, the file's name");
        assertEquals("(DOCX, 1 KB)", listed(path).get(0).selectFirst(".attachments__meta").text());

        HttpResponse<byte[]> docx = new Browser(server).getBytes(listed(path).get(0).selectFirst("a").attr("href"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"to-trinh.docx\""),
                "downloaded, not shown");

        Page edit = editor.get("/admin/articles/" + id + "/vi");
        String first = edit.document().select("#attachments li").get(0).attr("data-attachment");
        String last = edit.document().select("#attachments li").get(2).attr("data-attachment");
        editor.submit(edit, "form[action$=/attachments/" + first + "/titles]",
                Map.of("title_vi", "Tờ trình", "title_en", "Submission"));
        assertEquals("Submission", editor.get("/admin/articles/" + id + "/vi").document()
                .selectFirst("#title-en-" + first).attr("value"), "the English title kept for the English page");
        editor.submit("/admin/articles/" + id + "/vi", "form[action$=/attachments/" + last + "/up]", Map.of());
        assertEquals(List.of("Tờ trình", "Phụ lục", "Báo cáo"), titles(path));
        Page removed = editor.submit("/admin/articles/" + id + "/vi", "form[action$=/attachments/" + first + "/remove]", Map.of());
        assertEquals(303, removed.status());
        assertEquals(List.of("Phụ lục", "Báo cáo"), titles(path));
    }

    @Test
    void whatIsNotADocumentIsRefusedWithAReasonAndNothingIsListed() {
        long id = editor.createArticle("vi", "Tệp giả " + word, "Nội dung.", "publish");
        Page html = attach(id, "quyet-dinh.pdf", TestDocuments.html(), "Quyết định");
        assertEquals(302, html.status());
        assertTrue(html.header("Location").contains("attachment=attachment.error.type"), html.header("Location"));
        Page edit = editor.get(html.header("Location").replaceAll("#.*", ""));
        assertEquals("Tệp này không phải PDF, Word, Excel, OpenDocument hay ZIP (Saola nhận biết loại tệp theo nội dung, không theo tên).",
                edit.document().selectFirst("#attachment-error").text());
        assertTrue(attach(id, "setup.zip", TestDocuments.executable(), "").header("Location").contains("attachment.error.type"));
        assertTrue(attach(id, "bao-cao.docm", TestDocuments.docx(), "").header("Location").contains("attachment.error.type"),
                "an Office file with macros");

        byte[] big = Arrays.copyOf(TestDocuments.pdf("lon"), SaolaServer.ATTACHMENT_LIMIT + 1);
        Page tooBig = attach(id, "lon.pdf", big, "");
        assertEquals("Tệp quá lớn; tối đa 390 KB.", editor.get(tooBig.header("Location").replaceAll("#.*", ""))
                .document().selectFirst("#attachment-error").text());
        assertTrue(listed("/vi/bai-viet/tep-gia-" + word).isEmpty());
        assertTrue(editor.get("/admin/articles/" + id + "/vi").document().select("#attachments li").isEmpty());
    }

    @Test
    void theLibraryListsEachFileOnceWithTheArticlesThatListIt() {
        long first = editor.createArticle("vi", "Thư viện một " + word, "Nội dung.", "publish");
        long second = editor.createArticle("vi", "Thư viện hai " + word, "Nội dung.", "save");
        byte[] decision = TestDocuments.pdf("Quyet dinh " + word);
        assertEquals(302, attach(first, "Quyết định " + word + ".pdf", decision, "").status());
        assertEquals(302, attach(second, "Quyết định " + word + ".pdf", decision, "Quyết định dùng lại").status());
        assertEquals(302, attach(first, "bao-cao-" + word + ".docx", TestDocuments.docx(), "").status());

        Page library = editor.get("/admin/media?q=" + word.toUpperCase(java.util.Locale.ROOT));
        assertEquals(200, library.status());
        List<Element> rows = library.document().select(".media-row");
        assertEquals(2, rows.size(), "the same bytes attached twice are one file");
        assertEquals("bao-cao-" + word + ".docx", rows.get(0).selectFirst("a").text(), "newest first");
        Element pdf = rows.get(1);
        assertEquals("PDF", pdf.select("td").get(1).text());
        assertEquals(List.of("Thư viện hai " + word, "Thư viện một " + word),
                pdf.select("td:nth-child(4) a").stream().map(Element::text).toList());
        assertEquals("/admin/articles/" + second + "/vi", pdf.selectFirst("td:nth-child(4) a").attr("href"));

        assertEquals(1, editor.get("/admin/media?type=docx&q=" + word).document().select(".media-row").size());
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertEquals(1, editor.get("/admin/media?type=docx&month=" + month + "&q=" + word).document().select(".media-row").size(),
                "attached this month");
        assertEquals(0, editor.get("/admin/media?type=docx&month=2001-01&q=" + word).document().select(".media-row").size());
        assertEquals(1, editor.get("/admin/media?q=d%C3%B9ng+l%E1%BA%A1i").document().select(".media-row").size(),
                "found by a title too");
        Page none = editor.get("/admin/media?q=khongco" + word + "&type=exe");
        assertEquals(200, none.status(), "an unknown type is every type, not an error");
        assertEquals("Không có tệp nào khớp.", none.document().selectFirst("#files-none").text());
    }

    @Test
    void aReplacedDocumentIsListedWhereverTheOldOneWasAndItsOldAddressLeadsThere() {
        long first = editor.createArticle("vi", "Bản cũ một " + word, "Nội dung.", "publish");
        long second = editor.createArticle("vi", "Bản cũ hai " + word, "Nội dung.", "publish");
        byte[] draft = TestDocuments.pdfPages("Du thao", "Ma so " + word + "cu");
        assertEquals(302, attach(first, "du-thao.pdf", draft, "").status());
        assertEquals(302, attach(second, "du-thao.pdf", draft, "Dự thảo đã ban hành").status());
        Api api = new Api(server);
        assertEquals(2, api.awaitTotal(word + "cu", "vi", 2));
        String old = listed("/vi/bai-viet/ban-cu-mot-" + word).get(0).selectFirst("a").attr("href");

        Page replaced = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(), "replace", old),
                "file", "Quyết định chính thức.pdf", "application/pdf", TestDocuments.pdfPages("Ban chinh thuc", "Ma so " + word + "moi"));
        assertEquals(302, replaced.status());
        assertTrue(replaced.header("Location").endsWith("/admin/media?done=fileReplaced#documents"), replaced.header("Location"));
        assertTrue(editor.get("/admin/media?done=fileReplaced").document().selectFirst(".notice").text().startsWith("Đã thay tệp"));

        Element one = listed("/vi/bai-viet/ban-cu-mot-" + word).get(0);
        Element two = listed("/vi/bai-viet/ban-cu-hai-" + word).get(0);
        String now = one.selectFirst("a").attr("href");
        assertNotEquals(old, now, "the new bytes have an address of their own");
        assertEquals(now, two.selectFirst("a").attr("href"), "both articles list the new file");
        assertEquals("Quyết định chính thức.pdf", one.selectFirst("a").text(), "named as the new file was");
        assertEquals("Dự thảo đã ban hành", two.selectFirst("a").text(), "a title given stays");
        Page moved = new Browser(server).get(old);
        assertEquals(301, moved.status());
        assertEquals(server.base() + now, moved.header("Location"));
        assertEquals(2, api.awaitTotal(word + "moi", "vi", 2), "the new file's text is read and found");
        assertEquals(0, api.awaitTotal(word + "cu", "vi", 0), "the old one's no longer finds them");

        Page refused = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(), "replace", now),
                "file", "gia.pdf", "application/pdf", TestDocuments.html());
        assertTrue(refused.header("Location").contains("replace=attachment.error.type"), refused.header("Location"));
        assertTrue(editor.get(refused.header("Location").replaceAll("#.*", "")).document().selectFirst("[role=alert]").text()
                .startsWith("Tệp này không phải PDF"));
        assertEquals(now, listed("/vi/bai-viet/ban-cu-mot-" + word).get(0).selectFirst("a").attr("href"), "nothing changed");
        Page gone = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(), "replace", old),
                "file", "x.pdf", "application/pdf", TestDocuments.pdf("x"));
        assertTrue(gone.header("Location").endsWith("/admin/media?done=fileGone#documents"), "the old address is no file of the library");
    }

    @Test
    void aFileInTheLibraryIsAttachedToAnotherArticleWithoutUploadingItAgain() {
        long first = editor.createArticle("vi", "Nguồn " + word, "Nội dung.", "publish");
        long second = editor.createArticle("vi", "Dùng lại " + word, "Nội dung.", "publish");
        assertEquals(302, attach(first, "ke-hoach-" + word + ".pdf", TestDocuments.pdf("Ke hoach " + word), "").status());
        Page form = editor.get("/admin/articles/" + second + "/vi");
        Element offered = form.document().selectFirst("#library-file option:containsOwn(ke-hoach-" + word + ".pdf)");
        assertNotNull(offered, "the library's files are offered in the form");
        Page attached = editor.submit(form, "form[action$=/attachments/from-library]",
                Map.of("address", offered.attr("value"), "title", "Kế hoạch dùng chung"));
        assertEquals(303, attached.status(), attached.text());
        assertTrue(attached.header("Location").endsWith("?saved=attachment#attachments"), attached.header("Location"));
        List<Element> listed = listed("/vi/bai-viet/dung-lai-" + word);
        assertEquals(List.of("Kế hoạch dùng chung"), listed.stream().map(li -> li.selectFirst("a").text()).toList());
        assertEquals(offered.attr("value"), listed.get(0).selectFirst("a").attr("href"), "the same file, the same address");
        assertEquals(2, editor.get("/admin/media?q=ke-hoach-" + word).document().select(".media-row td:nth-child(4) a").size(),
                "one file, listed by both");

        Page forged = editor.submit(editor.get("/admin/articles/" + second + "/vi"), "form[action$=/attachments/from-library]",
                Map.of("address", "/files/00000000000000000000000000000000/x.pdf"));
        assertEquals(303, forged.status());
        assertEquals("Thư viện không có tệp này.", editor.get(forged.header("Location").replaceFirst("^https?://[^/]+", ""))
                .document().selectFirst("#attachment-error").text());
        assertEquals(1, listed("/vi/bai-viet/dung-lai-" + word).size(), "nothing was added");
    }

    @Test
    void aFileNothingListsAnyMoreMayBeDeletedAndOneInUseMayNot() {
        long id = editor.createArticle("vi", "Gỡ tệp " + word, "Nội dung.", "publish");
        assertEquals(302, attach(id, "bo-di-" + word + ".pdf", TestDocuments.pdf("Bo di " + word), "").status());
        assertEquals(302, attach(id, "giu-lai-" + word + ".docx", TestDocuments.docx(), "").status());
        List<Element> listed = listed("/vi/bai-viet/go-tep-" + word);
        String dropped = listed.get(0).selectFirst("a").attr("href");
        String kept = listed.get(1).selectFirst("a").attr("href");
        String droppedKey = dropped.substring("/files/".length(), "/files/".length() + 32);
        String keptKey = kept.substring("/files/".length(), "/files/".length() + 32);
        Page form = editor.get("/admin/articles/" + id + "/vi");
        String attachmentId = form.document().selectFirst("#attachments li[data-attachment]").attr("data-attachment");
        assertEquals(303, editor.submit(form, "form[action$=/attachments/" + attachmentId + "/remove]", Map.of()).status());

        Page library = editor.get("/admin/media");
        assertNotNull(library.document().selectFirst("#unused tr[data-key=" + droppedKey + "]"), "taken off: listed as unused");
        assertEquals(null, library.document().selectFirst("#unused tr[data-key=" + keptKey + "]"), "still listed by the article");
        assertEquals(200, new Browser(server).get(dropped).status(), "its address answers until it is deleted");
        Page deleted = editor.submit(library, "#unused tr[data-key=" + droppedKey + "] form", Map.of());
        assertEquals(303, deleted.status());
        assertEquals("Đã xóa tệp.", editor.get("/admin/media?done=deleted").document().selectFirst("main .notice").text());
        assertEquals(404, new Browser(server).get(dropped).status());

        Page refused = editor.browser().postForm("/admin/media/unused/" + keptKey + "/delete", Map.of("_csrf", editor.csrf()));
        assertEquals(303, refused.status());
        assertTrue(refused.header("Location").endsWith("done=inUse#unused"), refused.header("Location"));
        assertEquals(200, new Browser(server).get(kept).status(), "a file in use is not deleted");
    }

    @Test
    void hostileNamesAreMadeSafeBeforeAnyoneSeesThem() {
        long id = editor.createArticle("vi", "Tên tệp lạ " + word, "Nội dung.", "publish");
        assertEquals(302, attach(id, "../../../etc/passwd.pdf", TestDocuments.pdf("a"), "").status());
        assertEquals(302, attach(id, "..\\..\\" + "Đ".repeat(1000) + ".pdf", TestDocuments.pdf("b"), "").status());
        assertEquals(302, attach(id, "\u202Efdp.exe.pdf", TestDocuments.pdf("c"), "").status());
        List<Element> items = listed("/vi/bai-viet/ten-tep-la-" + word);
        assertEquals("passwd.pdf", items.get(0).selectFirst("a").text());
        String longName = items.get(1).selectFirst("a").text();
        assertEquals("Đ".repeat(120) + ".pdf", longName, "cut to 120 letters before the extension, no folder");
        assertEquals("fdp.exe.pdf", items.get(2).selectFirst("a").text(), "no right-to-left override");
        for (Element item : items) {
            String href = item.selectFirst("a").attr("href");
            assertTrue(href.matches("/files/[0-9a-f]{32}/[A-Za-z0-9%._~-]+"), href);
            HttpResponse<byte[]> served = new Browser(server).getBytes(href);
            assertEquals(200, served.statusCode(), href);
            assertTrue(served.headers().firstValue("Content-Disposition").orElse("").matches("inline; filename=\"[ -~]+\"; filename\\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+"),
                    served.headers().firstValue("Content-Disposition").orElse(""));
        }
    }

    @Test
    void aForgedUploadIsRefusedAndOnlyStoredFilesAreServed() {
        long id = editor.createArticle("vi", "Tệp mạo danh " + word, "Nội dung.", "publish");
        Page forged = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", "forged", "article",
                String.valueOf(id), "lang", "vi"), "file", "a.pdf", "application/pdf", TestDocuments.pdf("x"));
        assertEquals(403, forged.status());
        Page visitor = new Browser(server).postMultipart("/admin/attachments", Map.of("article", String.valueOf(id)),
                "file", "a.pdf", "application/pdf", TestDocuments.pdf("x"));
        assertEquals(403, visitor.status(), "a visitor may not upload");
        assertTrue(listed("/vi/bai-viet/tep-mao-danh-" + word).isEmpty());
        Browser reader = new Browser(server);
        for (String path : new String[] {"/files/0123456789abcdef0123456789abcdef/x.pdf", "/files/../data/saola.mv.db",
                "/files/0123456789ABCDEF0123456789ABCDEF/x.pdf", "/files/%2e%2e/%2e%2e/config/saola.properties", "/files/x"}) {
            Page page = reader.get(path);
            assertTrue(page.status() == 404 || page.status() == 400, path + " -> " + page.status());
        }
    }

    private List<String> titles(String path) {
        return listed(path).stream().map(li -> li.selectFirst("a").text()).toList();
    }
}
