package vn.saola.editorial;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.ws.rs.core.Response;

import vn.saola.content.Approvals;
import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.ArticleKind;
import vn.saola.content.Attachments;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditConflict;
import vn.saola.content.LinkedDocuments;
import vn.saola.content.PageTree;
import vn.saola.i18n.Language;
import vn.saola.media.FileStore;
import vn.saola.media.ImageLibrary;

/** What writing and translating have in common: checking a form, and where a save leads. */
@RequestScoped
public class Saving {

    static final String FORM = "editorial/edit.html";
    /** The newest files of the library offered to attach again; the library page finds the rest. */
    static final int LIBRARY_CHOICES = 100;

    @Inject
    Desk desk;

    @Inject
    Models models;

    @Inject
    BindingResult binding;

    @Inject
    ArticleEditing editing;

    @Inject
    Approvals approvals;

    @Inject
    CategoryEditing categories;

    @Inject
    ImageLibrary images;

    @Inject
    FileStore files;

    @Inject
    Attachments attachments;

    @Inject
    LinkedDocuments linkedDocuments;

    @Inject
    RegisterForm registerForm;

    static String editPath(long id, Language language) {
        return "/admin/articles/" + id + "/" + language.code();
    }

    static String newPath(ArticleKind kind) {
        return "/admin/" + NewItemController.section(kind) + "/new";
    }

    static String translatePath(long id, Language target) {
        return editPath(id, target) + "/translate";
    }

    static String previewPath(long id, Language language) {
        return "/admin/preview/" + language.code() + "/" + id;
    }

    /** A page the edited page may be put under: its title, indented by its depth. */
    public record ParentChoice(long id, String label) {
    }

    /**
     * What is wrong with the form: what Krazo's validation found, and the times, which depend on
     * now; only news has a category to choose.
     */
    Map<String, String> problems(ArticleForm form, ArticleKind kind) {
        Map<String, String> violations = new HashMap<>();
        binding.getAllErrors().forEach(error -> violations.merge(error.getParamName(), error.getMessage(),
                // a blank field too long is reported as missing, as the editor would describe it
                (one, other) -> ArticleConstraints.REQUIRED.equals(other) ? other : one));
        return form.problems(violations, kind.hasCategory(), desk.formats().zone(), Instant.now());
    }

    /**
     * Where the item may be placed: news in a category, a page under another page — not under
     * itself or its own pages, nor deeper than pages may go ({@code draft} is null for a new one).
     */
    void placeChoices(ArticleKind kind, ArticleDraft draft) {
        boolean page = kind == ArticleKind.PAGE;
        models.put("isPage", page);
        models.put("hasCategory", kind.hasCategory());
        models.put("isDocument", kind == ArticleKind.DOCUMENT);
        if (kind.hasCategory()) {
            models.put("categories", categories.all());
            return;
        }
        if (!page) {
            return;
        }
        PageTree tree = editing.pages();
        long self = draft == null ? -1 : draft.id();
        List<ParentChoice> parents = new ArrayList<>();
        for (PageTree.Node node : tree.inOrder()) {
            if (tree.canMove(self, node.id())) {
                parents.add(new ParentChoice(node.id(),
                        "— ".repeat(tree.depth(node.id()) - 1) + node.title(desk.language())));
            }
        }
        models.put("parents", parents);
    }

    /**
     * The form's button decides, for the language written: keep as it is, send for approval,
     * publish now, schedule, or look at the preview. Publishing and scheduling are for editors (the
     * words were saved first; a contributor is then refused).
     */
    Response after(long id, Language language, ArticleForm form) {
        String notice = switch (form.action()) {
            case "publish" -> {
                desk.openForEditors("articles");
                editing.publishNow(id, language, desk.who());
                yield "published";
            }
            case "schedule" -> {
                desk.openForEditors("articles");
                editing.schedule(id, language, form.publishAt(desk.formats().zone()), desk.who());
                yield "scheduled";
            }
            case "submit" -> {
                approvals.submit(id, language, desk.who());
                yield "submitted";
            }
            case "preview" -> null;
            default -> "saved";
        };
        String next = notice == null ? previewPath(id, language) : editPath(id, language) + "?saved=" + notice;
        return Response.seeOther(URI.create(next)).build();
    }

    /** The writing form, with what to show in it and next to it ({@code draft} is null for a new article or page). */
    String showForm(ArticleKind kind, ArticleDraft draft, Language language, Map<String, String> values,
            Map<String, String> problems) {
        models.put("draft", draft);
        models.put("lang", language);
        models.put("values", values);
        models.put("errors", desk.messages(problems));
        placeChoices(kind, draft);
        String adminLanguage = desk.message("admin.lang." + language.code());
        String noun = switch (kind) {
            case PAGE -> "Page";
            case DOCUMENT -> "Document";
            case ARTICLE -> "";
        };
        models.put("formTitle", desk.message((draft == null ? "editor.new.title" : "editor.edit.title") + noun, adminLanguage));
        models.put("action", draft == null ? newPath(kind) + "?lang=" + language.code() : editPath(draft.id(), language));
        models.put("languages", List.of(Language.values()));
        models.put("maxImageSize", maxImageSize());
        models.put("maxAttachmentSize", maxAttachmentSize());
        models.put("attachments", draft == null ? List.of() : attachments.of(draft.id(), language));
        models.put("library", draft == null ? List.of() : attachments.recentFiles(LIBRARY_CHOICES));
        models.put("linkedDocuments", draft == null || !kind.hasCategory() ? List.of() : linkedDocuments.of(draft.id(), language));
        models.put("libraryImages", draft == null || !kind.hasCategory() ? List.of() : images.newest(IMAGE_CHOICES));
        models.put("editorStrings", EditorStrings.of(desk.language()));
        if (draft != null && kind == ArticleKind.DOCUMENT) {
            registerForm.show(draft.id());
        }
        return FORM;
    }

    /** The form again, as the editor sent it, with what is wrong next to each field. */
    Response refusedForm(ArticleKind kind, ArticleDraft draft, Language language, Map<String, String> typed,
            Map<String, String> problems) {
        showForm(kind, draft, language, typed, problems);
        return Response.status(Response.Status.BAD_REQUEST).entity(FORM).build();
    }

    /** Images the featured-image field offers from the library: the newest (the library page finds older ones). */
    static final int IMAGE_CHOICES = 24;

    String maxImageSize() {
        return images.maxSize();
    }

    String maxAttachmentSize() {
        return files.maxSize();
    }

    /** Tells the editor someone else saved first, and where to see what they saved. */
    void conflict(EditConflict conflict, ArticleDraft now, Language language) {
        models.put("conflict", conflict.savedBy() == null
                ? desk.message("editor.conflict.unknown")
                : desk.message("editor.conflict", conflict.savedBy()));
        models.put("conflictRevisions", editPath(now.id(), language) + "/revisions");
    }
}
