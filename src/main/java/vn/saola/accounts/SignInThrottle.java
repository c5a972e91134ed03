package vn.saola.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Guessing passwords one account at a time: after {@value #ATTEMPTS} failures for a user name
 * within {@link #WINDOW}, that name may not try again until {@link #LOCK} has passed since the
 * last failure — right password or not, so the lock cannot be used to test guesses.
 * Counted per user name (whatever the address), so spreading guesses over addresses does not help.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(WINDOW.plus(LOCK).toMinutes(), TimeUnit.MINUTES)
            .build();

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code username} must still wait before trying, if it must. */
    public Optional<Duration> lockedFor(String username) {
        Deque<Instant> recent = failures.getIfPresent(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() < ATTEMPTS) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, recent.peekLast().plus(LOCK));
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    public void failed(String username, String from) {
        Deque<Instant> recent = failures.get(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
            if (recent.size() == ATTEMPTS) {
                LOG.warning(() -> "Sign-in for \"" + LoginController.printable(username) + "\" locked for " + LOCK.toMinutes() + " minutes after "
                        + ATTEMPTS + " failed attempts within " + WINDOW.toMinutes() + " minutes (last from " + from + ")");
            }
        }
    }

    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    private void prune(Deque<Instant> recent, Instant now) {
        // While locked, failures are kept until the lock ends; otherwise only those of the window count.
        Instant lockEnd = recent.isEmpty() ? Instant.MIN : recent.peekLast().plus(LOCK);
        if (recent.size() >= ATTEMPTS && now.isBefore(lockEnd)) {
            return;
        }
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= ATTEMPTS) {
            recent.clear();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
