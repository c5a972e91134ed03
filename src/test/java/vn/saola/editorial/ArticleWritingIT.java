package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Writing an article in the admin: draft, preview, publish, schedule, a moved address, refused forms. */
class ArticleWritingIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final String word = "bienso" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    @Test
    void aDraftIsPrivateUntilPublishedAndThePreviewIsThePublicPage() {
        long id = editor.createArticle("vi", "Sở Công Thương họp báo " + word,
                "<p>Đoạn <strong>đầu tiên</strong> về " + word + ".</p>", "save");
        Page edit = editor.get("/admin/articles/" + id + "/vi?saved=saved");
        assertEquals("Đã lưu.", edit.document().selectFirst(".notice").text());
        assertEquals("Bản nháp", edit.document().selectFirst(".editor-side .status").text());
        String slug = edit.document().selectFirst("input[name=slug]").attr("value");
        assertEquals("so-cong-thuong-hop-bao-" + word, slug, "proposed from the title, Vietnamese-aware");

        assertEquals(404, visitor.get("/vi/bai-viet/" + slug).status(), "a draft is not public");
        assertEquals(0, new Api(server).search(word, "vi", 1, 10).json().getInt("total"), "nor searchable");

        Page preview = editor.get("/admin/preview/vi/" + id);
        assertEquals(200, preview.status());
        assertEquals("Sở Công Thương họp báo " + word, preview.document().selectFirst("article h1").text());
        assertEquals("đầu tiên", preview.document().selectFirst(".article__body strong").text());
        assertTrue(preview.document().selectFirst(".preview-banner").text().contains("Bản nháp"), "says it is a draft");
        assertEquals("vi", preview.document().selectFirst("html").attr("lang"), "in the article's language");
        assertNotNull(preview.document().selectFirst("meta[name=robots][content=noindex]"));

        Page published = editor.save(id, "vi", Map.of("action", "publish"));
        assertEquals(303, published.status());
        Page page = visitor.get("/vi/bai-viet/" + slug);
        assertEquals(200, page.status());
        assertEquals("Sở Công Thương họp báo " + word, page.document().selectFirst("article h1").text());
        assertEquals(1, new Api(server).awaitTotal(word, "vi", 1), "published means searchable");

        Page list = editor.get("/admin/articles?q=" + word);
        assertEquals("Đã đăng", list.document().selectFirst(".article-row .status").text());
        editor.submit("/admin/articles/" + id + "/vi", "form[action$=/unpublish]", Map.of());
        assertEquals(404, visitor.get("/vi/bai-viet/" + slug).status(), "unpublished");
        assertEquals(0, new Api(server).awaitTotal(word, "vi", 0));
    }

    @Test
    void aScheduledArticleAppearsByItselfAtItsTimeInVietnamTime() throws InterruptedException {
        // Far enough ahead that a busy machine still looks before the time; the page shows it at
        // most saola.content.cache-seconds after it (2 s here, 30 s by default: README).
        ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(12).withNano(0);
        long id = editor.createArticle("vi", Map.of("title", "Lịch tiếp công dân " + word,
                "body", "Lịch tiếp công dân tháng này.", "action", "schedule",
                "publishAt", due.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"))));
        Page edit = editor.get("/admin/articles/" + id + "/vi");
        assertEquals("Hẹn giờ đăng", edit.document().selectFirst(".editor-side .status").text());
        Page list = editor.get("/admin/articles?status=scheduled&q=" + word);
        assertEquals(1, list.document().select(".article-row").size());
        String slug = edit.document().selectFirst("input[name=slug]").attr("value");
        int early = visitor.get("/vi/bai-viet/" + slug).status();
        if (Instant.now().isBefore(due.toInstant())) {
            assertEquals(404, early, "not before its time");
        }

        int status = 404;
        Instant giveUp = due.toInstant().plus(SaolaServer.CONTENT_CACHE).plusSeconds(30);
        while (status != 200 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            status = visitor.get("/vi/bai-viet/" + slug).status();
        }
        assertEquals(200, status, "public once its time came, with nobody pressing anything");
        assertEquals(1, editor.get("/admin/articles?status=published&q=" + word).document().select(".article-row").size());
    }

    @Test
    void schedulingForThePastIsRefusedNextToTheField() {
        Page refused = editor.submit("/admin/articles/new?lang=vi", "form.article-form", Map.of(
                "title", "Tin " + word, "body", "Nội dung", "publishAt", "2020-01-01T08:00", "action", "schedule"));
        assertEquals(400, refused.status());
        assertEquals("Thời gian hẹn đăng phải ở tương lai.", refused.document().selectFirst("#publishAt-error").text());
        assertEquals("Tin " + word, refused.document().selectFirst("input[name=title]").attr("value"), "typed text kept");
    }

    @Test
    void refusedFieldsAreMarkedAndWhatWasTypedStays() {
        Page refused = editor.submit("/admin/articles/new?lang=en", "form.article-form", Map.of(
                "title", "", "slug", "Not A Slug!", "summary", "Tóm tắt giữ nguyên " + word,
                "body", "<p>Body kept " + word + "</p>", "action", "save"));
        assertEquals(400, refused.status());
        assertEquals("Vui lòng nhập tiêu đề.", refused.document().selectFirst("#title-error").text());
        assertEquals("true", refused.document().selectFirst("input[name=title]").attr("aria-invalid"));
        assertTrue(refused.document().selectFirst("#slug-error").text().startsWith("Đường dẫn chỉ gồm"));
        assertEquals("Tóm tắt giữ nguyên " + word, refused.document().selectFirst("textarea[name=summary]").text());
        assertEquals("<p>Body kept " + word + "</p>", refused.document().selectFirst("textarea[name=body]").text());
        assertEquals(0, editor.get("/admin/articles?q=" + word).document().select(".article-row").size(), "nothing saved");
    }

    @Test
    void aPublishedArticlesOldAddressMovesPermanentlyToTheNewOne() {
        long id = editor.createArticle("vi", "Địa chỉ cũ " + word, "Nội dung.", "publish");
        String old = "dia-chi-cu-" + word;
        assertEquals(200, visitor.get("/vi/bai-viet/" + old).status());
        Page saved = editor.save(id, "vi", Map.of("slug", "dia-chi-moi-" + word));
        assertEquals(303, saved.status());
        Page moved = visitor.get("/vi/bai-viet/" + old);
        assertEquals(301, moved.status());
        assertEquals(server.base() + "/vi/bai-viet/dia-chi-moi-" + word, moved.header("Location"));
        assertEquals(200, visitor.follow(moved).status());

        long other = editor.createArticle("vi", "Bài khác " + word, "Nội dung.", "save");
        Page taken = editor.save(other, "vi", Map.of("slug", "dia-chi-moi-" + word));
        assertEquals(400, taken.status());
        assertEquals("Đường dẫn này đã được một bài viết hoặc trang khác dùng.", taken.document().selectFirst("#slug-error").text());
    }

    @Test
    void theArticleListShowsStatusBadgesAndFilters() {
        long both = editor.createArticle("vi", "Danh sách song ngữ " + word, "Nội dung.", "publish");
        editor.translate(both, "en", Map.of("title", "Bilingual list " + word, "body", "Body."));
        long viOnly = editor.createArticle("vi", "Danh sách chỉ tiếng Việt " + word, "Nội dung.", "save");
        long enOnly = editor.createArticle("en", "List in English only " + word, "Body.", "save");

        Page all = editor.get("/admin/articles?q=" + word);
        assertEquals(3, all.document().select(".article-row").size());
        var enOnlyRow = all.document().select(".article-row").stream()
                .filter(r -> r.text().contains("List in English only")).findFirst().orElseThrow();
        assertEquals("(chỉ có bản tiếng Anh)", enOnlyRow.selectFirst(".other-language").text(), "the other language, marked");
        assertEquals("MISSING", enOnlyRow.selectFirst(".badge[data-lang=vi]").attr("data-state"));
        assertEquals("UP_TO_DATE", enOnlyRow.selectFirst(".badge[data-lang=en]").attr("data-state"));
        assertEquals("Bản nháp", enOnlyRow.selectFirst(".status").text());

        Page needsEnglish = editor.get("/admin/articles?needs=en&q=" + word);
        assertEquals(1, needsEnglish.document().select(".article-row").size());
        assertTrue(needsEnglish.text().contains("Danh sách chỉ tiếng Việt"));
        assertEquals(1, editor.get("/admin/articles?status=published&q=" + word).document().select(".article-row").size());
        assertEquals(2, editor.get("/admin/articles?status=draft&q=" + word).document().select(".article-row").size());
        String category = editor.get("/admin/articles/" + both + "/vi").document()
                .selectFirst("select[name=category] option[selected]").attr("value");
        assertEquals(3, editor.get("/admin/articles?category=" + category + "&q=" + word).document()
                .select(".article-row").size());
        assertEquals(0, editor.get("/admin/articles?category=999999&q=" + word).document().select(".article-row").size());
        assertEquals(200, editor.get("/admin/articles?status=nonsense&needs=xx&page=abc&q=%25_").status(),
                "odd filters are ignored, never an error");
        assertTrue(viOnly > 0 && enOnly > 0);
    }

    @Test
    void theListPagesThroughManyArticles() {
        for (int i = 1; i <= 21; i++) {
            editor.createArticle("vi", "Trang danh sách " + i + " " + word, "Nội dung " + i + ".", "save");
        }
        Page first = editor.get("/admin/articles?q=" + word);
        assertEquals(20, first.document().select(".article-row").size());
        assertTrue(first.text().contains("Có 21 bài viết."), first.text());
        var next = first.document().selectFirst("a[rel=next]");
        assertNotNull(next);
        Page second = editor.get(next.attr("href"));
        assertEquals(1, second.document().select(".article-row").size());
        assertTrue(second.document().selectFirst(".article-row").text().contains("Trang danh sách 1 "), "oldest edit last");
        assertFalse(second.document().select("a[rel=prev]").isEmpty());
    }
}
