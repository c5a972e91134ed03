package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.content.ArticleConstraints;
import vn.saola.testing.BeanValidation;

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

    /** What Krazo does before the controller runs: the form's constraints checked, each violation named by its field. */
    private static Map<String, String> problems(ArticleForm form) {
        Map<String, String> violations = new HashMap<>();
        BeanValidation.validator().validate(form).forEach(violation ->
                violations.put(violation.getPropertyPath().toString(), violation.getMessage()));
        return form.problems(violations, true, VIETNAM, NOW);
    }

    @Test
    void newsNeedsACategoryAPageNeedsNoneButItsParentMustBeAnId() {
        ArticleForm form = form("Giới thiệu", "", "<p>Nội dung</p>", "", "", "save");
        assertEquals(Map.of("category", "editor.error.category"), problems(form));
        assertEquals(Map.of(), form.problems(Map.of(), false, VIETNAM, NOW));
        form.parent = "một";
        Map<String, String> violations = new HashMap<>();
        BeanValidation.validator().validate(form).forEach(violation ->
                violations.put(violation.getPropertyPath().toString(), violation.getMessage()));
        assertEquals(Map.of("parent", "editor.error.parent"), form.problems(violations, false, VIETNAM, NOW));
        form.parent = " 42 ";
        assertEquals(42L, form.shared(VIETNAM).parentId());
        assertNull(form.shared(VIETNAM).categoryId());
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(Map.of(), problems(form("Tiêu đề", "", "<p>Nội dung</p>", "1", "", "save")));
    }

    @Test
    void eachMissingOrMalformedFieldIsNamed() {
        Map<String, String> problems = problems(form(" ", "Có Dấu", "", "abc", "ngày mai", "save"));
        assertEquals(Map.of("title", "editor.error.titleRequired", "slug", "editor.error.slug",
                "body", "editor.error.bodyRequired", "category", "editor.error.category",
                "publishAt", "editor.error.publishAt"), problems);
    }

    @Test
    void theLimitsAreTheOnesContentDeclares() {
        ArticleForm form = form("x".repeat(ArticleConstraints.TITLE + 1), "", "B", "1", "", "save");
        form.summary = "s".repeat(ArticleConstraints.SUMMARY + 1);
        form.author = "a".repeat(ArticleConstraints.AUTHOR + 1);
        assertEquals(Map.of("title", "editor.error.titleLong", "summary", "editor.error.summaryLong",
                "author", "editor.error.authorLong"), problems(form));
        form = form("x".repeat(ArticleConstraints.TITLE), "", "B", "1", "", "save");
        form.author = "a".repeat(ArticleConstraints.AUTHOR);
        assertEquals(Map.of(), problems(form));
        assertEquals(Map.of("title", "editor.error.titleRequired"), problems(form("\u2003", "", "B", "1", "", "save")),
                "an em space is no title");
    }

    @Test
    void schedulingNeedsATimeToComeReadInVietnamTime() {
        ArticleForm soon = form("T", "", "B", "1", "2026-11-25T15:30", "schedule");
        assertEquals(Map.of(), problems(soon), "15:30 in Hà Nội is 08:30 UTC, after 08:00 UTC");
        assertEquals(Instant.parse("2026-11-25T08:30:00Z"), soon.publishAt(VIETNAM));
        assertEquals(Map.of("publishAt", "editor.error.publishAtPast"),
                problems(form("T", "", "B", "1", "2026-11-25T14:30", "schedule")));
        assertEquals(Map.of("publishAt", "editor.error.publishAt"),
                problems(form("T", "", "B", "1", "", "schedule")));
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
