package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleEditing;
import vn.saola.content.EditRefused;
import vn.saola.content.LinkedDocuments;
import vn.saola.i18n.Language;

/**
 * {@code /admin/articles/{id}/documents}: the register's documents a news item names beside its
 * text, added by number and taken off again, from the article's form.
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/documents")
public class LinkedDocumentsController {

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    LinkedDocuments linked;

    @POST
    public Response link(@PathParam("id") long id, @FormParam("lang") String lang, @FormParam("number") String number) {
        SignedIn editor = desk.openShared("articles", editing.draft(id).orElseThrow(NotFoundException::new));
        String edit = Saving.editPath(id, language(lang));
        try {
            linked.link(id, number, editor.username());
            return Response.seeOther(URI.create(edit + "?saved=documentLinked#linked-documents")).build();
        } catch (EditRefused refused) {
            return Response.seeOther(URI.create(edit + "?documents=" + refused.messageKey() + "#linked-documents")).build();
        }
    }

    @POST
    @Path("{document: [0-9]{1,18}}/remove")
    public Response unlink(@PathParam("id") long id, @PathParam("document") long document, @FormParam("lang") String lang) {
        desk.openShared("articles", editing.draft(id).orElseThrow(NotFoundException::new));
        linked.unlink(id, document);
        return Response.seeOther(URI.create(Saving.editPath(id, language(lang)) + "?saved=documentUnlinked#linked-documents"))
                .build();
    }

    private static Language language(String lang) {
        return Language.fromCode(lang == null ? "" : lang).orElse(Language.primary());
    }
}
