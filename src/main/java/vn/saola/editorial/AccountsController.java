package vn.saola.editorial;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountRefused;
import vn.saola.accounts.AccountService;
import vn.saola.accounts.Role;
import vn.saola.accounts.SignedIn;
import vn.saola.accounts.TwoFactor;

/**
 * {@code /admin/accounts}, administrators only: create editors (or administrators), reset a
 * password, disable or enable an account. Editors get 403 here, whatever they type.
 */
@Controller
@RequestScoped
@Path("admin/accounts")
public class AccountsController {

    static final String VIEW = "accounts/accounts.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    AccountService accounts;

    @Inject
    TwoFactor twoFactor;

    @GET
    public String list(@QueryParam("done") String done) {
        desk.open("accounts");
        if (done != null && done.matches("created|reset|disabled|enabled|twoFactorOff|email")) {
            models.put("notice", desk.message("accounts.notice." + done));
        }
        return show(Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("role") String role, @FormParam("email") String email) {
        SignedIn admin = desk.open("accounts");
        Map<String, String> problems = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._-]{3,50}")) {
            problems.put("username", "accounts.error.username");
        }
        Role chosen = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        if (chosen == null) {
            problems.put("role", "accounts.error.role");
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (problems.isEmpty()) {
                accounts.create(name, secret, chosen, email, admin.username());
                return done("created");
            }
        } catch (AccountRefused refused) {
            problems.put(refused.field(), refused.messageKey());
        } finally {
            Arrays.fill(secret, '\0');
        }
        show(Map.of("username", name, "role", role == null ? "" : role, "email", email == null ? "" : email.strip()), problems);
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/password")
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password) {
        SignedIn admin = desk.open("accounts");
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            SignedIn now = accounts.setPassword(id, secret, admin);
            if (id == admin.accountId()) {
                desk.keepSignedIn(now);
            }
            return done("reset");
        } catch (AccountRefused refused) {
            return refused(refused);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @POST
    @Path("{id: [0-9]{1,18}}/disabled")
    public Response setDisabled(@PathParam("id") long id, @FormParam("disabled") String disabled) {
        SignedIn admin = desk.open("accounts");
        boolean disable = "true".equals(disabled);
        try {
            accounts.setDisabled(id, disable, admin);
            return done(disable ? "disabled" : "enabled");
        } catch (AccountRefused refused) {
            return refused(refused);
        }
    }

    /** Where the account's notifications go; empty: nowhere. */
    @POST
    @Path("{id: [0-9]{1,18}}/email")
    public Response setEmail(@PathParam("id") long id, @FormParam("email") String email) {
        SignedIn admin = desk.open("accounts");
        try {
            accounts.setEmail(id, email, admin);
            return done("email");
        } catch (AccountRefused refused) {
            return refused(refused);
        }
    }

    /** For an account that lost its authenticator app and its recovery codes. */
    @POST
    @Path("{id: [0-9]{1,18}}/two-factor/off")
    public Response turnOffTwoFactor(@PathParam("id") long id) {
        SignedIn admin = desk.open("accounts");
        try {
            twoFactor.turnOff(id, admin);
            return done("twoFactorOff");
        } catch (AccountRefused refused) {
            return refused(refused);
        }
    }

    private Response refused(AccountRefused refused) {
        show(Map.of(), Map.of(refused.field(), refused.messageKey()));
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/accounts?done=" + what)).build();
    }

    private String show(Map<String, String> typed, Map<String, String> problems) {
        models.put("accounts", accounts.all());
        models.put("values", typed);
        models.put("errors", desk.messages(problems, AccountService.MIN_PASSWORD));
        models.put("roles", List.of(Role.values()));
        models.put("minPassword", AccountService.MIN_PASSWORD);
        return VIEW;
    }
}
