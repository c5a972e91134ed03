package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    private static String client(String peer, String... forwardedFor) {
        return ClientAddress.of(peer, Collections.enumeration(List.of(forwardedFor)), PROXIES);
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", client("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void behindATrustedProxyTheRightmostEntryIsTheClientWhateverItWroteBefore() {
        assertEquals("198.51.100.7", client("10.0.0.1", "1.2.3.4, 198.51.100.7"));
        assertEquals("198.51.100.7", client("10.0.0.1", "1.2.3.4", "198.51.100.7"), "several header lines");
    }

    @Test
    void trustedProxiesInTheChainAreSkipped() {
        assertEquals("198.51.100.7", client("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2"));
    }

    @Test
    void aGarbledEntryEndsWhatCanBeBelieved() {
        assertEquals("10.0.0.2", client("10.0.0.1", "198.51.100.7, <script>, 10.0.0.2"));
        assertEquals("10.0.0.1", client("10.0.0.1", "unknown"));
        assertEquals("10.0.0.1", client("10.0.0.1"), "no header: the proxy itself");
    }

    @Test
    void ipv6AddressesAreAddresses() {
        assertEquals("2001:db8::7", client("10.0.0.1", "2001:db8::7"));
    }
}
