package vn.saola.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Behind a TLS-terminating proxy the server sees plain HTTP. A request from one of the proxies
 * named in {@code saola.proxy.trusted} that says {@code X-Forwarded-Proto: https} is treated as
 * the HTTPS request it was: secure, with https addresses (canonical links, redirects) and Secure
 * cookies. From anyone else the header is ignored: a client cannot talk its way into it.
 */
public class TrustedProxy extends HttpFilter {

    @Inject
    @ConfigProperty(name = "saola.proxy.trusted")
    Optional<String> trusted;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (forwardedHttps(request, proxies(trusted.orElse("")))) {
            chain.doFilter(new Https(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    static Set<String> proxies(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    static boolean forwardedHttps(HttpServletRequest request, Set<String> proxies) {
        return !request.isSecure() && proxies.contains(request.getRemoteAddr())
                && "https".equalsIgnoreCase(String.valueOf(request.getHeader("X-Forwarded-Proto")).strip());
    }

    /** The request as the reader's browser made it: over HTTPS, on the standard port. */
    static final class Https extends HttpServletRequestWrapper {

        Https(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            return 443;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer("https://").append(getServerName()).append(getRequestURI());
        }
    }
}
