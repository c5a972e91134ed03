package vn.saola.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, error pages included, telling the browser what this site
 * never does.
 *
 * <p>The Content-Security-Policy allows scripts only from the site itself — no inline script, no
 * {@code eval} — plus Zalo's share button, which a reader loads by pressing "Zalo". Styles may be
 * inline because the rich-text editor sets them as it draws itself. Pages may only be framed by
 * the site itself, and forms only post to it.
 */
public class SecurityHeaders extends HttpFilter {

    /** Zalo's share button: its script from sp.zalo.me, its frame and images from its own domains. */
    private static final String ZALO = "https://sp.zalo.me https://*.zalo.me https://*.zdn.vn";

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' " + ZALO,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: " + ZALO,
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' " + ZALO,
            "frame-ancestors 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            // The admin's pages hold what only its accounts may see: no copy kept anywhere.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
