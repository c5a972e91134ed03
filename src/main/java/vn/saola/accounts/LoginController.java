package vn.saola.accounts;

import java.util.Arrays;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Signing in to the admin with a form (CSRF-protected like every form), with {@link SignInThrottle} against guessing. */
@Controller
@RequestScoped
@Path("admin/login")
public class LoginController {

    private static final Logger LOG = Logger.getLogger(LoginController.class.getName());

    @Inject
    Models models;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Context
    HttpServletRequest request;

    @GET
    public String form(@QueryParam("next") String next) {
        models.put("next", safeNext(next));
        return "accounts/login.html";
    }

    @POST
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next) {
        models.put("next", safeNext(next));
        models.put("username", username == null ? "" : username);
        var locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            LOG.info(() -> "Sign-in for \"" + printable(username) + "\" refused while locked, from " + request.getRemoteAddr());
            models.put("lockedMinutes", Math.max(1, (locked.get().toSeconds() + 59) / 60));
            return Response.status(Response.Status.TOO_MANY_REQUESTS).entity("accounts/login.html").build();
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        var signedIn = accounts.authenticate(username, secret);
        Arrays.fill(secret, '\0');
        if (signedIn.isEmpty()) {
            LOG.warning(() -> "Failed sign-in for \"" + printable(username) + "\" from " + request.getRemoteAddr());
            throttle.failed(username, request.getRemoteAddr());
            models.put("failed", true);
            return Response.status(Response.Status.UNAUTHORIZED).entity("accounts/login.html").build();
        }
        throttle.succeeded(username);
        HttpSession session = request.getSession(true);
        // A new session id at the moment of signing in, so a session planted before cannot be ridden.
        request.changeSessionId();
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn.get());
        LOG.info(() -> "\"" + signedIn.get().username() + "\" signed in");
        return Response.seeOther(java.net.URI.create(safeNext(next))).build();
    }

    /** Where to go after signing in: a path inside the admin, nothing else. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/admin/") && !next.startsWith("/admin/login")
                && next.matches("/admin/[A-Za-z0-9/_-]*")) {
            return next;
        }
        return "/admin/";
    }

    /** A user name fit for a log line: cut short, control characters (forged log lines) replaced. */
    static String printable(String username) {
        if (username == null) {
            return "";
        }
        String cut = username.length() > 50 ? username.substring(0, 50) : username;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
