package vn.saola.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The one door: who a request is made by, decided before any of Saola's code runs. Which paths
 * need which role is declared once, in {@code web.xml}; the container asks here only for those
 * ({@link HttpMessageContext#isProtected()}), so public pages and public API reads never read
 * credentials, let alone check a password.
 *
 * <ul>
 * <li>The admin: the account that signed in with the form, kept in the session (the sign-in itself
 * comes here through {@code SecurityContext.authenticate}); a stranger's page request is sent to
 * the form, anything else refused.</li>
 * <li>The API: an API token ({@code Authorization: Bearer …}) or HTTP Basic, checked on every request.</li>
 * </ul>
 */
@ApplicationScoped
public class SaolaAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/admin/login";
    public static final String CHALLENGE = "Basic realm=\"Saola\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    ApiTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    SignInAttempt attempt;

    @Inject
    TwoFactor twoFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential offered = context.getAuthParameters().getCredential();
        if (offered != null) {
            CredentialValidationResult result = identities.validate(offered);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? admit(AccountIdentityStore.signedIn(result), request, context)
                    : context.doNothing();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return path.startsWith("/api/") ? api(request, response, context) : desk(path, request, response, context);
        } catch (IOException e) {
            throw new IllegalStateException("could not answer " + path, e);
        }
    }

    private AuthenticationStatus desk(String path, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : SignedIn.in(session);
        if (signedIn != null && accounts.isActive(signedIn)) {
            if (signedIn.isAdmin() && !enrolling(path) && twoFactor.requiredForAdmins() && !twoFactor.enabled(signedIn.accountId())) {
                // Administrators must sign in with a second factor: until theirs is on, only its page opens.
                if ("GET".equals(request.getMethod())) {
                    return context.redirect(request.getContextPath() + "/admin/two-factor?required");
                }
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return AuthenticationStatus.SEND_FAILURE;
            }
            return admit(signedIn, request, context);
        }
        if (signedIn != null) {
            // Disabled, deleted or given another role since signing in: that session is over.
            session.invalidate();
        }
        if ("GET".equals(request.getMethod())) {
            return context.redirect(request.getContextPath() + LOGIN_PATH + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        String header = request.getHeader("Authorization");
        Optional<SignedIn> signedIn = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            signedIn = tokens.authenticate(header.substring(7).strip());
        } else if (header != null) {
            Optional<UsernamePasswordCredential> credential = basic(header);
            if (credential.isPresent()) {
                CredentialValidationResult result = identities.validate(credential.get());
                credential.get().getPassword().clear();
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    // A password alone does not open an account that asked for a second factor: scripts use tokens.
                    signedIn = Optional.of(AccountIdentityStore.signedIn(result))
                            .filter(account -> !twoFactor.enabled(account.accountId()));
                }
            }
        }
        if (signedIn.isPresent()) {
            return admit(signedIn.get(), request, context);
        }
        SignInRefusal refusal = attempt.refusal().orElse(null);
        if (refusal != null) {
            response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            return refuse(response, 429, "Too Many Requests");
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized");
    }

    /** The pages an administrator required to turn two-factor sign-in on may still open meanwhile. */
    private static boolean enrolling(String path) {
        return path.startsWith("/admin/two-factor") || path.equals("/admin/logout") || path.equals("/admin/language");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus admit(SignedIn signedIn, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(SignedIn.ATTRIBUTE, signedIn);
        return context.notifyContainerAboutLogin(AccountIdentityStore.result(signedIn));
    }

    static Optional<UsernamePasswordCredential> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 2000) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
