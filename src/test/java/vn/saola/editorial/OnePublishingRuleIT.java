package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Publishing means one thing, whether an editor presses "publish now" or a tool calls the API. */
class OnePublishingRuleIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Api api = new Api(server);
    private final Browser visitor = new Browser(server);
    private final String word = "motluat" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    @Test
    void aScheduledArticlePublishedEitherWayIsPublicFromNow() {
        String tomorrow = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        long byEditor = scheduled("Tin hẹn giờ một " + word, tomorrow);
        long byTool = scheduled("Tin hẹn giờ hai " + word, tomorrow);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertEquals(303, editor.save(byEditor, "vi", Map.of("action", "publish")).status());
        assertEquals(204, api.setStatus(String.valueOf(byTool), "published").status());
        Instant after = Instant.now().plusSeconds(1);

        for (long id : new long[] {byEditor, byTool}) {
            Instant shown = publicationTime(id);
            assertTrue(!shown.isBefore(before) && shown.isBefore(after),
                    "article " + id + " is public from now on, not from tomorrow: " + shown);
            assertEquals("Đã đăng", status(id));
        }
    }

    @Test
    void anArticleTakenDownAndPublishedAgainKeepsItsFirstTimeEitherWay() {
        long byEditor = editor.createArticle("vi", "Tin đăng lại một " + word, "<p>Nội dung.</p>", "publish");
        long byTool = editor.createArticle("vi", "Tin đăng lại hai " + word, "<p>Nội dung.</p>", "publish");
        Instant firstOfEditors = publicationTime(byEditor);
        Instant firstOfTools = publicationTime(byTool);

        editor.submit("/admin/articles/" + byEditor + "/vi", "form[action$=/unpublish]", Map.of());
        assertEquals(204, api.setStatus(String.valueOf(byTool), "draft").status());
        assertEquals("Đã gỡ xuống", status(byEditor), "taken down, not a draft never published");
        assertEquals("Đã gỡ xuống", status(byTool));
        assertFalse(visitor.get(path(byTool)).status() == 200, "a draft is not public");

        editor.save(byEditor, "vi", Map.of("action", "publish"));
        assertEquals(204, api.setStatus(String.valueOf(byTool), "published").status());
        assertEquals(firstOfEditors, publicationTime(byEditor));
        assertEquals(firstOfTools, publicationTime(byTool));
    }

    private long scheduled(String title, String at) {
        return editor.createArticle("vi", Map.of("title", title, "body", "<p>Nội dung.</p>", "action", "schedule",
                "publishAt", at));
    }

    private String status(long id) {
        return editor.get("/admin/articles/" + id + "/vi").document().selectFirst(".editor-side .status").text();
    }

    private String path(long id) {
        String slug = editor.get("/admin/articles/" + id + "/vi").document().selectFirst("input[name=slug]").attr("value");
        return "/vi/bai-viet/" + slug;
    }

    /** The publication time the public page states. */
    private Instant publicationTime(long id) {
        Page page = visitor.get(path(id));
        assertEquals(200, page.status(), "article " + id + " is public");
        return OffsetDateTime.parse(page.document().selectFirst("article time").attr("datetime")).toInstant();
    }
}
