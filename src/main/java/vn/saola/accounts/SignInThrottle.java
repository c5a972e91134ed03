package vn.saola.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.cluster.Cluster;
import vn.saola.i18n.NameRule;

/**
 * Guessing passwords, by any way a password is presented (the sign-in form, HTTP Basic, the
 * current password when changing it): after {@value #ATTEMPTS} failures for a user name within
 * {@link #WINDOW}, or {@value #ATTEMPTS_PER_ADDRESS} from one client address, that name or that
 * address may not try again until {@link #LOCK} has passed since the last failure — right password
 * or not, so the lock cannot be used to test guesses. Names that do not exist are counted like
 * those that do, so the lock does not tell which exist. Per name, spreading guesses over addresses
 * does not help; per address, spreading them over names does not either.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ATTEMPTS = 5;
    /** An office behind one address may mistype often; a guesser trying many names may not. */
    static final int ATTEMPTS_PER_ADDRESS = 30;
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

    /** How long {@code username}, or anyone at {@code address}, must still wait before trying, if they must. */
    public Optional<Duration> lockedFor(String username, String address) {
        Optional<Duration> name = lockedFor(nameKey(username), ATTEMPTS);
        Optional<Duration> from = lockedFor(addressKey(address), ATTEMPTS_PER_ADDRESS);
        return name.isEmpty() ? from : from.isEmpty() || name.get().compareTo(from.get()) > 0 ? name : from;
    }

    private Optional<Duration> lockedFor(String key, int attempts) {
        Instant now = clock.instant();
        Deque<Instant> recent = prune(parse(failures.get(key)), now, attempts);
        if (recent.size() < attempts) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, recent.peekLast().plus(LOCK));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username, String address) {
        if (count(nameKey(username), ATTEMPTS) == ATTEMPTS) {
            LOG.warning(() -> "Sign-in for \"" + LogSafe.name(username) + "\" locked for " + LOCK.toMinutes()
                    + " minutes after " + ATTEMPTS + " failed attempts within " + WINDOW.toMinutes() + " minutes (last from "
                    + address + ")");
        }
        if (count(addressKey(address), ATTEMPTS_PER_ADDRESS) == ATTEMPTS_PER_ADDRESS) {
            LOG.warning(() -> "Sign-in from " + address + " locked for " + LOCK.toMinutes() + " minutes after "
                    + ATTEMPTS_PER_ADDRESS + " failed attempts within " + WINDOW.toMinutes() + " minutes (last for \""
                    + LogSafe.name(username) + "\")");
        }
    }

    /** Adds a failure now to those of {@code key}; how many recent ones it has then. */
    private int count(String key, int attempts) {
        Instant now = clock.instant();
        Deque<Instant> recent;
        String before;
        do {
            before = failures.get(key);
            recent = prune(parse(before), now, attempts);
            recent.addLast(now);
            while (recent.size() > attempts) {
                recent.removeFirst();
            }
        } while (!(before == null ? failures.putIfAbsent(key, format(recent)) == null
                : failures.replace(key, before, format(recent))));
        return recent.size();
    }

    /** The name's failures are forgotten; the address's are not (one right guess must not reset a guesser's count). */
    public void succeeded(String username) {
        failures.remove(nameKey(username));
    }

    private static Deque<Instant> prune(Deque<Instant> recent, Instant now, int attempts) {
        // While locked, failures are kept until the lock ends; otherwise only those of the window count.
        Instant lockEnd = recent.isEmpty() ? Instant.MIN : recent.peekLast().plus(LOCK);
        if (recent.size() >= attempts && now.isBefore(lockEnd)) {
            return recent;
        }
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= attempts) {
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

    private static String nameKey(String username) {
        return "name:" + NameRule.key(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
