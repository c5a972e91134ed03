package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArticleFormTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private static ArticleForm form(String title, String slug, String body, String category, String publishAt, String action) {
        ArticleForm form = new ArticleForm();
        form.title = title;
        form.slug = slug;
        form.body = body;
        form.category = category;
        form.publishAt = publishAt;
        form.action = action;
        return form;
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(Map.of(), form("Tiêu đề", "", "<p>Nội dung</p>", "1", "", "save").problems(VIETNAM, NOW));
    }

    @Test
    void eachMissingOrMalformedFieldIsNamed() {
        Map<String, String> problems = form(" ", "Có Dấu", "", "abc", "ngày mai", "save").problems(VIETNAM, NOW);
        assertEquals(Map.of("title", "editor.error.titleRequired", "slug", "editor.error.slug",
                "body", "editor.error.bodyRequired", "category", "editor.error.category",
                "publishAt", "editor.error.publishAt"), problems);
    }

    @Test
    void schedulingNeedsATimeToComeReadInVietnamTime() {
        ArticleForm soon = form("T", "", "B", "1", "2026-11-25T15:30", "schedule");
        assertEquals(Map.of(), soon.problems(VIETNAM, NOW), "15:30 in Hà Nội is 08:30 UTC, after 08:00 UTC");
        assertEquals(Instant.parse("2026-11-25T08:30:00Z"), soon.publishAt(VIETNAM));
        assertEquals(Map.of("publishAt", "editor.error.publishAtPast"),
                form("T", "", "B", "1", "2026-11-25T14:30", "schedule").problems(VIETNAM, NOW));
        assertEquals(Map.of("publishAt", "editor.error.publishAt"),
                form("T", "", "B", "1", "", "schedule").problems(VIETNAM, NOW));
    }

    @Test
    void aGarbledVersionMatchesNothing() {
        ArticleForm form = form("T", "", "B", "1", "", "save");
        form.version = "7; drop table";
        assertEquals(-1, form.expectedVersion());
        form.sourceRevision = "99999999999";
        assertNull(form.sourceRevision());
    }
}
