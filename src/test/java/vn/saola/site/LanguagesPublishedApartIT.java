package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Each language is published on its own: the Vietnamese can be public while the English is a
 * draft, and the switcher, hreflang, sitemap, feeds and search follow what is public in each.
 */
class LanguagesPublishedApartIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final Api api = new Api(server);
    private final String word = "rieng" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
    }

    private String publication(long id, String lang) {
        return admin.get("/admin/articles?q=" + word).document()
                .selectFirst(".article-row:has(input[value=" + id + "]) .badge[data-lang=" + lang + "]").attr("data-publication");
    }

    @Test
    void theEnglishStaysADraftWhileTheVietnameseIsPublic() {
        long id = admin.createArticle("vi", "Tin hai ngôn ngữ " + word, "<p>Nội dung " + word + ".</p>", "publish");
        assertEquals(303, admin.translate(id, "en", Map.of("title", "Two languages " + word, "body", "<p>Body " + word + ".</p>",
                "action", "save")).status());
        String vi = "/vi/bai-viet/tin-hai-ngon-ngu-" + word;
        String en = "/en/articles/two-languages-" + word;

        Document page = visitor.get(vi).document();
        assertNull(page.selectFirst("link[rel=alternate][hreflang=en]"), "no hreflang to a draft");
        assertEquals("/switch/en?to=%2Fen%2F", page.selectFirst(".language-switcher a").attr("href"),
                "the switcher leads to the English home, not to the draft");
        assertTrue(page.selectFirst(".language-switcher__note") != null, "and says it is not translated");
        assertEquals(404, visitor.get(en).status());
        assertEquals(1, api.awaitTotal(word, "vi", 1));
        assertEquals(0, api.awaitTotal(word, "en", 0));
        assertFalse(visitor.get("/sitemap.xml").text().contains(en));
        assertFalse(visitor.get("/en/rss.xml").text().contains(word));
        assertTrue(visitor.get("/vi/rss.xml").text().contains(word));
        assertEquals("PUBLISHED", publication(id, "vi"));
        assertEquals("DRAFT", publication(id, "en"));
        assertEquals("Bản nháp", admin.get("/admin/articles/" + id + "/en").document().selectFirst("#publication .status").text());

        assertEquals(204, api.setStatus(String.valueOf(id), "en", "published").status());
        assertEquals("Two languages " + word, visitor.get(en).document().selectFirst("main h1").text());
        page = visitor.get(vi).document();
        assertTrue(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href").endsWith(en), "hreflang once public");
        assertTrue(page.selectFirst(".language-switcher a").attr("href").contains("%2Fen%2Farticles%2Ftwo-languages-" + word));
        assertEquals(1, api.awaitTotal(word, "en", 1));
        assertTrue(visitor.get("/sitemap.xml").text().contains(en));
        assertTrue(visitor.get("/en/rss.xml").text().contains(word));

        assertEquals(204, api.setStatus(String.valueOf(id), "en", "unpublished").status());
        assertEquals(404, visitor.get(en).status());
        assertEquals(200, visitor.get(vi).status(), "the Vietnamese stays");
        assertEquals(0, api.awaitTotal(word, "en", 0));
        assertEquals("UNPUBLISHED", publication(id, "en"));
        assertEquals("Đã gỡ xuống", admin.get("/admin/articles/" + id + "/en").document().selectFirst("#publication .status").text());

        Browser.Page takenDown = admin.submit("/admin/articles/" + id + "/vi", "form[action$=/unpublish]", Map.of());
        assertEquals(303, takenDown.status());
        assertEquals(404, visitor.get(vi).status());
        assertEquals(0, api.awaitTotal(word, "vi", 0));

        assertEquals(400, api.setStatus(String.valueOf(id), "en", "public").status());
        assertEquals(404, api.setStatus("khong-co-" + word, "en", "published").status());
        long viOnly = admin.createArticle("vi", "Chỉ tiếng Việt " + word, "<p>Nội dung.</p>", "save");
        assertEquals(404, api.setStatus(String.valueOf(viOnly), "en", "published").status(), "no English to publish");
        assertEquals(204, api.setStatus(String.valueOf(viOnly), "vi", "published").status());
        assertEquals(200, visitor.get("/vi/bai-viet/chi-tieng-viet-" + word).status());
    }
}
