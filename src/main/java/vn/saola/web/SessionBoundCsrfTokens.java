package vn.saola.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.mvc.security.Csrf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;
import org.eclipse.krazo.security.SessionCsrfTokenStrategy;

/**
 * Krazo's session-stored CSRF tokens, but only where a session exists or is wanted (the admin).
 *
 * <p>Krazo asks for a token on every controller response; with its default strategy each
 * anonymous page view would open an HTTP session, costing memory per visitor and making public
 * pages uncacheable. Public pages have no form that changes anything, so they get a token bound
 * to nothing, and any POST outside the admin without a session fails CSRF validation.
 */
public class SessionBoundCsrfTokens implements CsrfTokenStrategy {

    private static final String PARAM = "_csrf";
    private final SessionCsrfTokenStrategy sessions = new SessionCsrfTokenStrategy.Builder()
            .headerName(Csrf.DEFAULT_CSRF_HEADER_NAME)
            .paramName(PARAM)
            .build();

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/") || path.equals("/admin") || request.getSession(false) != null) {
            return sessions.getToken(request, response, create);
        }
        return create
                ? Optional.of(new CsrfToken(Csrf.DEFAULT_CSRF_HEADER_NAME, PARAM, "unbound-" + UUID.randomUUID()))
                : Optional.empty();
    }
}
