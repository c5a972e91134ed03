package vn.saola.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.cluster.Cluster;

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

    @Inject
    Cluster cluster;

    private final Clock clock;
    /** Per user name, the times of its recent failures (epoch milliseconds, comma-separated, oldest first). */
    private ConcurrentMap<String, String> failures;

    public SignInThrottle() {
        this.clock = Clock.systemUTC();
    }

    SignInThrottle(Clock clock, ConcurrentMap<String, String> failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** Failures are counted across all nodes: a balancer spreading the guesses does not multiply them. */
    @PostConstruct
    void shareFailures() {
        failures = cluster.sharedMap("sign-in-failures", WINDOW.plus(LOCK));
    }

    /** How long {@code username} must still wait before trying, if it must. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        Deque<Instant> recent = prune(parse(failures.get(key(username))), now);
        if (recent.size() < ATTEMPTS) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, recent.peekLast().plus(LOCK));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username, String from) {
        String key = key(username);
        Instant now = clock.instant();
        Deque<Instant> recent;
        String before;
        do {
            before = failures.get(key);
            recent = prune(parse(before), now);
            recent.addLast(now);
        } while (!(before == null ? failures.putIfAbsent(key, format(recent)) == null
                : failures.replace(key, before, format(recent))));
        if (recent.size() == ATTEMPTS) {
            LOG.warning(() -> "Sign-in for \"" + LoginController.printable(username) + "\" locked for " + LOCK.toMinutes() + " minutes after "
                    + ATTEMPTS + " failed attempts within " + WINDOW.toMinutes() + " minutes (last from " + from + ")");
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static Deque<Instant> prune(Deque<Instant> recent, Instant now) {
        // While locked, failures are kept until the lock ends; otherwise only those of the window count.
        Instant lockEnd = recent.isEmpty() ? Instant.MIN : recent.peekLast().plus(LOCK);
        if (recent.size() >= ATTEMPTS && now.isBefore(lockEnd)) {
            return recent;
        }
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= ATTEMPTS) {
            recent.clear();
        }
        return recent;
    }

    private static Deque<Instant> parse(String times) {
        Deque<Instant> recent = new ArrayDeque<>();
        if (times != null && !times.isEmpty()) {
            for (String millis : times.split(",")) {
                recent.addLast(Instant.ofEpochMilli(Long.parseLong(millis)));
            }
        }
        return recent;
    }

    private static String format(Deque<Instant> recent) {
        return recent.stream().map(time -> Long.toString(time.toEpochMilli())).collect(Collectors.joining(","));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
