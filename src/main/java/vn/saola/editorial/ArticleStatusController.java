package vn.saola.editorial;

import java.net.URI;

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
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;
import vn.saola.media.ImageLibrary;

/**
 * Publishing and taking down one language of an article, its featured image, and deleting it:
 * small forms of their own, each a POST with its token. Publishing, taking down and deleting are
 * for editors; a contributor changes the image only while nothing of the article is public.
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}")
public class ArticleStatusController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    ImageLibrary images;

    @POST
    @Path("publish")
    public Response publish(@PathParam("id") long id, @FormParam("lang") String lang) {
        SignedIn editor = desk.openForEditors("articles");
        existing(id);
        try {
            editing.publishNow(id, language(lang), editor.username());
        } catch (EditRefused refused) {
            return back(id, lang, "gone");
        }
        return back(id, lang, "published");
    }

    @POST
    @Path("unpublish")
    public Response unpublish(@PathParam("id") long id, @FormParam("lang") String lang) {
        SignedIn editor = desk.openForEditors("articles");
        existing(id);
        try {
            editing.unpublish(id, language(lang), editor.username());
        } catch (EditRefused refused) {
            return back(id, lang, "gone");
        }
        return back(id, lang, "unpublished");
    }

    @POST
    @Path("image/remove")
    public Response removeImage(@PathParam("id") long id, @FormParam("lang") String lang) {
        desk.openShared("articles", existing(id));
        editing.setFeaturedImage(id, null);
        return back(id, lang, "imageRemoved");
    }

    /** An image of the library as the featured image; an address the library does not hold is refused. */
    @POST
    @Path("image/from-library")
    public Response imageFromLibrary(@PathParam("id") long id, @FormParam("lang") String lang,
            @FormParam("address") String address) {
        desk.openShared("articles", existing(id));
        if (images.withAddress(address).isEmpty()) {
            Language language = language(lang);
            return Response.seeOther(URI.create(Saving.editPath(id, language) + "?image=media.error.gone#featured-image")).build();
        }
        editing.setFeaturedImage(id, address);
        return back(id, lang, "image");
    }

    @POST
    @Path("image/alt")
    public Response imageAlt(@PathParam("id") long id, @FormParam("lang") String lang, @FormParam("alt") String alt) {
        desk.openShared("articles", existing(id));
        Language language = language(lang);
        try {
            editing.setImageAlt(id, language, alt);
        } catch (EditRefused refused) {
            return Response.seeOther(URI.create(Saving.editPath(id, language) + "?image=" + refused.messageKey()
                    + "#featured-image")).build();
        }
        return back(id, lang, "imageAlt");
    }

    /** Deleting asks first: this page says what will go, and what stays (the statistics). */
    @GET
    @Path("delete")
    public String confirmDelete(@PathParam("id") long id) {
        desk.openForEditors("articles");
        ArticleDraft draft = existing(id);
        return confirmation(draft, null);
    }

    @POST
    @Path("delete")
    public Response delete(@PathParam("id") long id) {
        SignedIn editor = desk.openForEditors("articles");
        ArticleDraft draft = existing(id);
        try {
            editing.delete(id, editor.username());
        } catch (EditRefused refused) {
            return Response.status(Response.Status.CONFLICT).entity(confirmation(draft, refused.messageKey())).build();
        }
        return Response.seeOther(URI.create("/admin/" + NewItemController.section(draft.kind()) + "?deleted=1")).build();
    }

    /** The question before deleting, or why it was not done ({@code problem}, a message key). */
    private String confirmation(ArticleDraft draft, String problem) {
        models.put("draft", draft);
        // Not "title": the layout's own parameter of that name would hide it.
        models.put("articleTitle", draft.title(desk.language()));
        models.put("list", "/admin/" + NewItemController.section(draft.kind()));
        if (problem != null) {
            models.put("problem", desk.message(problem));
        }
        return "editorial/delete.html";
    }

    private ArticleDraft existing(long id) {
        return editing.draft(id).orElseThrow(NotFoundException::new);
    }

    private static Response back(long id, String lang, String notice) {
        return Response.seeOther(URI.create(Saving.editPath(id, language(lang)) + "?saved=" + notice)).build();
    }

    private static Language language(String lang) {
        return Language.fromCode(lang == null ? "" : lang).orElse(Language.primary());
    }
}
