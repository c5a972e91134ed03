package vn.saola.editorial;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountRefused;
import vn.saola.accounts.ApiTokens;
import vn.saola.accounts.Role;
import vn.saola.accounts.SignedIn;

/**
 * {@code /admin/tokens}, administrators only: API tokens for tooling. A new token's secret is on
 * the page that answers its creation and nowhere else, ever; the list shows names, roles, expiry
 * and last use.
 */
@Controller
@RequestScoped
@Path("admin/tokens")
public class TokensController {

    static final String VIEW = "accounts/tokens.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ApiTokens tokens;

    @GET
    public String list(@QueryParam("done") String done) {
        desk.open("tokens");
        if ("revoked".equals(done)) {
            models.put("notice", desk.message("tokens.notice.revoked"));
        }
        return show(Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("role") String role, @FormParam("days") String days) {
        SignedIn admin = desk.open("tokens");
        Map<String, String> problems = new LinkedHashMap<>();
        Role chosen = "ADMIN".equals(role) ? Role.ADMIN : "EDITOR".equals(role) ? Role.EDITOR : null;
        if (chosen == null) {
            problems.put("role", "accounts.error.role");
        }
        Optional<Integer> expiry = Optional.empty();
        String typedDays = days == null ? "" : days.strip();
        if (!typedDays.isEmpty()) {
            if (typedDays.matches("[0-9]{1,5}")) {
                expiry = Optional.of(Integer.parseInt(typedDays));
            } else {
                problems.put("days", "tokens.error.days");
            }
        }
        Map<String, String> typed = Map.of("name", name == null ? "" : name, "role", role == null ? "" : role, "days", typedDays);
        if (problems.isEmpty()) {
            try {
                ApiTokens.NewToken made = tokens.create(admin, name, chosen, expiry);
                models.put("created", made);
                show(Map.of(), Map.of());
                return Response.status(Response.Status.CREATED).entity(VIEW).build();
            } catch (AccountRefused refused) {
                problems.put(refused.field(), refused.messageKey());
            }
        }
        show(typed, problems);
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/revoke")
    public Response revoke(@PathParam("id") long id) {
        SignedIn admin = desk.open("tokens");
        try {
            tokens.revoke(id, admin);
            return Response.seeOther(URI.create("/admin/tokens?done=revoked")).build();
        } catch (AccountRefused refused) {
            show(Map.of(), Map.of(refused.field(), refused.messageKey()));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
    }

    private String show(Map<String, String> typed, Map<String, String> problems) {
        models.put("tokens", tokens.all());
        models.put("values", typed);
        models.put("errors", desk.messages(problems, ApiTokens.MAX_NAME, ApiTokens.MAX_DAYS));
        // A token is for tools that publish (the API needs an editor at least).
        models.put("roles", List.of(Role.EDITOR, Role.ADMIN));
        models.put("maxDays", ApiTokens.MAX_DAYS);
        return VIEW;
    }
}
