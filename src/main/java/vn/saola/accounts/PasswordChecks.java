package vn.saola.accounts;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checking a password costs a deliberate ~200 ms of CPU (PBKDF2). Only a few run at once, so a
 * flood of wrong credentials can take at most that share of the processors; a check beyond them is
 * refused at once (the caller answers 429 with Retry-After) instead of queueing behind the flood.
 */
@ApplicationScoped
public class PasswordChecks {

    private static final Logger LOG = Logger.getLogger(PasswordChecks.class.getName());
    private static final long REPORT_EVERY_MS = 60_000;

    @Inject
    @ConfigProperty(name = "saola.sign-in.concurrent-checks", defaultValue = "1")
    int concurrent;

    private Semaphore slots;
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile long reportedAt = System.currentTimeMillis();

    @PostConstruct
    void limit() {
        if (concurrent < 1) {
            throw new IllegalStateException("saola.sign-in.concurrent-checks must be at least 1, not " + concurrent);
        }
        slots = new Semaphore(concurrent);
    }

    /** Whether {@code password} matches {@code storedHash}; empty when every slot is taken. */
    public Optional<Boolean> matches(char[] password, String storedHash) {
        if (!slots.tryAcquire()) {
            refused.incrementAndGet();
            report();
            return Optional.empty();
        }
        try {
            checked.incrementAndGet();
            return Optional.of(PasswordHasher.matches(password, storedHash));
        } finally {
            slots.release();
            report();
        }
    }

    /** Once a minute at most, while checks happen: how many, and how many were turned away. */
    private void report() {
        long now = System.currentTimeMillis();
        long last = reportedAt;
        if (now - last < REPORT_EVERY_MS || !reportedAt(last, now)) {
            return;
        }
        long done = checked.getAndSet(0);
        long turnedAway = refused.getAndSet(0);
        LOG.info(() -> String.format("Password checks: %d in the last %d s (%.1f a second), %d refused while %d were running",
                done, (now - last) / 1000, done * 1000.0 / (now - last), turnedAway, concurrent));
    }

    private synchronized boolean reportedAt(long last, long now) {
        if (reportedAt != last) {
            return false;
        }
        reportedAt = now;
        return true;
    }
}
