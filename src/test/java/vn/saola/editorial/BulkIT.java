package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** Many news items at once from the list: chosen, confirmed once, done with an audit line each, the trash undone. */
class BulkIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor editor = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final String word = "hangloat" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        editor.cleanUp();
    }

    /** Ticks {@code ids} in the list and sends the list's form with {@code action}: the confirmation page. */
    private Page choose(List<Long> ids, String action) {
        Page list = editor.get("/admin/articles?q=" + word);
        String body = "_csrf=" + Editor.csrf(list) + "&action=" + URLEncoder.encode(action, StandardCharsets.UTF_8)
                + ids.stream().map(id -> "&ids=" + id).collect(Collectors.joining());
        return editor.browser().postRaw("/admin/articles/bulk", body);
    }

    /** Sends the page's form as a browser would, every field however many times it stands there. */
    private Page send(Page page, String selector) {
        org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) page.document().selectFirst(selector);
        String body = form.formData().stream().map(field -> URLEncoder.encode(field.key(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.value(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return editor.browser().postRaw(java.net.URI.create(form.absUrl("action")).getRawPath(), body);
    }

    @Test
    void chosenItemsArePublishedTrashedRestoredAndRefiledAfterOneConfirmation() {
        long first = editor.createArticle("vi", "Tin hàng loạt một " + word, "<p>Một.</p>", "save");
        long second = editor.createArticle("vi", "Tin hàng loạt hai " + word, "<p>Hai.</p>", "save");
        long third = editor.createArticle("vi", "Tin hàng loạt ba " + word, "<p>Ba.</p>", "save");
        Page list = editor.get("/admin/articles?q=" + word);
        assertEquals(3, list.document().select(".article-row input[type=checkbox][name=ids]").size());
        assertEquals("Chọn “Tin hàng loạt một " + word + "”", list.document()
                .selectFirst("#pick-" + first).attr("aria-label"), "each box says which item it chooses");

        Page asked = choose(List.of(first, second), "publish");
        assertEquals(200, asked.status(), asked.text());
        assertEquals("Xuất bản 2 tin bài sau?", asked.document().selectFirst(".bulk-question").text());
        assertEquals(List.of("Tin hàng loạt một " + word, "Tin hàng loạt hai " + word), asked.document().select(".bulk-chosen li").eachText());
        assertEquals(404, visitor.get("/vi/bai-viet/tin-hang-loat-mot-" + word).status(), "asking changes nothing");
        Page done = send(asked, "form[action$=/bulk/confirm]");
        assertEquals(303, done.status());
        assertEquals("Đã xuất bản 2 tin bài.", editor.get(done.header("Location")).document().selectFirst(".bulk-done span").text());
        assertEquals(200, visitor.get("/vi/bai-viet/tin-hang-loat-mot-" + word).status());
        assertEquals(200, visitor.get("/vi/bai-viet/tin-hang-loat-hai-" + word).status());
        assertEquals(404, visitor.get("/vi/bai-viet/tin-hang-loat-ba-" + word).status(), "not chosen, not published");
        assertEquals(2, editor.get("/admin/audit?action=PUBLISH").document().select(".audit-row").stream()
                .filter(r -> r.text().contains(word)).count(), "one audit line each");

        Page trashed = send(choose(List.of(first, second, third), "trash"), "form[action$=/bulk/confirm]");
        Page back = editor.get(trashed.header("Location"));
        assertEquals("Đã chuyển 3 tin bài vào thùng rác.", back.document().selectFirst(".bulk-done span").text());
        assertEquals(410, visitor.get("/vi/bai-viet/tin-hang-loat-mot-" + word).status());
        Page undone = send(back, ".bulk-done form");
        assertEquals("Đã khôi phục 3 tin bài.", editor.get(undone.header("Location")).document().selectFirst(".bulk-done span").text());
        assertEquals(200, visitor.get("/vi/bai-viet/tin-hang-loat-mot-" + word).status(), "undone: as it was");
        assertEquals(404, visitor.get("/vi/bai-viet/tin-hang-loat-ba-" + word).status(), "still a draft");

        String category = list.document().select("#bulk-action option[value^=category:]").last().attr("value");
        String name = list.document().select("#bulk-action option[value^=category:]").last().text();
        Page refile = choose(List.of(first), category);
        assertEquals("Chuyển 1 tin bài sau sang chuyên mục “" + name + "”?", refile.document().selectFirst(".bulk-question").text());
        send(refile, "form[action$=/bulk/confirm]");
        assertEquals(name, visitor.get("/vi/bai-viet/tin-hang-loat-mot-" + word).document().selectFirst(".article .eyebrow a").text());
    }

    @Test
    void publishingAndRefilingAreUndoneButNotOverWhatWasChangedSince() {
        long first = editor.createArticle("vi", "Tin hoàn tác một " + word, "<p>Một.</p>", "save");
        long second = editor.createArticle("vi", "Tin hoàn tác hai " + word, "<p>Hai.</p>", "publish");
        Page published = send(choose(List.of(first, second), "publish"), "form[action$=/bulk/confirm]");
        Page back = editor.get(published.header("Location"));
        assertEquals(200, visitor.get("/vi/bai-viet/tin-hoan-tac-mot-" + word).status());
        Page undone = send(back, ".bulk-done form");
        assertEquals("Đã hoàn tác: 2 tin bài trở lại như trước.", editor.get(undone.header("Location")).document()
                .selectFirst(".bulk-done span").text());
        assertEquals(404, visitor.get("/vi/bai-viet/tin-hoan-tac-mot-" + word).status(), "a draft again");
        assertEquals(200, visitor.get("/vi/bai-viet/tin-hoan-tac-hai-" + word).status(), "published before: still published");
        assertEquals(303, send(back, ".bulk-done form").status());
        assertEquals("Không còn gì để hoàn tác: thao tác này đã được hoàn tác hoặc đã quá cũ.",
                editor.get("/admin/articles?bulk=undoGone&count=0").document().selectFirst(".bulk-done span").text(), "undone once");

        Page list = editor.get("/admin/articles?q=" + word);
        String category = list.document().select("#bulk-action option[value^=category:]").last().attr("value");
        String before = visitor.get("/vi/bai-viet/tin-hoan-tac-hai-" + word).document().selectFirst(".article .eyebrow a").text();
        back = editor.get(send(choose(List.of(first, second), category), "form[action$=/bulk/confirm]").header("Location"));
        editor.save(first, "vi", Map.of("body", "<p>Một, đã sửa sau đó.</p>", "action", "publish"));
        undone = send(back, ".bulk-done form");
        assertEquals("Đã hoàn tác: 1 tin bài trở lại như trước.", editor.get(undone.header("Location")).document()
                .selectFirst(".bulk-done span").text(), "the one changed since is left as it is");
        assertEquals(before, visitor.get("/vi/bai-viet/tin-hoan-tac-hai-" + word).document().selectFirst(".article .eyebrow a").text());
    }

    @Test
    void nothingChosenOrNoActionIsSaidAndChangesNothing() {
        long id = editor.createArticle("vi", "Tin không chọn " + word, "<p>Một.</p>", "save");
        Page none = choose(List.of(), "publish");
        assertEquals(400, none.status());
        assertEquals("Hãy chọn ít nhất một tin bài trong danh sách.", none.document().selectFirst("[role=alert]").text());
        Page noAction = choose(List.of(id), "destroy-everything");
        assertEquals(400, noAction.status());
        assertEquals("Hãy chọn một thao tác.", noAction.document().selectFirst("[role=alert]").text());
        Page badCategory = editor.browser().postRaw("/admin/articles/bulk/confirm", "_csrf=" + editor.csrf()
                + "&action=category:999999999&ids=" + id);
        assertEquals(400, badCategory.status());
        assertEquals("Chuyên mục này không còn nữa.", badCategory.document().selectFirst("[role=alert]").text());
        assertTrue(choose(List.of(999_999_999L), "publish").status() == 400, "an id that is no article chooses nothing");
        assertEquals(403, editor.browser().postRaw("/admin/articles/bulk/confirm", "action=publish&ids=" + id).status(),
                "without the form's token, refused");
        assertEquals(404, visitor.get("/vi/bai-viet/tin-khong-chon-" + word).status());
    }
}
