package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.search.SearchIndex;

/**
 * {@code /admin/search-index}, administrators only: rebuild the search index from the database,
 * with a progress bar. The page works without JavaScript (it shows the progress when loaded);
 * with it, the bar follows {@link SearchIndexProgress}.
 */
@Controller
@RequestScoped
@Path("admin/search-index")
public class SearchIndexController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    SearchIndex index;

    @Inject
    AuditLog audit;

    @GET
    public String page() {
        desk.open("search-index");
        models.put("progress", index.rebuildProgress());
        return "search/index.html";
    }

    @POST
    public Response rebuild() {
        SignedIn admin = desk.open("search-index");
        if (index.rebuild(admin.username())) {
            audit.record(AuditRecord.of(admin.username(), AuditAction.INDEX_REBUILD));
        }
        return Response.seeOther(URI.create("/admin/search-index")).build();
    }
}
