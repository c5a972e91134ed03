package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.EditRefused;
import vn.saola.content.Trash;

/**
 * {@code /admin/trash}: what editors deleted, restorable by any editor until it is purged; purging
 * one, or emptying the trash, is for administrators (checked here as well as by web.xml).
 */
@Controller
@RequestScoped
@Path("admin/trash")
public class TrashController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Trash trash;

    @GET
    public String list(@QueryParam("done") String done, @QueryParam("problem") String problem) {
        desk.open("trash");
        models.put("items", trash.all(desk.language()));
        models.put("keepDays", trash.keepDays());
        if (done != null && done.matches("restored|purged|emptied")) {
            models.put("notice", desk.message("trash.notice." + done));
        }
        if (problem != null && problem.matches("trash\\.error\\.(gone|parentTrashed)")) {
            models.put("problem", desk.message(problem));
        }
        return "editorial/trash.html";
    }

    @POST
    @Path("{id: [0-9]{1,18}}/restore")
    public Response restore(@PathParam("id") long id) {
        SignedIn editor = desk.open("trash");
        try {
            trash.restore(id, editor.username());
        } catch (EditRefused refused) {
            return back("problem=" + refused.messageKey());
        }
        return back("done=restored");
    }

    @POST
    @Path("purge/{id: [0-9]{1,18}}")
    public Response purge(@PathParam("id") long id) {
        SignedIn admin = administrator();
        try {
            trash.purge(id, admin.username());
        } catch (EditRefused refused) {
            return back("problem=" + refused.messageKey());
        }
        return back("done=purged");
    }

    @POST
    @Path("purge/all")
    public Response empty() {
        SignedIn admin = administrator();
        trash.empty(admin.username());
        return back("done=emptied");
    }

    private SignedIn administrator() {
        SignedIn signedIn = desk.open("trash");
        if (!signedIn.isAdmin()) {
            throw new ForbiddenException();
        }
        return signedIn;
    }

    private static Response back(String query) {
        return Response.seeOther(URI.create("/admin/trash?" + query)).build();
    }
}
