package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class TrustedProxyTest {

    /** A request with just what the decision reads: the peer's address, the header, whether TLS was used. */
    private static HttpServletRequest request(String from, String forwardedProto) {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("getRemoteAddr", from);
        answers.put("isSecure", false);
        return (HttpServletRequest) Proxy.newProxyInstance(TrustedProxyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> method.getName().equals("getHeader")
                        ? ("X-Forwarded-Proto".equals(args[0]) ? forwardedProto : null)
                        : answers.get(method.getName()));
    }

    @Test
    void onlyTheNamedProxiesAreBelieved() {
        Set<String> proxies = TrustedProxy.proxies(" 10.0.0.5, 127.0.0.1 ,");
        assertEquals(Set.of("10.0.0.5", "127.0.0.1"), proxies);
        assertTrue(TrustedProxy.forwardedHttps(request("10.0.0.5", "https"), proxies));
        assertTrue(TrustedProxy.forwardedHttps(request("10.0.0.5", " HTTPS"), proxies));
        assertFalse(TrustedProxy.forwardedHttps(request("203.0.113.9", "https"), proxies), "a client cannot claim it");
        assertFalse(TrustedProxy.forwardedHttps(request("10.0.0.5", "http"), proxies));
        assertFalse(TrustedProxy.forwardedHttps(request("10.0.0.5", null), proxies));
        assertFalse(TrustedProxy.forwardedHttps(request("10.0.0.5", "https"), TrustedProxy.proxies("")), "none by default");
    }
}
