package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hands clock = new Hands();
    private final SignInThrottle throttle = new SignInThrottle(clock, new ConcurrentHashMap<>());

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheNameForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bientap", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertEquals(Optional.empty(), throttle.lockedFor("bientap"), "four are allowed");
        throttle.failed("BienTap ", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("bientap"), "the name, whatever its case");
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("bientap"));
        assertEquals(Optional.empty(), throttle.lockedFor("someone-else"));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.lockedFor("bientap"), "the lock ends");
        throttle.failed("bientap", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.lockedFor("bientap"), "and counting starts again");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("chamcham", "10.0.0.1");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
            assertTrue(throttle.lockedFor("chamcham").isEmpty(), "attempt " + i);
        }
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("quen", "10.0.0.1");
        }
        throttle.succeeded("quen");
        throttle.failed("quen", "10.0.0.1");
        assertTrue(throttle.lockedFor("quen").isEmpty());
    }
}
