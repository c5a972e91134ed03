package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VisitorHashesTest {

    private final Map<LocalDate, String> salts = new HashMap<>();
    private final VisitorHashes hashes = new VisitorHashes(day -> salts.computeIfAbsent(day, d -> UUID.randomUUID().toString()));
    private final LocalDate today = LocalDate.of(2026, 11, 25);

    @Test
    void theSameVisitorIsRecognisedAllDay() {
        assertEquals(hashes.visitor(today, "203.0.113.7", "Firefox"), hashes.visitor(today, "203.0.113.7", "Firefox"));
    }

    @Test
    void anotherAddressOrBrowserIsAnotherVisitor() {
        String visitor = hashes.visitor(today, "203.0.113.7", "Firefox");
        assertNotEquals(visitor, hashes.visitor(today, "203.0.113.8", "Firefox"));
        assertNotEquals(visitor, hashes.visitor(today, "203.0.113.7", "Chrome"));
    }

    @Test
    void theNextDayTheSameVisitorCannotBeLinked() {
        assertNotEquals(hashes.visitor(today, "203.0.113.7", "Firefox"),
                hashes.visitor(today.plusDays(1), "203.0.113.7", "Firefox"));
    }

    @Test
    void theHashHoldsNeitherAddressNorBrowser() {
        String visitor = hashes.visitor(today, "203.0.113.7", "Firefox");
        assertEquals(32, visitor.length());
        assertFalse(visitor.contains("203"));
        // without the day's salt, hashing the same address again gives something else
        VisitorHashes otherSalt = new VisitorHashes(day -> "guessed salt");
        assertNotEquals(visitor, otherSalt.visitor(today, "203.0.113.7", "Firefox"));
    }
}
