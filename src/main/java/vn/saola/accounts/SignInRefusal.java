package vn.saola.accounts;

import java.time.Duration;

/**
 * Why a password was not even checked: the name or the address is locked for a while, or every
 * password-check slot is busy (a flood, most likely). {@link SignInAttempt} carries it to whoever answers.
 */
public record SignInRefusal(Kind kind, Duration retryAfter) {

    public enum Kind {
        LOCKED,
        BUSY
    }

    static SignInRefusal busy() {
        return new SignInRefusal(Kind.BUSY, Duration.ofSeconds(1));
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
