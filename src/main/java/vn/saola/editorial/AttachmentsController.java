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
import vn.saola.content.Attachments;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;

/**
 * The documents under an article's text, arranged from its form: their titles in both languages,
 * their order, taking one off. (Attaching one is a multipart upload: {@link AttachmentUploadServlet}.)
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/attachments/{attachment: [0-9]{1,18}}")
public class AttachmentsController {

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Attachments attachments;

    @POST
    @Path("titles")
    public Response titles(@PathParam("id") long id, @PathParam("attachment") long attachment,
            @FormParam("lang") String lang, @FormParam("title_vi") String titleVi, @FormParam("title_en") String titleEn) {
        return change(id, lang, "attachmentTitles", () -> attachments.retitle(id, attachment, titleVi, titleEn));
    }

    @POST
    @Path("up")
    public Response up(@PathParam("id") long id, @PathParam("attachment") long attachment, @FormParam("lang") String lang) {
        return change(id, lang, "attachmentMoved", () -> attachments.move(id, attachment, true));
    }

    @POST
    @Path("down")
    public Response down(@PathParam("id") long id, @PathParam("attachment") long attachment, @FormParam("lang") String lang) {
        return change(id, lang, "attachmentMoved", () -> attachments.move(id, attachment, false));
    }

    @POST
    @Path("remove")
    public Response remove(@PathParam("id") long id, @PathParam("attachment") long attachment, @FormParam("lang") String lang) {
        SignedIn editor = desk.open("articles");
        return change(id, lang, "attachmentRemoved", () -> attachments.remove(id, attachment, editor.username()));
    }

    private Response change(long id, String lang, String notice, Runnable change) {
        desk.openShared("articles", editing.draft(id).orElseThrow(NotFoundException::new));
        Language language = Language.fromCode(lang == null ? "" : lang).orElse(Language.primary());
        String edit = Saving.editPath(id, language);
        try {
            change.run();
            return Response.seeOther(URI.create(edit + "?saved=" + notice + "#attachments")).build();
        } catch (EditRefused refused) {
            return Response.seeOther(URI.create(edit + "?attachment=" + refused.messageKey() + "#attachments")).build();
        }
    }
}
