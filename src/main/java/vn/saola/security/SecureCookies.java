package vn.saola.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code saola.cookies.secure=true} (for a site served over HTTPS, directly or behind a proxy):
 * the session cookie is marked Secure, so a browser never sends it over plain HTTP. Saola's own
 * cookies follow {@link #secure(boolean)}.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static volatile boolean always;

    @Inject
    @ConfigProperty(name = "saola.cookies.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        always = secure;
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    /** Whether a cookie set in answer to a request ({@code requestSecure}: over HTTPS) must be Secure. */
    public static boolean secure(boolean requestSecure) {
        return always || requestSecure;
    }
}
