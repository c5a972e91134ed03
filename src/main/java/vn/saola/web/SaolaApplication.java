package vn.saola.web;

import java.util.Map;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Saola answers every path itself (pages, assets, API), so that every answer, errors included,
 * goes through the same error pages and headers.
 */
@ApplicationPath("")
public class SaolaApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Every POST/PUT/PATCH/DELETE to a controller must carry the session's CSRF token.
        return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT,
                "org.eclipse.krazo.csrfTokenStrategy", new SessionBoundCsrfTokens(),
                // Jersey would publish every route and its own version at /application.wadl.
                "jersey.config.server.wadl.disableWadl", true);
    }
}
