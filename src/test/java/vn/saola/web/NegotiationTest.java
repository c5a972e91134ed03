package vn.saola.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void gzipIsSentToWhoeverTakesIt() {
        assertTrue(Negotiation.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(Negotiation.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1"));
        assertTrue(Negotiation.acceptsGzip("*"));
        assertFalse(Negotiation.acceptsGzip(null));
        assertFalse(Negotiation.acceptsGzip("identity"));
        assertFalse(Negotiation.acceptsGzip("gzip;q=0"));
        assertFalse(Negotiation.acceptsGzip("*, gzip;q=0.000"));
        assertFalse(Negotiation.acceptsGzip("br"));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(Negotiation.matches("\"a-z-1\"", "\"a-z-1\""));
        assertTrue(Negotiation.matches("\"old\", W/\"a-z-1\"", "\"a-z-1\""));
        assertTrue(Negotiation.matches("*", "\"a-z-1\""));
        assertFalse(Negotiation.matches("\"a-i-1\"", "\"a-z-1\""));
        assertFalse(Negotiation.matches(null, "\"a-z-1\""));
    }
}
