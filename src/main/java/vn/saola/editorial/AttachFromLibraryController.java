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
import vn.saola.content.AttachedFile;
import vn.saola.content.Attachments;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;

/**
 * {@code POST /admin/articles/{id}/attachments/from-library}: a document the library already holds
 * (another article lists it) listed under this one too, without uploading it again — a decision
 * cited by several news items is one file.
 */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/attachments/from-library")
public class AttachFromLibraryController {

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Attachments attachments;

    @Inject
    AttachmentTexts texts;

    @POST
    public Response attach(@PathParam("id") long id, @FormParam("lang") String lang, @FormParam("address") String address,
            @FormParam("title") String title) {
        SignedIn editor = desk.openShared("articles", editing.draft(id).orElseThrow(NotFoundException::new));
        Language language = Language.fromCode(lang == null ? "" : lang).orElse(Language.primary());
        String edit = Saving.editPath(id, language);
        try {
            AttachedFile file = attachments.inLibrary(address)
                    .orElseThrow(() -> new EditRefused("attachment", "attachment.error.notInLibrary"));
            long attachment = attachments.attach(id, file, language, title == null ? "" : title.strip(), editor.username());
            texts.readLater(new Attachments.AwaitingText(id, attachment, file.address()));
            return Response.seeOther(URI.create(edit + "?saved=attachment#attachments")).build();
        } catch (EditRefused refused) {
            return Response.seeOther(URI.create(edit + "?attachment=" + refused.messageKey() + "#attachments")).build();
        }
    }
}
