package vn.saola.editorial;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountService;
import vn.saola.accounts.PasswordRule;
import vn.saola.accounts.SignInAttempt;
import vn.saola.accounts.SignInRefusal;
import vn.saola.accounts.SignedIn;

/**
 * {@code /admin/password}: every account changes its own password, giving the current one (checked
 * and throttled like any sign-in, so a session left open cannot be used to guess it). Every other
 * session of the account ends; this one goes on.
 */
@Controller
@RequestScoped
@Path("admin/password")
public class OwnPasswordController {

    static final String VIEW = "accounts/password.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    AccountService accounts;

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SignInAttempt attempt;

    @GET
    public String form(@QueryParam("done") String done) {
        desk.open("password");
        if ("changed".equals(done)) {
            models.put("notice", desk.message("password.notice.changed"));
        }
        models.put("errors", Map.of());
        models.put("minPassword", PasswordRule.MIN);
        return VIEW;
    }

    @POST
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        SignedIn me = desk.open("password");
        Map<String, String> problems = new LinkedHashMap<>();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (!PasswordRule.acceptable(secret)) {
                problems.put("password", "accounts.error.password");
            } else if (!password.equals(confirm)) {
                problems.put("confirm", "password.error.confirm");
            }
            Response.Status status = Response.Status.BAD_REQUEST;
            if (current == null || current.isEmpty()) {
                problems.put("current", "password.error.current");
            } else if (problems.isEmpty()) {
                // Checked last, and only when the rest is right: each check costs a slot and, when wrong, a throttle count.
                CredentialValidationResult checked = identities.validate(new UsernamePasswordCredential(me.username(), current));
                if (attempt.refusal().isPresent()) {
                    SignInRefusal refusal = attempt.refusal().get();
                    problems.put("current", refusal.kind() == SignInRefusal.Kind.BUSY ? "login.busy" : "login.locked");
                    status = Response.Status.TOO_MANY_REQUESTS;
                    models.put("retryMinutes", Math.max(1, (refusal.retryAfter().toSeconds() + 59) / 60));
                } else if (checked.getStatus() != CredentialValidationResult.Status.VALID) {
                    problems.put("current", "password.error.current");
                }
            }
            if (problems.isEmpty()) {
                desk.keepSignedIn(accounts.setPassword(me.accountId(), secret, me));
                return Response.seeOther(URI.create("/admin/password?done=changed")).build();
            }
            Object minutes = models.get("retryMinutes");
            models.put("errors", desk.messages(problems, minutes == null ? PasswordRule.MIN : minutes));
            models.put("minPassword", PasswordRule.MIN);
            return Response.status(status).entity(VIEW).build();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
