package vn.saola.editorial;

import java.net.URI;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountIdentityStore;
import vn.saola.accounts.SignInAttempt;
import vn.saola.accounts.SignInRefusal;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.accounts.TwoFactor;
import vn.saola.security.ClientAddress;

/**
 * Signing in to the admin with a form (CSRF-protected like every form). The password goes through
 * Jakarta Security to {@link AccountIdentityStore}, with its throttle, like every other password.
 */
@Controller
@RequestScoped
@Path("admin/login")
public class LoginController {

    private static final Logger LOG = Logger.getLogger(LoginController.class.getName());

    @Inject
    Models models;

    @Inject
    SecurityContext security;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SignInAttempt attempt;

    @Inject
    TwoFactor twoFactor;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

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
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            models.put("failed", true);
            return Response.status(Response.Status.UNAUTHORIZED).entity("accounts/login.html").build();
        }
        // The mechanism answers NOT_DONE for wrong credentials, which the container reports as
        // SUCCESS without a caller: what happened is read from the attempt and the caller, not the status.
        security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        SignInRefusal refusal = attempt.refusal().orElse(null);
        if (refusal != null) {
            if (refusal.kind() == SignInRefusal.Kind.LOCKED) {
                models.put("lockedMinutes", Math.max(1, (refusal.retryAfter().toSeconds() + 59) / 60));
            } else {
                models.put("busy", true);
            }
            return Response.status(Response.Status.TOO_MANY_REQUESTS).header("Retry-After", refusal.retryAfterSeconds())
                    .entity("accounts/login.html").build();
        }
        SignedIn signedIn = (SignedIn) request.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn == null) {
            audit.record(AuditRecord.of(username.strip(), AuditAction.SIGN_IN_FAILED).withDetails(clientAddress.of(request)));
            models.put("failed", true);
            return Response.status(Response.Status.UNAUTHORIZED).entity("accounts/login.html").build();
        }
        HttpSession session = request.getSession(true);
        // A new session id at the moment of signing in, so a session planted before cannot be ridden.
        request.changeSessionId();
        if (twoFactor.enabled(signedIn.accountId())) {
            // Half signed in: whoever this session belonged to before, it belongs to nobody until the code.
            session.removeAttribute(SignedIn.ATTRIBUTE);
            session.setAttribute(SecondFactorController.Pending.ATTRIBUTE,
                    new SecondFactorController.Pending(signedIn, safeNext(next), Instant.now()));
            return Response.seeOther(URI.create("/admin/login/code")).build();
        }
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
        audit.record(AuditRecord.of(signedIn.username(), AuditAction.SIGN_IN).withDetails(clientAddress.of(request)));
        LOG.info(() -> "\"" + signedIn.username() + "\" signed in from " + clientAddress.of(request));
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    /** Where to go after signing in: a path inside the admin, nothing else. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/admin/") && !next.startsWith("/admin/login")
                && next.matches("/admin/[A-Za-z0-9/_-]*")) {
            return next;
        }
        return "/admin/";
    }
}
