package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(15), 4, Duration.ofMinutes(15));

    @Test
    void eachFailureWaitsLongerThanTheOneBefore() {
        assertEquals(Duration.ofSeconds(15), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(1), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), backoff.delayAfter(3));
    }

    @Test
    void theWaitStopsGrowingAtTheLongest() {
        assertEquals(Duration.ofMinutes(15), backoff.delayAfter(4));
        assertEquals(Duration.ofMinutes(15), backoff.delayAfter(1_000));
    }
}
