package vn.saola.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic for {@code /api/*}: a request that sends credentials is served only if they are
 * right, and then as that account. Reads without credentials reach the public endpoints (the
 * protected ones refuse them themselves); anything that would change something is refused here.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiCredentials extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"Saola\", charset=\"UTF-8\"";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            if (changesSomething(request.getMethod())) {
                // Every API call that changes something needs an account: say so before anything else.
                refuse(response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<SignedIn> signedIn = basic(header).flatMap(credentials -> {
            try {
                return accounts.authenticate(credentials.user(), credentials.password());
            } finally {
                Arrays.fill(credentials.password(), '\0');
            }
        });
        if (signedIn.isEmpty()) {
            refuse(response);
            return;
        }
        request.setAttribute(SignedIn.ATTRIBUTE, signedIn.get());
        chain.doFilter(request, response);
    }

    private static boolean changesSomething(String method) {
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\"}");
    }

    record Credentials(String user, char[] password) {
    }

    static Optional<Credentials> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
    }
}
