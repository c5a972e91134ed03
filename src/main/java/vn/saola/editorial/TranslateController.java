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
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleBody;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.EditConflict;
import vn.saola.content.EditRefused;
import vn.saola.content.TranslationHistory;
import vn.saola.i18n.Language;

/**
 * {@code /admin/articles/{id}/{lang}/translate}: translating into {@code lang} side by side —
 * the source (the other language) read-only on the left, block by block, the form on the right.
 * Saving records which revision of the source was translated. While the translation is
 * outdated the screen shows, word by word, what changed in the source since then.
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/{lang: vi|en}")
public class TranslateController {

    static final String VIEW = "editorial/translate.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    TranslationHistory history;


    @Inject
    Saving saving;

    @GET
    @Path("translate")
    public String translate(@PathParam("id") long id, @PathParam("lang") String code) {
        boolean proposing = !desk.open("articles").mayPublish();
        Language target = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = draftWithSource(id, target);
        Map<String, String> values = ArticleForm.values(draft, target, desk.formats(), proposing);
        values.put("sourceRevision", String.valueOf(draft.translation(target.other()).orElseThrow().revision()));
        return show(draft, target, values, Map.of());
    }

    @POST
    @ValidateOnExecution(type = ExecutableType.NONE) // Krazo validates, into BindingResult
    @Path("translate")
    public Response save(@PathParam("id") long id, @PathParam("lang") String code, @Valid @BeanParam ArticleForm form) {
        SignedIn editor = desk.open("articles");
        Language target = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = draftWithSource(id, target);
        Map<String, String> problems = saving.problems(form, draft.kind());
        if (form.sourceRevision() == null) {
            problems.put("title", "editor.error.sourceRevision");
        }
        if (!problems.isEmpty()) {
            show(draft, target, form.values(), problems);
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        try {
            editing.save(id, target, form.expectedVersion(), form.shared(desk.formats().zone()), form.words(), target.other(),
                    form.sourceRevision(), editor.username(), editor.mayPublish());
            return saving.after(id, target, form);
        } catch (EditRefused refused) {
            show(draft, target, form.values(), Map.of(refused.field(), refused.messageKey()));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        } catch (EditConflict conflict) {
            ArticleDraft now = draftWithSource(id, target);
            saving.conflict(conflict, now, target);
            Map<String, String> typed = form.values();
            now.translation(target).ifPresent(t -> typed.put("version", String.valueOf(t.version())));
            show(now, target, typed, Map.of());
            return Response.status(Response.Status.CONFLICT).entity(VIEW).build();
        }
    }

    /** The editor has read the source's changes and the translation still says the same. */
    @POST
    @Path("up-to-date")
    public Response markUpToDate(@PathParam("id") long id, @PathParam("lang") String code) {
        desk.open("articles");
        Language target = Language.fromCode(code).orElseThrow();
        editing.draft(id).flatMap(d -> d.translation(target)).orElseThrow(NotFoundException::new);
        history.markUpToDate(id, target);
        return Response.seeOther(URI.create(Saving.editPath(id, target) + "?saved=current")).build();
    }

    private ArticleDraft draftWithSource(long id, Language target) {
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        if (draft.translation(target.other()).isEmpty()) {
            throw new NotFoundException();
        }
        return draft;
    }

    private String show(ArticleDraft draft, Language target, Map<String, String> values, Map<String, String> problems) {
        ArticleDraft.Translation source = draft.translation(target.other()).orElseThrow();
        models.put("draft", draft);
        models.put("lang", target);
        models.put("source", source);
        models.put("sourceBlocks", ArticleBody.blocks(source.bodyHtml()));
        models.put("values", values);
        models.put("errors", desk.messages(problems));
        saving.placeChoices(draft.kind(), draft);
        models.put("action", Saving.translatePath(draft.id(), target));
        models.put("editorStrings", EditorStrings.of(desk.language()));
        history.sourceChange(draft.id(), target).ifPresent(change -> {
            models.put("change", change);
            models.put("diff", WordDiff.between(change.before(), change.after()));
        });
        return VIEW;
    }
}
