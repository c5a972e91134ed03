package vn.saola.editorial;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SaolaAuthentication;
import vn.saola.accounts.SignInThrottle;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.accounts.TwoFactor;
import vn.saola.security.ClientAddress;

/**
 * {@code /admin/login/code}: the second step of signing in, for accounts with two-factor sign-in.
 * The password was right; the session holds that fact for five minutes, and a code from the app
 * (or a recovery code) completes it. Wrong codes count in {@link SignInThrottle} like wrong
 * passwords: six digits must not be guessable either.
 */
@Controller
@RequestScoped
@Path("admin/login/code")
public class SecondFactorController {

    static final String VIEW = "accounts/login-code.html";
    static final Duration PATIENCE = Duration.ofMinutes(5);

    @Inject
    Models models;

    @Inject
    TwoFactor twoFactor;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** Signed in with the password, waiting for the second factor. */
    record Pending(SignedIn signedIn, String next, Instant since) implements java.io.Serializable {
        static final String ATTRIBUTE = "saola.pendingSignIn";
    }

    @GET
    public Response form() {
        if (pending() == null) {
            return Response.status(Response.Status.FOUND).location(URI.create(SaolaAuthentication.LOGIN_PATH)).build();
        }
        return Response.ok(VIEW).build();
    }

    @POST
    public Response verify(@FormParam("code") String code) {
        Pending pending = pending();
        if (pending == null) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        TwoFactor.Check check = twoFactor.check(pending.signedIn(), code, clientAddress.of(request));
        if (check.locked().isPresent()) {
            models.put("lockedMinutes", Math.max(1, (check.locked().get().toSeconds() + 59) / 60));
            return Response.status(Response.Status.TOO_MANY_REQUESTS).entity(VIEW).build();
        }
        if (!check.passed()) {
            models.put("failed", true);
            return Response.status(Response.Status.UNAUTHORIZED).entity(VIEW).build();
        }
        throttle.succeeded(pending.signedIn().username());
        HttpSession session = request.getSession();
        session.removeAttribute(Pending.ATTRIBUTE);
        request.changeSessionId();
        session.setAttribute(SignedIn.ATTRIBUTE, pending.signedIn());
        audit.record(AuditRecord.of(pending.signedIn().username(), AuditAction.SIGN_IN).withDetails("2FA"));
        return Response.seeOther(URI.create(pending.next())).build();
    }

    private Pending pending() {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(Pending.ATTRIBUTE);
        if (pending != null && pending.since().plus(PATIENCE).isBefore(Instant.now())) {
            session.removeAttribute(Pending.ATTRIBUTE);
            return null;
        }
        return pending;
    }
}
