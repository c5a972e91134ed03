package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Translating side by side, the source revision a translation records, the outdated flag with
 * a word-level difference after the source changes, and marking it up to date again.
 */
class TranslationIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final String word = "dich" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    private long vietnameseArticle() {
        return editor.createArticle("vi", "Kế hoạch năm " + word,
                "<p>Đoạn một: sản lượng đạt 95% kế hoạch.</p><h2>Mục tiêu</h2><p>Đoạn hai về xuất khẩu.</p>", "publish");
    }

    @Test
    void theTranslateScreenShowsTheSourceBlockByBlockBesideTheForm() {
        long id = vietnameseArticle();
        Page screen = editor.get("/admin/articles/" + id + "/en/translate");
        assertEquals(200, screen.status());
        assertEquals("Dịch song song sang tiếng Anh", screen.document().selectFirst("main h1").text());
        Element source = screen.document().selectFirst(".side-by-side__source");
        assertEquals("vi", source.attr("lang"));
        assertEquals("Kế hoạch năm " + word, source.selectFirst(".source-title").text());
        List<String> blocks = source.select(".source-blocks > li").eachText();
        assertEquals(List.of("Đoạn một: sản lượng đạt 95% kế hoạch.", "Mục tiêu", "Đoạn hai về xuất khẩu."), blocks);
        assertNotNull(source.selectFirst(".source-blocks > li > h2"), "formatted, not flattened");
        Element target = screen.document().selectFirst(".side-by-side__target form.article-form");
        assertEquals("", target.selectFirst("input[name=title]").attr("value"), "the English form starts empty");
        assertEquals("en", target.selectFirst("input[name=title]").attr("lang"));
        assertEquals("1", target.selectFirst("input[name=sourceRevision]").attr("value"));

        assertEquals("MISSING", editor.state(id, "vi", "en"));
        Page list = editor.get("/admin/articles?q=" + word);
        assertEquals("/admin/articles/" + id + "/en/translate",
                list.document().selectFirst(".badge[data-lang=en]").attr("href"), "a missing badge leads to translating");
    }

    @Test
    void aSourceEditFlagsTheTranslationOutdatedAndShowsWhatChanged() {
        long id = vietnameseArticle();
        Page saved = editor.translate(id, "en", Map.of("title", "Plan for the year " + word,
                "body", "<p>Paragraph one: output reached 95% of the plan.</p><h2>Goals</h2><p>Paragraph two on exports.</p>",
                "action", "publish"));
        assertEquals(303, saved.status(), saved.text());
        assertEquals("UP_TO_DATE", editor.state(id, "vi", "en"));
        assertEquals(200, new Browser(server).get("/en/articles/plan-for-the-year-" + word).status());

        // The Vietnamese source is edited: one figure changes, a sentence is added.
        editor.save(id, "vi", Map.of("body",
                "<p>Đoạn một: sản lượng đạt 97% kế hoạch.</p><h2>Mục tiêu</h2><p>Đoạn hai về xuất khẩu. Thêm câu mới.</p>"));
        assertEquals("OUTDATED", editor.state(id, "vi", "en"));
        assertEquals("UP_TO_DATE", editor.state(id, "vi", "vi"), "the source itself is never outdated");
        Page list = editor.get("/admin/articles?needs=en&q=" + word);
        assertEquals("OUTDATED", list.document().selectFirst(".article-row .badge[data-lang=en]").attr("data-state"));

        Page screen = editor.get("/admin/articles/" + id + "/en/translate");
        Element change = screen.document().selectFirst(".source-change");
        assertNotNull(change, "the translate screen shows the source's changes");
        assertTrue(change.selectFirst("h2").text().contains("từ phiên bản 1 đến phiên bản 2"), change.text());
        assertEquals(List.of("95%"), change.select(".diff del").eachText());
        assertEquals(List.of("97%", "Thêm câu mới."), change.select(".diff ins").eachText());
        assertEquals("Plan for the year " + word, screen.document().selectFirst(".side-by-side__target input[name=title]").attr("value"));
        assertEquals("2", screen.document().selectFirst("input[name=sourceRevision]").attr("value"));

        // Marking it up to date clears the flag and the difference.
        Page marked = editor.submit(screen, "form[action$=/up-to-date]", Map.of());
        assertEquals(303, marked.status());
        assertEquals("UP_TO_DATE", editor.state(id, "vi", "en"));
        assertNull(editor.get("/admin/articles/" + id + "/en/translate").document().selectFirst(".source-change"));

        // Another source edit, then a new translation saved: up to date again, recording revision 3.
        editor.save(id, "vi", Map.of("title", "Kế hoạch năm mới " + word));
        assertEquals("OUTDATED", editor.state(id, "vi", "en"));
        Page again = editor.get("/admin/articles/" + id + "/en/translate");
        assertEquals(List.of("mới"), again.document().select(".diff ins").eachText().stream()
                .map(String::strip).toList());
        editor.translate(id, "en", Map.of("title", "New year plan " + word));
        assertEquals("UP_TO_DATE", editor.state(id, "vi", "en"));
    }

    @Test
    void aTranslationStartedBeforeTheSourceChangedStaysOutdated() {
        long id = vietnameseArticle();
        Page screen = editor.get("/admin/articles/" + id + "/en/translate");
        // While the translator works, someone edits the source.
        editor.save(id, "vi", Map.of("summary", "Tóm tắt mới " + word));
        Page saved = editor.submit(screen, "form.article-form", Map.of("title", "Plan " + word, "body", "Body."));
        assertEquals(303, saved.status());
        assertEquals("OUTDATED", editor.state(id, "vi", "en"), "it renders revision 1, the source is at 2");
    }
}
