package vn.saola.editorial;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleBody;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.TranslationHistory;
import vn.saola.i18n.Language;

/**
 * {@code /admin/articles/{id}/{lang}/revisions}: every save of a translation, who made it and
 * when; a past revision can be read, compared with the current one, and restored (as a new save).
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/{lang: vi|en}/revisions")
public class RevisionsController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    TranslationHistory history;

    @GET
    public String list(@PathParam("id") long id, @PathParam("lang") String code) {
        desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        List<TranslationHistory.Revision> revisions = history.revisions(id, language);
        if (revisions.isEmpty()) {
            throw new NotFoundException();
        }
        models.put("draft", draft);
        models.put("lang", language);
        models.put("revisions", revisions);
        return "editorial/revisions.html";
    }

    @GET
    @Path("{number: [0-9]{1,9}}")
    public String show(@PathParam("id") long id, @PathParam("lang") String code, @PathParam("number") int number) {
        desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        TranslationHistory.Revision revision = history.revision(id, language, number).orElseThrow(NotFoundException::new);
        ArticleDraft.Translation current = draft.translation(language).orElseThrow(NotFoundException::new);
        models.put("draft", draft);
        models.put("lang", language);
        models.put("revision", revision);
        models.put("diff", WordDiff.between(
                ArticleBody.readableText(revision.title(), revision.summary(), revision.bodyHtml()),
                ArticleBody.readableText(current.title(), current.summary(), current.bodyHtml())));
        return "editorial/revision.html";
    }

    @POST
    @Path("{number: [0-9]{1,9}}/restore")
    public Response restore(@PathParam("id") long id, @PathParam("lang") String code, @PathParam("number") int number) {
        SignedIn editor = desk.openForEditors("articles");
        Language language = Language.fromCode(code).orElseThrow();
        history.revision(id, language, number).orElseThrow(NotFoundException::new);
        history.restore(id, language, number, editor.username());
        return Response.seeOther(URI.create(Saving.editPath(id, language) + "?saved=restored")).build();
    }
}
