package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleEditing;
import vn.saola.content.ArticleDraft;
import vn.saola.i18n.Language;
import vn.saola.site.ArticlePage;
import vn.saola.site.DocumentPage;
import vn.saola.site.PagePage;

/**
 * {@code /admin/preview/{lang}/{id}}: a translation exactly as its public page will show it,
 * whatever its status, in the article's language (the path says which), with a banner back.
 */
@Controller
@RequestScoped
@Path("admin/preview/{lang: vi|en}/{id: [0-9]{1,18}}")
public class PreviewController {

    /** What the banner above a preview says and where it leads. */
    public record Preview(String status, String back) {
    }

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    ArticlePage page;

    @Inject
    PagePage pagePage;

    @Inject
    DocumentPage documentPage;

    @Context
    UriInfo uri;

    @GET
    public String preview(@PathParam("lang") String code, @PathParam("id") long id) {
        desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        ArticleDraft draft = editing.draft(id).orElseThrow(NotFoundException::new);
        models.put("preview", new Preview(draft.status().name(), Saving.editPath(id, language)));
        return switch (draft.kind()) {
            case PAGE -> pagePage.show(models, editing.previewPage(id, language).orElseThrow(NotFoundException::new), uri);
            case DOCUMENT -> documentPage.show(models,
                    editing.previewDocument(id, language).orElseThrow(NotFoundException::new), uri);
            case ARTICLE -> page.show(models, editing.preview(id, language).orElseThrow(NotFoundException::new), uri);
        };
    }
}
