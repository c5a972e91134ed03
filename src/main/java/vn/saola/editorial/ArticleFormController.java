package vn.saola.editorial;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Valid;
import jakarta.validation.executable.ExecutableType;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.Attachments;
import vn.saola.content.EditConflict;
import vn.saola.content.EditRefused;
import vn.saola.content.LinkedDocuments;
import vn.saola.i18n.Language;

/**
 * {@code /admin/articles/{id}/{lang}}: one language of an article or a page, in the form that saves
 * a draft, publishes, schedules or opens the preview. (New ones: {@link NewArticleController}.)
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/{lang: vi|en}")
public class ArticleFormController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Saving saving;

    @GET
    public String edit(@PathParam("id") long id, @PathParam("lang") String code, @QueryParam("saved") String saved,
            @QueryParam("image") String imageProblem, @QueryParam("attachment") String attachmentProblem,
            @QueryParam("documents") String documentsProblem) {
        SignedIn editor = desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        if (draft.translation(language).isEmpty()) {
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create(Saving.translatePath(id, language)));
        }
        if (saved != null && saved.matches("saved|published|scheduled|unpublished|restored|current|image|imageRemoved|imageAlt"
                + "|attachment|attachmentTitles|attachmentMoved|attachmentRemoved|register|documentLinked|documentUnlinked"
                + "|submitted|pendingDropped")) {
            models.put("notice", desk.message("editor.notice." + saved));
        }
        if (imageProblem != null && imageProblem.matches("upload\\.error\\.(missing|type|size|dimensions)|editor\\.error\\.imageAltLength|media\\.error\\.gone")) {
            models.put("imageError", desk.message(imageProblem, saving.maxImageSize()));
        }
        if (attachmentProblem != null
                && attachmentProblem.matches("attachment\\.error\\.(missing|type|size|tooMany|titleLength|gone|notInLibrary)")) {
            models.put("attachmentError", desk.message(attachmentProblem, saving.maxAttachmentSize(),
                    Attachments.MAX_PER_ARTICLE));
        }
        if (documentsProblem != null && documentsProblem.matches("linkedDocuments\\.error\\.(unknown|notNews|tooMany)")) {
            models.put("documentsError", desk.message(documentsProblem, LinkedDocuments.MAX));
        }
        return saving.showForm(draft.kind(), draft, language, ArticleForm.values(draft, language, desk.formats(), !editor.mayPublish()),
                Map.of());
    }

    @POST
    @ValidateOnExecution(type = ExecutableType.NONE) // Krazo validates, into BindingResult
    public Response save(@PathParam("id") long id, @PathParam("lang") String code, @Valid @BeanParam ArticleForm form) {
        SignedIn editor = desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        Map<String, String> problems = saving.problems(form, draft.kind());
        if (!problems.isEmpty()) {
            return saving.refusedForm(draft.kind(), draft, language, form.values(), problems);
        }
        try {
            editing.save(id, language, form.expectedVersion(), form.shared(desk.formats().zone()), form.words(), null, null, editor.username(),
                    editor.mayPublish());
            return saving.after(id, language, form);
        } catch (EditRefused refused) {
            return saving.refusedForm(draft.kind(), draft, language, form.values(),
                    Map.of(refused.field(), refused.messageKey()));
        } catch (EditConflict conflict) {
            ArticleDraft now = editing.draft(id).orElseThrow(NotFoundException::new);
            saving.conflict(conflict, now, language);
            Map<String, String> typed = form.values();
            // Saving again is then a deliberate choice to put this text over theirs.
            now.translation(language).ifPresent(t -> typed.put("version", String.valueOf(t.version())));
            saving.showForm(now.kind(), now, language, typed, Map.of());
            return Response.status(Response.Status.CONFLICT).entity(Saving.FORM).build();
        }
    }
}
