package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import vn.saola.content.Approvals;
import vn.saola.content.ArticleEditing;
import vn.saola.i18n.Language;

/** Dropping an edit of published words that awaits approval: the public words stay as they are. */
@Controller
@RequestScoped
@Path("admin/articles/{id: [0-9]{1,18}}/{lang: vi|en}/pending")
public class PendingEditController {

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Approvals approvals;

    @POST
    @Path("drop")
    public Response drop(@PathParam("id") long id, @PathParam("lang") String code) {
        desk.open("articles");
        Language language = Language.fromCode(code).orElseThrow();
        editing.draft(id).flatMap(draft -> draft.translation(language)).orElseThrow(NotFoundException::new);
        approvals.dropPendingEdit(id, language);
        return Response.seeOther(URI.create(Saving.editPath(id, language) + "?saved=pendingDropped")).build();
    }
}
