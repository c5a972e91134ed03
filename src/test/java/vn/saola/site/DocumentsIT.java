package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.media.TestDocuments;
import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * The register of official documents ("Văn bản"): an editor writes a document, fills its entry and
 * attaches its file; readers find it in {@code /vi/van-ban} by type, issuer, field and year, read its
 * page (with JSON-LD), follow its number from the news that cites it, and search finds it first by
 * its number however it is typed.
 */
class DocumentsIT {

    private static final long DECISION = 4;
    private static final long PLAN = 7;
    private static final long INDUSTRY = 10;

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final Api api = new Api(server);
    private final String word = "vanban" + UUID.randomUUID().toString().substring(0, 8);
    private final int serial = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    private final List<Long> terms = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
        terms.forEach(editor::removeTerm);
    }

    private long issuer() {
        long issuer = editor.addTerm("issuer", "UBND tỉnh " + word, "Provincial People's Committee " + word);
        terms.add(issuer);
        return issuer;
    }

    /** A published decision of {@code issuer}, numbered {@code number}, issued on {@code issued}; its id. */
    private long decision(long issuer, String number, String issued, String title) {
        long id = editor.createDocument("vi", Map.of("title", title, "summary", "Trích yếu " + word,
                "body", "<p>Nội dung quyết định " + word + ".</p>", "action", "publish"));
        Page saved = editor.register(id, Map.of("number", number, "type", String.valueOf(DECISION),
                "issuer", String.valueOf(issuer), "field", String.valueOf(INDUSTRY), "signer", "Lê Minh Khái",
                "issuedOn", issued, "effectiveOn", issued));
        assertEquals(303, saved.status(), saved.text());
        return id;
    }

    @Test
    void aNewsItemLinksDocumentsByNumberAndEachPageNamesTheOther() {
        long issuer = issuer();
        String number = serial + "/KH-UBND";
        long plan = decision(issuer, number, "2024-06-01", "Kế hoạch chuyển đổi số " + word);
        String older = serial + "/QĐ-UBND";
        long decision = decision(issuer, older, "2023-02-01", "Quyết định thành lập tổ công tác " + word);
        long news = editor.createArticle("vi", "Tin liên quan văn bản " + word, "<p>Không nhắc số văn bản.</p>", "publish");
        editor.translate(news, "en", Map.of("title", "Related news " + word, "body", "<p>Body.</p>", "action", "publish"));

        Page linked = editor.submit("/admin/articles/" + news + "/vi", "#linked-documents form.stacked-form",
                Map.of("number", serial + " kh-ubnd"));
        assertEquals(303, linked.status());
        assertEquals("Đã thêm văn bản liên quan.", editor.get(linked.header("Location").replaceAll("#.*", "")).document()
                .selectFirst(".notice").text());
        editor.submit("/admin/articles/" + news + "/vi", "#linked-documents form.stacked-form", Map.of("number", older));
        assertEquals(List.of(number + " — Kế hoạch chuyển đổi số " + word, older + " — Quyết định thành lập tổ công tác " + word),
                editor.get("/admin/articles/" + news + "/vi").document().select("#linked-documents li a").eachText(),
                "newest issued first, as typed however it was typed");

        Document page = visitor.get("/vi/bai-viet/tin-lien-quan-van-ban-" + word).document();
        assertEquals(List.of(number + " Kế hoạch chuyển đổi số " + word, older + " Quyết định thành lập tổ công tác " + word),
                page.select(".linked-documents li").eachText());
        String planPath = page.selectFirst(".linked-documents a").attr("href");
        assertEquals(List.of("Tin liên quan văn bản " + word), visitor.get(planPath).document().select(".document-citing a").eachText(),
                "the document's page names the news that links it");
        assertTrue(visitor.get("/en/articles/related-news-" + word).document().select(".linked-documents").isEmpty(),
                "no document written in English: none in the English page");

        Page unknown = editor.submit("/admin/articles/" + news + "/vi", "#linked-documents form.stacked-form",
                Map.of("number", "1/KHONG-CO-" + word.toUpperCase()));
        assertEquals("Sổ văn bản không có văn bản nào mang số này.", editor.get(unknown.header("Location").replaceAll("#.*", ""))
                .document().selectFirst("#linked-number-error").text());
        editor.submit("/admin/articles/" + decision + "/vi", "form[action$=/unpublish]", Map.of());
        assertEquals(List.of(number + " Kế hoạch chuyển đổi số " + word), visitor.get("/vi/bai-viet/tin-lien-quan-van-ban-" + word)
                .document().select(".linked-documents li").eachText(), "a document taken down is not shown");
        editor.submit("/admin/articles/" + news + "/vi", "#linked-documents li[data-document=" + plan + "] form", Map.of());
        assertTrue(visitor.get("/vi/bai-viet/tin-lien-quan-van-ban-" + word).document().select(".linked-documents").isEmpty());
        assertTrue(visitor.get(planPath).document().select(".document-citing").isEmpty());
    }

    @Test
    void aDocumentIsWrittenRegisteredAndFoundInTheRegisterByItsFilters() {
        long issuer = issuer();
        String number = serial + "/QĐ-UBND";
        long id = decision(issuer, number, "2024-03-15", "Quyết định phê duyệt đề án " + word);
        Page attached = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(),
                "article", String.valueOf(id), "lang", "vi", "title", "Toàn văn quyết định"),
                "file", "quyet-dinh.pdf", "application/pdf", TestDocuments.pdf("Toan van " + word));
        assertEquals(302, attached.status(), attached.text());

        String issuerCode = "ubnd-tinh-" + word;
        Document list = visitor.get("/vi/van-ban?issuer=" + issuerCode).document();
        assertEquals("Văn bản", list.selectFirst("main h1").text());
        assertEquals("1 văn bản", list.selectFirst(".register-count").text());
        assertEquals(List.of(number + " Quyết định", "15/03/2024", "Quyết định phê duyệt đề án " + word, "UBND tỉnh " + word),
                list.select(".register tbody tr").get(0).select("td").eachText());
        assertEquals("0 văn bản", visitor.get("/vi/van-ban?issuer=" + issuerCode + "&type=ke-hoach").document()
                .selectFirst(".register-count").text(), "another type: not listed");
        assertEquals("0 văn bản", visitor.get("/vi/van-ban?issuer=" + issuerCode + "&year=2023").document()
                .selectFirst(".register-count").text(), "another year: not listed");
        assertEquals("1 văn bản", visitor.get("/vi/van-ban?issuer=" + issuerCode + "&year=2024&field=cong-thuong")
                .document().selectFirst(".register-count").text());
        assertNotNull(list.selectFirst("#register-issuer option[selected][value=" + issuerCode + "]"), "the filter stays chosen");
        assertEquals(404, visitor.get("/vi/van-ban?type=khong-co").status(), "a type that does not exist");
        assertEquals(404, visitor.get("/vi/van-ban?year=20x4").status());
        assertEquals(404, visitor.get("/en/van-ban").status(), "each language has its own word");

        String path = list.selectFirst(".register tbody a").attr("href");
        assertTrue(path.startsWith("/vi/van-ban/"), path);
        Document page = visitor.get(path).document();
        assertEquals("Quyết định phê duyệt đề án " + word, page.selectFirst("main h1").text());
        assertEquals(List.of("Số, ký hiệu", number, "Loại văn bản", "Quyết định", "Cơ quan ban hành", "UBND tỉnh " + word,
                "Lĩnh vực", "Công thương", "Người ký", "Lê Minh Khái", "Ngày ban hành", "15/03/2024",
                "Ngày có hiệu lực", "15/03/2024"), page.select(".document__facts > *").eachText());
        assertEquals("Toàn văn quyết định", page.selectFirst(".attachments li a").text());
        JsonObject ld = Json.createReader(new java.io.StringReader(
                page.selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("Legislation", ld.getString("@type"));
        assertEquals(number, ld.getString("legislationIdentifier"));
        assertEquals("2024-03-15", ld.getString("legislationDate"));
        assertEquals("InForce", ld.getString("legislationLegalForce"));
        assertEquals("UBND tỉnh " + word, ld.getJsonObject("legislationPassedBy").getString("name"));
        JsonArray files = ld.getJsonArray("encoding");
        assertEquals("application/pdf", files.getJsonObject(0).getString("encodingFormat"));
        assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), page.selectFirst("meta[property=og:url]").attr("content"));

        Page feed = visitor.get("/vi/van-ban/rss.xml");
        assertTrue(feed.header("Content-Type").startsWith("application/rss+xml"), feed.header("Content-Type"));
        assertTrue(feed.response().body().contains("<title>" + number + " – Quyết định phê duyệt đề án " + word + "</title>"),
                feed.response().body());
        String sitemap = visitor.get("/sitemap.xml").response().body();
        assertTrue(sitemap.contains(path + "</loc>") && sitemap.contains("/vi/van-ban</loc>"), "the sitemap lists the register and the document");

        editor.translate(id, "en", Map.of("title", "Decision approving the scheme " + word, "summary", "Summary",
                "body", "<p>Text.</p>", "action", "publish"));
        Document english = visitor.get("/en/documents?issuer=" + issuerCode).document();
        assertEquals("Decision approving the scheme " + word, english.select(".register tbody tr td").get(2).text());
        assertEquals("Provincial People's Committee " + word, english.select(".register tbody tr td").get(3).text(),
                "the issuer's English name");
        String englishPath = english.selectFirst(".register tbody a").attr("href");
        assertTrue(englishPath.startsWith("/en/documents/"), englishPath);
        assertTrue(visitor.get(path).document().selectFirst("link[rel=alternate][hreflang=en]").attr("href")
                .endsWith(englishPath), "the switcher leads to the English entry");
    }

    @Test
    void aNumberInNewsLinksToTheDocumentWhichListsTheNewsAndSearchFindsItFirstByItsNumber() {
        long issuer = issuer();
        String number = serial + "/QĐ-TTg";
        decision(issuer, number, "2025-07-01", "Quyết định về tái cơ cấu " + word);
        String documentPath = visitor.get("/vi/van-ban?issuer=ubnd-tinh-" + word).document()
                .selectFirst(".register tbody a").attr("href");
        editor.createArticle("vi", "Triển khai " + word, "<p>Thực hiện Quyết định số " + number
                + " của Thủ tướng, ngày 12/5/2025 Sở đã họp " + word + ".</p>", "publish");
        String newsPath = api.search(word + " triển khai", "vi", 1, 10).json().getJsonArray("hits").stream()
                .map(h -> h.asJsonObject()).filter(h -> h.getString("type").equals("article")).findFirst()
                .map(h -> h.getString("url")).orElse(null);
        assertNotNull(newsPath, "the news is found");
        api.awaitTotal("\"" + number + "\"", "vi", 2);
        Document article = visitor.get(newsPath).document();
        assertEquals(documentPath, article.selectFirst(".article__body a:containsOwn(" + number + ")").attr("href"),
                "the number links to the register entry");
        assertNull(article.selectFirst(".article__body a:containsOwn(12/5/2025)"), "a date is no document number");

        Document document = visitor.get(documentPath).document();
        assertEquals(List.of("Triển khai " + word), document.select(".document-citing li").eachText());

        for (String typed : List.of(number, serial + "/qd-ttg", serial + " QĐ-TTg", "quyết định " + serial + "/QĐ-TTg")) {
            JsonObject found = api.search(typed, "vi", 1, 10).json();
            JsonObject first = found.getJsonArray("hits").getJsonObject(0);
            assertEquals("document", first.getString("type"), typed + ": " + found);
            assertEquals(documentPath, first.getString("url"), typed);
        }
        Document results = visitor.get("/vi/tim-kiem?q=" + serial + "&type=document").document();
        assertEquals(List.of("Văn bản"), results.select(".search-result__type").eachText(), "only documents, said so");
    }

    @Test
    void anOldRegisterIsImportedWithItsFilesFetchedFromTheOldSite() {
        long holder = editor.createArticle("vi", "Nơi giữ tệp " + word, "<p>.</p>", "save");
        Page uploaded = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", editor.csrf(),
                "article", String.valueOf(holder), "lang", "vi", "title", ""),
                "file", "qd.pdf", "application/pdf", TestDocuments.pdf("Tai co cau nganh " + word));
        assertEquals(302, uploaded.status());
        String oldSite = server.base().toString().replaceFirst("/$", "")
                + editor.get("/admin/articles/" + holder + "/vi").document().selectFirst("#attachments li a").attr("href");
        String id = "doc-" + word;
        String number = serial + "/QĐ-UBND";
        String lines = String.join("\n",
                line(id, "vi", "Quyết định nhập " + word, number, "[{\"title\": \"Toàn văn\", \"url\": \"" + oldSite + "\"}]"),
                line(id, "en", "Imported decision " + word, number, "[]"),
                line("bad-number-" + word, "vi", "Sai số", "số năm", "[]"),
                line("by-path-" + word, "vi", "Theo đường dẫn", "1/QĐ-X", "[{\"path\": \"a/b.pdf\"}]"),
                line("gone-" + word, "vi", "Tệp mất", "2/QĐ-X", "[{\"url\": \"" + server.base().toString().replaceFirst("/$", "") + "/files/00000000000000000000000000000000/none.pdf\"}]"));
        JsonObject report = api.importLines(lines).json();
        try {
            assertEquals(2, report.getInt("created"), report.toString());
            assertEquals(3, report.getInt("rejected"), report.toString());
            List<String> reasons = report.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("reason")).toList();
            assertTrue(reasons.get(0).contains("“số năm” không viết theo dạng 2146/QĐ-TTg"), reasons.toString());
            assertTrue(reasons.get(1).contains("không có ZIP gửi kèm"), reasons.toString());
            assertTrue(reasons.get(2).startsWith("không tải được tệp") && reasons.get(2).contains("HTTP 404"), reasons.toString());

            Document list = visitor.get("/vi/van-ban?issuer=ubnd-tinh-nhap-" + word).document();
            assertEquals(List.of(number + " Quyết định", "15/03/2024", "Quyết định nhập " + word, "UBND tỉnh nhập " + word),
                    list.select(".register tbody tr").get(0).select("td").eachText());
            String path = list.selectFirst(".register tbody a").attr("href");
            assertEquals(List.of("Toàn văn"), visitor.get(path).document().select(".attachments li a").eachText());
            api.awaitTotal("\"tai co cau nganh " + word + "\"", "vi", 2); // the news holding the file, and the document

            assertEquals(2, api.importLines(lines).json().getInt("updated"), "imported again");
            assertEquals(1, visitor.get(path).document().select(".attachments li").size(), "the file is not listed twice");
            assertEquals(404, visitor.get("/vi/van-ban?issuer=ubnd-tinh-gone-" + word).status());
        } finally {
            api.delete(id);
            editor.termId("issuer", "ubnd-tinh-nhap-" + word).ifPresent(editor::removeTerm);
        }
    }

    @Test
    void aRegisterComesWithItsFilesInAZipBesideTheLines() throws Exception {
        String id = "zip-" + word;
        String number = serial + "/TB-UBND";
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("van-ban/thong-bao.pdf"));
            out.write(TestDocuments.pdf("Thong bao " + word));
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("van-ban/trang.html"));
            out.write("<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String lines = String.join("\n",
                line(id, "vi", "Thông báo " + word, number, "[{\"title\": \"Toàn văn\", \"path\": \"van-ban/thong-bao.pdf\"}]"),
                line("zip-missing-" + word, "vi", "Thiếu tệp", "3/TB-X", "[{\"path\": \"van-ban/khong-co.pdf\"}]"),
                line("zip-escape-" + word, "vi", "Thoát ra", "4/TB-X", "[{\"path\": \"../../../etc/passwd\"}]"),
                line("zip-html-" + word, "vi", "Trang HTML", "5/TB-X", "[{\"path\": \"van-ban/trang.html\"}]"));
        try {
            JsonObject report = Json.createReader(new java.io.StringReader(api.importWithFiles(lines, zip.toByteArray()).body())).readObject();
            assertEquals(1, report.getInt("created"), report.toString());
            List<String> reasons = report.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("reason")).toList();
            assertEquals(List.of("không có tệp “van-ban/khong-co.pdf” trong ZIP", "không có tệp “../../../etc/passwd” trong ZIP",
                    "tệp van-ban/trang.html không phải PDF, Word, Excel, OpenDocument hay ZIP"), reasons);
            String path = visitor.get("/vi/van-ban?issuer=ubnd-tinh-nhap-" + word).document()
                    .selectFirst(".register tbody a").attr("href");
            Document page = visitor.get(path).document();
            assertEquals("Toàn văn", page.selectFirst(".attachments li a").text());
            assertEquals(200, visitor.get(page.selectFirst(".attachments li a").attr("href")).status());
            assertEquals(404, visitor.get("/vi/van-ban?issuer=ubnd-tinh-x").status(), "nothing else was registered");

            Api.Answer notAZip = api.importWithFiles(lines, "không phải zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(400, notAZip.status());
            assertEquals("phần “files” không phải tệp ZIP", notAZip.json().getString("error"));
            Api.Answer pathWithoutZip = api.importLines(lines);
            assertTrue(pathWithoutZip.body().contains("không có ZIP gửi kèm"), pathWithoutZip.body());
        } finally {
            api.delete(id);
            editor.termId("issuer", "ubnd-tinh-nhap-" + word).ifPresent(editor::removeTerm);
        }
    }

    private String line(String id, String lang, String title, String number, String files) {
        return Json.createObjectBuilder().add("type", "document").add("id", id).add("lang", lang).add("title", title)
                .add("number", number).add("documentType", "Quyết định").add("issuer", "UBND tỉnh nhập " + word)
                .add("field", "Công thương").add("signer", "Nguyễn Văn A").add("issuedAt", "2024-03-15")
                .add("summary", "Trích yếu " + word)
                .add("files", Json.createReader(new java.io.StringReader(files)).readArray()).build().toString();
    }

    @Test
    void aWrongEntryIsRefusedWithItsReasonAndChangesNothing() {
        long issuer = issuer();
        String number = serial + "/KH-UBND";
        long id = decision(issuer, number, "2024-01-10", "Kế hoạch " + word);
        String edit = "/admin/articles/" + id + "/vi";
        Page refused = editor.register(id, Map.of("number", "kế hoạch số 5", "type", String.valueOf(PLAN)));
        assertEquals(400, refused.status());
        assertEquals("Số, ký hiệu viết theo dạng 2146/QĐ-TTg hoặc 01/2021/TT-BCT.",
                refused.document().selectFirst("#register-number-error").text());
        assertEquals("kế hoạch số 5", refused.document().selectFirst("#register-number").attr("value"), "what was typed stays");

        refused = editor.register(id, Map.of("effectiveOn", "2023-12-31"));
        assertEquals(400, refused.status());
        assertEquals("Ngày có hiệu lực không thể trước ngày ban hành.",
                refused.document().selectFirst("#register-effectiveOn-error").text());
        refused = editor.register(id, Map.of("issuedOn", "2024-02-30"));
        assertEquals("Ngày không hợp lệ.", refused.document().selectFirst("#register-issuedOn-error").text());
        refused = editor.register(id, Map.of("type", "999999"));
        assertEquals(400, refused.status());

        long other = editor.createDocument("vi", Map.of("title", "Bản sao " + word, "body", "<p>.</p>", "action", "save"));
        refused = editor.register(other, Map.of("number", number.toLowerCase(), "type", String.valueOf(PLAN),
                "issuer", String.valueOf(issuer), "issuedOn", "2024-01-11"));
        assertEquals("Cơ quan này đã có một văn bản mang số, ký hiệu này.",
                refused.document().selectFirst("#register-number-error").text(), "the same number, however written");

        Document form = editor.get(edit).document();
        assertEquals(number, form.selectFirst("#register-number").attr("value"), "nothing was saved");
        assertEquals(String.valueOf(DECISION), form.selectFirst("#register-type option[selected]").attr("value"));
        assertEquals("2024-01-10", form.selectFirst("#register-issuedOn").attr("value"));

        Document termsPage = editor.get("/admin/documents/terms").document();
        assertNull(termsPage.selectFirst("form[action=/admin/documents/terms/" + issuer + "/remove]"),
                "a term in use offers no deleting");
        Page inUse = editor.browser().postForm("/admin/documents/terms/" + issuer + "/remove", Map.of("_csrf", editor.csrf()));
        assertEquals(303, inUse.status());
        Document after = editor.get(inUse.header("Location").replaceFirst("^https?://[^/]+", "")).document();
        assertEquals("Mục này đang được văn bản sử dụng nên không xóa được.", after.selectFirst("[role=alert]").text());
        assertNotNull(after.selectFirst("#terms-issuer tr[data-term=ubnd-tinh-" + word + "]"), "still there");
    }
}
