package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestMail;

/**
 * The editorial board's approval: a contributor writes and sends for approval ("Gửi duyệt") but
 * cannot publish; editors see the queue, approve or return with a note the author reads; an edit of
 * a published article stays off the public page until approved; two approvals at once publish once.
 */
class ApprovalIT {

    private static final String PASSWORD = "Mật khẩu đủ dài 2026!";

    private final SaolaServer server = SaolaServer.embedded();
    private final Editor admin = Editor.admin(server);
    private final Browser visitor = new Browser(server);
    private final String word = "duyet" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        admin.cleanUp();
    }

    private Editor account(String role) {
        return Editor.signIn(server, admin.createAccount(role, PASSWORD), PASSWORD);
    }

    private static Element queueRow(Page queue, long id, String lang) {
        return queue.document().selectFirst(".review-row[data-id=" + id + "][data-lang=" + lang + "]");
    }

    @Test
    void aContributorSendsForApprovalAndAnEditorPublishesItOnce() {
        Editor contributor = account("CONTRIBUTOR");
        long id = contributor.createArticle("vi", "Tin cộng tác viên " + word, "<p>Nội dung gửi duyệt.</p>", "save");
        admin.alsoCleanUp(id);
        String path = "/vi/bai-viet/tin-cong-tac-vien-" + word;

        Page form = contributor.get("/admin/articles/" + id + "/vi");
        assertNull(form.document().selectFirst("button[value=publish]"), "no publish button for a contributor");
        assertNull(form.document().selectFirst("button[value=schedule]"));
        assertEquals("Gửi duyệt", form.document().selectFirst("button[value=submit]").text());
        assertNull(form.document().selectFirst("a[href=/admin/review]"), "no queue in a contributor's menu");

        assertEquals(403, contributor.save(id, "vi", Map.of("action", "publish")).status(), "publishing through the form");
        assertEquals(403, contributor.browser().postForm("/admin/articles/" + id + "/publish",
                Map.of("_csrf", contributor.csrf(), "lang", "vi")).status(), "publishing directly");
        assertEquals(403, contributor.get("/admin/review").status());
        assertEquals(403, contributor.get("/admin/articles/" + id + "/delete").status());
        assertEquals(403, contributor.get("/admin/trash").status());
        assertEquals(404, visitor.get(path).status());

        Page sent = contributor.save(id, "vi", Map.of("action", "submit"));
        assertEquals(303, sent.status());
        Page after = contributor.get(sent.header("Location"));
        assertEquals("Đã gửi duyệt. Biên tập viên sẽ duyệt hoặc trả lại kèm góp ý.", after.document().selectFirst(".notice").text());
        assertEquals("Chờ duyệt", after.document().selectFirst("#publication .status").text());
        assertEquals(400, contributor.save(id, "vi", Map.of("action", "submit")).status(), "sent once");
        assertEquals(404, visitor.get(path).status(), "not public while it waits");

        Editor first = account("EDITOR");
        Editor second = account("EDITOR");
        Page queue = first.get("/admin/review");
        Element row = queueRow(queue, id, "vi");
        assertNotNull(row, "in the editors' queue");
        assertTrue(row.text().contains("Tin cộng tác viên " + word) && row.text().contains(contributor.username())
                && row.text().contains("Bài mới"), row.text());
        assertTrue(Integer.parseInt(queue.document().selectFirst("a[href=/admin/review] .nav-count").text()) >= 1,
                "counted in the menu");

        Page reviewFirst = first.get("/admin/review/" + id + "/vi");
        Page reviewSecond = second.get("/admin/review/" + id + "/vi");
        assertEquals("Nội dung gửi duyệt.", reviewFirst.document().selectFirst(".article__body").text());
        CompletableFuture<Page> one = CompletableFuture.supplyAsync(() -> first.submit(reviewFirst, "form[action$=/approve]", Map.of()));
        CompletableFuture<Page> other = CompletableFuture.supplyAsync(() -> second.submit(reviewSecond, "form[action$=/approve]", Map.of()));
        List<Integer> statuses = List.of(one.join().status(), other.join().status()).stream().sorted().toList();
        assertEquals(List.of(303, 409), statuses, "two approvals at once publish once");
        Page refused = one.join().status() == 409 ? one.join() : other.join();
        assertTrue(refused.document().selectFirst(".form-error").text().startsWith("Bản này không còn chờ duyệt"), refused.text());

        assertEquals("Tin cộng tác viên " + word, visitor.get(path).document().selectFirst("main h1").text());
        assertNull(queueRow(first.get("/admin/review"), id, "vi"), "out of the queue");
        assertEquals(List.of("APPROVE", "SUBMIT"), admin.get("/admin/audit").document().select(".audit-row").stream()
                .filter(r -> r.text().contains("Tin cộng tác viên " + word)).map(r -> r.attr("data-action")).toList());
        contributor.cleanUp();
        first.cleanUp();
        second.cleanUp();
    }

    @Test
    void aReturnedTextCarriesItsNoteAndAnEditOfAPublishedTextWaitsBesideIt() {
        Editor contributor = account("CONTRIBUTOR");
        Editor editor = account("EDITOR");
        long draft = contributor.createArticle("vi", "Tin bị trả lại " + word, "<p>Bản đầu.</p>", "submit");
        admin.alsoCleanUp(draft);
        Page empty = editor.submit("/admin/review/" + draft + "/vi", "form[action$=/return]", Map.of("note", "  "));
        assertEquals(400, empty.status());
        assertEquals("Vui lòng viết góp ý để tác giả biết cần sửa gì.", empty.document().selectFirst("#note-error").text());
        assertEquals(303, editor.submit("/admin/review/" + draft + "/vi", "form[action$=/return]",
                Map.of("note", "Cần ghi rõ thời gian & địa điểm <họp>.")).status());
        Page returned = contributor.get("/admin/articles/" + draft + "/vi");
        assertEquals("Cần ghi rõ thời gian & địa điểm <họp>.", returned.document().selectFirst(".review-note").text(), "escaped, as written");
        assertEquals("Bản nháp", returned.document().selectFirst("#publication .status").text());
        assertNull(editor.get("/admin/review/" + draft + "/vi").document().selectFirst("form[action$=/return]"), "decided: no form");
        assertEquals(409, editor.browser().postForm("/admin/review/" + draft + "/vi/return",
                Map.of("_csrf", editor.csrf(), "note", "Lần nữa")).status(), "returned once");

        long published = admin.createArticle("vi", "Tin đã đăng " + word, "<p>Bản đã đăng.</p>", "publish");
        String path = "/vi/bai-viet/tin-da-dang-" + word;
        assertEquals(303, contributor.save(published, "vi", Map.of("body", "<p>Bản sửa của cộng tác viên.</p>")).status());
        assertEquals("Bản đã đăng.", visitor.get(path).document().selectFirst(".article__body").text(), "public words untouched");
        Page ownForm = contributor.get("/admin/articles/" + published + "/vi");
        assertTrue(ownForm.document().selectFirst("textarea[name=body]").text().contains("Bản sửa của cộng tác viên."),
                "the contributor goes on with their edit");
        assertTrue(editor.get("/admin/articles/" + published + "/vi").document().selectFirst("#review").text()
                .contains(contributor.username()), "editors see that an edit waits");
        assertEquals(403, contributor.save(published, "vi", Map.of("action", "publish")).status());

        assertEquals(303, contributor.save(published, "vi", Map.of("action", "submit")).status());
        Page queue = editor.get("/admin/review");
        assertTrue(queueRow(queue, published, "vi").text().contains("Bản sửa bài đã đăng"));
        Page review = editor.get("/admin/review/" + published + "/vi");
        assertEquals("đã đăng.", review.document().select(".diff del").text(), "the difference from the published text");
        assertEquals("sửa của cộng tác viên.", review.document().select(".diff ins").text());
        assertEquals(303, editor.submit(review, "form[action$=/approve]", Map.of()).status());
        assertEquals("Bản sửa của cộng tác viên.", visitor.get(path).document().selectFirst(".article__body").text());
        assertEquals(2, admin.get("/admin/articles/" + published + "/vi/revisions").document().select(".revision-row").size(),
                "the approved edit is the next revision");
        contributor.cleanUp();
        editor.cleanUp();
    }

    private void setEmail(String username, String address) {
        Page saved = admin.submit("/admin/accounts", ".account-row[data-username=" + username + "] form.account-email",
                Map.of("email", address));
        assertEquals(303, saved.status(), saved.text());
    }

    @Test
    void theBoardAndTheAuthorAreToldByEmail() {
        TestMail mail = TestMail.get();
        String contributorName = admin.createAccount("CONTRIBUTOR", PASSWORD);
        String editorName = admin.createAccount("EDITOR", PASSWORD);
        String contributorAddress = contributorName + "@so-congthuong.test";
        String editorAddress = editorName + "@so-congthuong.test";
        Page refused = admin.submit("/admin/accounts", ".account-row[data-username=" + editorName + "] form.account-email",
                Map.of("email", "không phải địa chỉ"));
        assertEquals(400, refused.status());
        assertEquals("Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@so-congthuong.gov.vn).",
                refused.document().selectFirst("[role=alert]").text());
        setEmail(contributorName, contributorAddress);
        setEmail(editorName, editorAddress);
        assertEquals(contributorAddress, admin.get("/admin/accounts").document()
                .selectFirst(".account-row[data-username=" + contributorName + "] input[name=email]").attr("value"));

        Editor contributor = Editor.signIn(server, contributorName, PASSWORD);
        Editor editor = Editor.signIn(server, editorName, PASSWORD);
        long id = contributor.createArticle("vi", "Tin báo thư " + word, "<p>Nội dung.</p>", "submit");
        admin.alsoCleanUp(id);
        List<TestMail.Received> toBoard = mail.await(editorAddress, 1, java.time.Duration.ofSeconds(30));
        assertEquals("Bài chờ duyệt: Tin báo thư " + word, toBoard.get(0).subject());
        assertTrue(toBoard.get(0).text().startsWith(contributorName + " đã gửi duyệt bản tiếng Việt của “Tin báo thư " + word + "”."),
                toBoard.get(0).text());
        assertTrue(toBoard.get(0).text().contains("/admin/review/" + id + "/vi"), "with the way to the review");
        assertEquals(List.of(), mail.to(contributorAddress), "the author is not told of their own step");

        editor.submit("/admin/review/" + id + "/vi", "form[action$=/return]", Map.of("note", "Thiếu số liệu quý III."));
        List<TestMail.Received> returned = mail.await(contributorAddress, 1, java.time.Duration.ofSeconds(30));
        assertEquals("Bài bị trả lại: Tin báo thư " + word, returned.get(0).subject());
        assertTrue(returned.get(0).text().contains("\n\nThiếu số liệu quý III.\n\n"), "with the editor's note: " + returned.get(0).text());

        contributor.save(id, "vi", Map.of("action", "submit"));
        editor.submit("/admin/review/" + id + "/vi", "form[action$=/approve]", Map.of());
        List<TestMail.Received> approved = mail.await(contributorAddress, 2, java.time.Duration.ofSeconds(30));
        assertEquals("Đã duyệt: Tin báo thư " + word, approved.get(1).subject());
        contributor.cleanUp();
        editor.cleanUp();
    }
}
