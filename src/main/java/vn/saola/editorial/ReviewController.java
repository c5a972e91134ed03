package vn.saola.editorial;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.Approvals;
import vn.saola.content.ArticleBody;
import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;

/**
 * {@code /admin/review}, for editors: the queue of what awaits approval, and each translation in
 * it — its words, or for an edit of a published text the difference from what the public reads —
 * with the two decisions: approve (publish now or at a time) or return to the author with a note.
 */
@Controller
@RequestScoped
@Path("admin/review")
public class ReviewController {

    /** The queue's length on one page; a board that lets more wait has another problem. */
    static final int QUEUE_SIZE = 200;

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Approvals approvals;

    @GET
    public String queue(@QueryParam("done") String done) {
        desk.openForEditors("review");
        if (done != null && done.matches("approved|scheduled|returned")) {
            models.put("notice", desk.message("review.notice." + done));
        }
        models.put("waiting", approvals.awaitingApproval(QUEUE_SIZE));
        return "editorial/review-queue.html";
    }

    @GET
    @Path("{id: [0-9]{1,18}}/{lang: vi|en}")
    public String review(@PathParam("id") long id, @PathParam("lang") String code) {
        desk.openForEditors("review");
        return show(id, Language.fromCode(code).orElseThrow(), Map.of(), Map.of());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/{lang: vi|en}/approve")
    public Response approve(@PathParam("id") long id, @PathParam("lang") String code, @FormParam("publishAt") String publishAt) {
        SignedIn editor = desk.openForEditors("review");
        Language language = Language.fromCode(code).orElseThrow();
        String typed = publishAt == null ? "" : publishAt.strip();
        Instant at = typed.isEmpty() ? null : ArticleForm.localTime(typed, desk.formats().zone());
        if (!typed.isEmpty() && (at == null || at.isBefore(Instant.now()))) {
            String problem = at == null ? "editor.error.publishAt" : "editor.error.publishAtPast";
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(show(id, language, Map.of("publishAt", typed), Map.of("publishAt", problem))).build();
        }
        try {
            approvals.approve(id, language, at, editor.username());
        } catch (EditRefused refused) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(show(id, language, Map.of(), Map.of(refused.field(), refused.messageKey()))).build();
        }
        return Response.seeOther(URI.create("/admin/review?done=" + (at == null ? "approved" : "scheduled"))).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/{lang: vi|en}/return")
    public Response returnToAuthor(@PathParam("id") long id, @PathParam("lang") String code, @FormParam("note") String note) {
        SignedIn editor = desk.openForEditors("review");
        Language language = Language.fromCode(code).orElseThrow();
        try {
            approvals.returnToAuthor(id, language, note, editor.username());
        } catch (EditRefused refused) {
            Response.Status status = "review".equals(refused.field()) ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return Response.status(status).entity(show(id, language, Map.of("note", note == null ? "" : note),
                    Map.of(refused.field(), refused.messageKey()))).build();
        }
        return Response.seeOther(URI.create("/admin/review?done=returned")).build();
    }

    /** The translation under review, with what was typed and what was refused ({@code problems}: field → message key). */
    private String show(long id, Language language, Map<String, String> typed, Map<String, String> problems) {
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        ArticleDraft.Translation translation = draft.translation(language).orElseThrow(NotFoundException::new);
        ArticleDraft.Review review = translation.review();
        models.put("draft", draft);
        models.put("lang", language);
        models.put("translation", translation);
        models.put("review", review);
        models.put("typed", typed);
        models.put("errors", desk.messages(problems, ArticleConstraints.REVIEW_NOTE));
        if (review.hasPendingEdit()) {
            models.put("diff", WordDiff.between(
                    ArticleBody.readableText(translation.title(), translation.summary(), translation.bodyHtml()),
                    ArticleBody.readableText(review.pendingTitle(), review.pendingSummary(), review.pendingBodyHtml())));
        }
        return "editorial/review.html";
    }
}
