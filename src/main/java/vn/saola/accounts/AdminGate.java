package vn.saola.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Nothing under {@code /admin/} but the login page is served to someone who has not signed in:
 * a page request is sent to the login form (and back afterwards), anything else is refused.
 * A session whose account was disabled since (or changed role) ends at its next request.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AdminGate extends HttpFilter {

    static final String LOGIN_PATH = "/admin/login";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", "no-store");
        if (signedIn != null && !accounts.isActive(signedIn)) {
            // Disabled, deleted or given another role since signing in: that session is over.
            session.invalidate();
            signedIn = null;
        }
        if (signedIn != null) {
            request.setAttribute(SignedIn.ATTRIBUTE, signedIn);
            chain.doFilter(request, response);
        } else if (path.equals(LOGIN_PATH)) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?next="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
