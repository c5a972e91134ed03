package vn.saola.editorial;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleLabel;
import vn.saola.content.BulkAction;
import vn.saola.content.BulkEditing;
import vn.saola.content.BulkUndo;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditRefused;

/**
 * {@code /admin/articles/bulk}: the news items ticked in the list, published, taken down, filed under
 * a category or moved to the trash — after one confirmation that names them all; moving to the trash
 * can be undone from the list it comes back to.
 */
@Controller
@RequestScoped
@Path("admin/articles/bulk")
public class BulkController {

    static final String VIEW = "editorial/bulk.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    BulkEditing bulk;

    @Inject
    CategoryEditing categories;

    @Inject
    HttpServletRequest request;

    /** The question: these items, this action — or why there is nothing to ask. */
    @POST
    public Response confirm(@FormParam("ids") List<String> ids, @FormParam("action") String action) {
        desk.open("articles");
        List<ArticleLabel> chosen = bulk.chosen(numbers(ids));
        BulkAction wanted = BulkAction.parse(action).orElse(null);
        if (chosen.isEmpty() || wanted == null) {
            models.put("problem", desk.message(chosen.isEmpty() ? "bulk.error.none" : "bulk.error.action"));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        models.put("chosen", chosen);
        models.put("action", wanted.value());
        models.put("question", question(wanted, chosen.size()));
        return Response.ok(VIEW).build();
    }

    @POST
    @Path("confirm")
    public Response apply(@FormParam("ids") List<String> ids, @FormParam("action") String action) {
        SignedIn editor = desk.open("articles");
        List<Long> wanted = numbers(ids);
        BulkAction chosen = BulkAction.parse(action).orElse(null);
        if (wanted.isEmpty() || chosen == null) {
            models.put("problem", desk.message(wanted.isEmpty() ? "bulk.error.none" : "bulk.error.action"));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        BulkUndo done;
        try {
            done = bulk.apply(wanted, chosen, editor.username());
        } catch (EditRefused refused) {
            models.put("problem", desk.message(refused.messageKey()));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        String undo = done.articles().isEmpty() ? "" : "&undo=" + UndoneLater.keep(request.getSession(), done);
        return Response.seeOther(URI.create("/admin/articles?bulk=" + chosen.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "&count=" + done.articles().size() + undo)).build();
    }

    /**
     * The undo of the last bulk changes of this session: what went to the trash comes back; what was
     * published, taken down or refiled goes back as it was, unless it was changed again since.
     */
    @POST
    @Path("undo")
    public Response undo(@FormParam("undo") String key) {
        SignedIn editor = desk.open("articles");
        BulkUndo done = UndoneLater.take(request.getSession(), key).orElse(null);
        if (done == null) {
            return Response.seeOther(URI.create("/admin/articles?bulk=undoGone&count=0")).build();
        }
        int undone = bulk.undo(done, editor.username());
        return Response.seeOther(URI.create("/admin/articles?bulk=" + (done.action() == BulkAction.Kind.TRASH ? "restored" : "undone")
                + "&count=" + undone)).build();
    }

    private String question(BulkAction action, int count) {
        if (action.kind() == BulkAction.Kind.CATEGORY) {
            String name = categories.all().stream().filter(c -> Objects.equals(c.id(), action.categoryId())).findFirst()
                    .map(c -> c.name(desk.language())).orElse("?");
            return desk.message("bulk.question.category", count, name);
        }
        return desk.message("bulk.question." + action.value(), count);
    }

    /** The ids sent, those that are numbers; at most a list's page. */
    static List<Long> numbers(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> id != null && id.matches("[0-9]{1,18}")).map(Long::valueOf)
                .distinct().limit(BulkEditing.MAX).toList();
    }
}
