package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.media.TestDocuments;
import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.PublicPages;
import vn.saola.testing.SaolaServer;

/**
 * An administrator's export, imported into an empty Saola, gives the same site: every article,
 * page and document the public sees answers at the same address with the same content (the
 * page's {@code <main>}, title, canonical and language links), drafts stay drafts, and the
 * documents' files are served at the same addresses with the same bytes.
 */
class ExportRoundTripIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final Api api = new Api(server);
    private final String word = "xuat" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
        api.delete("doc-" + word);
        admin.get("/admin/trash").document().select(".trash-row").stream().filter(row -> row.text().contains(word))
                .forEach(row -> admin.submit("/admin/trash", "form[action=/admin/trash/purge/" + row.attr("data-id") + "]", Map.of()));
    }

    @Test
    void anExportImportedIntoAnEmptySaolaGivesTheSamePublicPages() throws IOException {
        Editor.Pages pages = admin.pageUnderAParent(word);
        long news = admin.createArticle("vi", "Tin xuất khẩu " + word, "<p>Nội dung <strong>in đậm</strong> " + word + ".</p>", "publish");
        admin.translate(news, "en", Map.of("title", "Exported news " + word, "body", "<p>Body.</p>", "action", "save"));
        admin.createArticle("vi", "Bản nháp " + word, "<p>Chưa đăng.</p>", "save");
        byte[] pdf = TestDocuments.pdf("Quyet dinh " + word);
        JsonObject imported = api.importWithFiles(Json.createObjectBuilder().add("type", "document").add("id", "doc-" + word)
                .add("lang", "vi").add("title", "Quyết định " + word).add("number", (System.nanoTime() % 9000 + 1000) + "/QĐ-XK")
                .add("documentType", "Quyết định").add("issuer", "UBND tỉnh").add("issuedAt", "2024-03-15")
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Toàn văn").add("path", "qd.pdf")))
                .build().toString(), zip(Map.of("qd.pdf", pdf))).json();
        assertEquals(1, imported.getInt("created"), imported.toString());

        byte[] export = admin.browser().getBytes("/admin/export/content.zip").body();
        Map<String, byte[]> entries = unzip(export);
        String lines = new String(entries.get("content.ndjson"), StandardCharsets.UTF_8);
        List<JsonObject> ours = lines.lines().map(line -> Json.createReader(new StringReader(line)).readObject())
                .filter(line -> line.getString("title").contains(word)).toList();
        assertEquals(List.of("page|vi|published", "page|en|published", "page|vi|published", "article|vi|published",
                "article|en|draft", "article|vi|draft", "document|vi|published"), ours.stream()
                .map(l -> l.getString("type") + "|" + l.getString("lang") + "|" + l.getString("status")).toList(),
                "pages first, parents before their pages, then news, then documents; each with its status");
        String filePath = ours.get(6).getJsonArray("files").getJsonObject(0).getString("path");
        assertTrue(java.util.Arrays.equals(pdf, entries.get(filePath)), "the document's file is in the ZIP: " + filePath);

        // The copy answers as the site it copies (its public address), as a portal moved to a new server would.
        SaolaServer target = SaolaServer.dedicated("import-target", Map.of("SAOLA_DEMO_CONTENT", "false",
                "SAOLA_SITE_URL", server.base().toString()));
        try {
            long lineCount = lines.lines().count();
            long start = System.nanoTime();
            JsonObject report = new Api(target).importWithFiles(lines, export).json();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, report.getInt("rejected"), report.toString());
            assertEquals(lineCount, report.getInt("created"), report.toString());
            System.out.printf("[saola] export round trip: %d lines imported in %.1f s (%.0f lines/s)%n", lineCount, seconds,
                    lineCount / seconds);

            // The site's identity is a setting, not content: its operator sets it up as it was.
            Editor targetAdmin = Editor.admin(target);
            Map<String, String> identity = new java.util.LinkedHashMap<>();
            ((org.jsoup.nodes.FormElement) admin.get("/admin/settings").document().selectFirst("form.settings-form")).formData()
                    .forEach(field -> identity.put(field.key(), field.value()));
            identity.remove("_csrf");
            identity.remove("version");
            assertEquals(303, targetAdmin.submit("/admin/settings", "form.settings-form", identity).status());

            Browser source = new Browser(server);
            Browser copy = new Browser(target);
            List<String> paths = PublicPages.paths(source);
            assertTrue(paths.contains(pages.path()) && paths.contains("/vi/bai-viet/tin-xuat-khau-" + word), paths.toString());
            PublicPages.Differences differences = PublicPages.differences(source, copy, paths,
                    path -> path.matches("/(vi/so-do-cong|en/site-map)"));
            List<String> different = differences.paths();
            String firstDifference = differences.first();
            System.out.printf("[saola] export round trip: %d of %d public pages identical%n", paths.size() - different.size(),
                    paths.size());
            // The site map lists the menus too, which are settings the export does not carry.
            assertEquals(List.of("/vi/so-do-cong", "/en/site-map"), different,
                    "public pages whose content differs after the round trip; the first: " + firstDifference);
            assertEquals(404, copy.get("/en/articles/exported-news-" + word).status(), "the English draft stays a draft");
            assertEquals(404, copy.get("/vi/bai-viet/ban-nhap-" + word).status());
            String fileAddress = source.get("/vi/van-ban/quyet-dinh-" + word).document().selectFirst("a[href^=/files/]").attr("href");
            assertTrue(java.util.Arrays.equals(pdf, copy.getBytes(fileAddress).body()), "the file at the same address");
        } finally {
            target.stop();
        }
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
