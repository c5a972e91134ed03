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
        assertEquals(Optional.empty(), throttle.lockedFor("bientap", "10.0.0.9"), "four are allowed");
        throttle.failed("BienTap ", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("bientap", "10.0.0.9"), "the name, whatever its case");
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("bientap", "10.0.0.9"));
        assertEquals(Optional.empty(), throttle.lockedFor("someone-else", "10.0.0.9"));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.lockedFor("bientap", "10.0.0.9"), "the lock ends");
        throttle.failed("bientap", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.lockedFor("bientap", "10.0.0.9"), "and counting starts again");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("chamcham", "10.0.0.1");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
            assertTrue(throttle.lockedFor("chamcham", "10.0.0.9").isEmpty(), "attempt " + i);
        }
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("quen", "10.0.0.1");
        }
        throttle.succeeded("quen");
        throttle.failed("quen", "10.0.0.1");
        assertTrue(throttle.lockedFor("quen", "10.0.0.9").isEmpty());
    }

    @Test
    void thirtyFailuresFromOneAddressLockThatAddressWhateverTheNames() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("ten-" + i, "192.0.2.7");
        }
        assertEquals(Optional.empty(), throttle.lockedFor("ten-moi", "192.0.2.7"), "twenty-nine are allowed");
        throttle.failed("ten-29", "192.0.2.7");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("ten-moi", "192.0.2.7"), "a new name from there too");
        assertEquals(Optional.empty(), throttle.lockedFor("ten-moi", "192.0.2.8"), "the same name from elsewhere is not");
        throttle.succeeded("ten-1");
        assertTrue(throttle.lockedFor("ten-1", "192.0.2.7").isPresent(), "one right password does not free the address");
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), throttle.lockedFor("ten-moi", "192.0.2.7"), "the lock ends");
    }

    @Test
    void theLongerOfTheTwoLocksIsTheOneToWaitFor() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("ten-" + i, "192.0.2.9");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            throttle.failed("doan", "198.51.100.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("doan", "192.0.2.9"));
        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.lockedFor("ten-0", "192.0.2.9"));
    }
}
