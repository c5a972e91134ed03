package vn.saola.security;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from. Behind proxies named in
 * {@code saola.proxy.trusted} it is the rightmost {@code X-Forwarded-For} entry that is not one of
 * them: each proxy appends the address it was reached from, so everything to the left of the
 * nearest untrusted hop was written by the client itself and proves nothing.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "saola.proxy.trusted")
    Optional<String> trusted;

    private volatile Set<String> proxies;

    public String of(HttpServletRequest request) {
        Set<String> known = proxies;
        if (known == null) {
            known = proxies = TrustedProxy.proxies(trusted.orElse(""));
        }
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), known);
    }

    static String of(String peer, Enumeration<String> forwardedFor, Set<String> proxies) {
        if (!proxies.contains(peer) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        while (forwardedFor.hasMoreElements()) {
            for (String hop : forwardedFor.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        String address = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!plausible(hop)) {
                // A garbled entry ends what can be believed: the last good hop is the client.
                return address;
            }
            address = hop;
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }

    /** An IPv4 or IPv6 address as proxies write it (no names, no ports, nothing longer). */
    static boolean plausible(String hop) {
        return !hop.isEmpty() && hop.length() <= 45 && hop.matches("[0-9A-Fa-f:.]+");
    }
}
