package vn.saola.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.platform.Database;

/**
 * Optional two-factor sign-in: after the password, a code from an authenticator app (TOTP) or
 * one of ten one-time recovery codes. Each account turns it on for itself; an administrator can
 * require it of every administrator.
 */
@ApplicationScoped
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final String REQUIRED_FOR_ADMINS = "two-factor.required-for-admins";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(TwoFactor.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Database database;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    /** What became of a code typed by {@code username}: it passed, or not, or was not even checked (locked, for how long). */
    public record Check(boolean passed, Optional<Duration> locked) {
    }

    /**
     * A code checked as a sign-in is: not while the name or address is locked, and a wrong one
     * counted against both, so six digits cannot be guessed through any page that asks for them.
     */
    public Check check(SignedIn who, String typed, String address) {
        Optional<Duration> locked = throttle.lockedFor(who.username(), address);
        if (locked.isPresent()) {
            return new Check(false, locked);
        }
        if (!verify(who.accountId(), typed)) {
            throttle.failed(who.username(), address);
            return new Check(false, Optional.empty());
        }
        return new Check(true, Optional.empty());
    }

    public boolean enabled(long accountId) {
        return database.read(session -> {
            Account account = session.get(Account.class, accountId);
            return account != null && account.twoFactor();
        });
    }

    /**
     * Turns it on with {@code secret} (shown to the account, kept in its session meanwhile) once
     * {@code typed} proves the app has it; returns the recovery codes, shown once.
     * @throws AccountRefused when the code is not the app's current one
     */
    public List<String> turnOn(SignedIn who, String secret, String typed) {
        OptionalLong step = TotpCodes.acceptedStep(secret, typed, Instant.now(), null);
        if (step.isEmpty()) {
            throw new AccountRefused("code", "twoFactor.error.code");
        }
        List<String> codes = database.write(session -> {
            session.get(Account.class, who.accountId()).setTwoFactor(secret, step.getAsLong());
            return replaceRecoveryCodes(session, who.accountId());
        });
        LOG.info(() -> "\"" + who.username() + "\" turned two-factor sign-in on");
        return codes;
    }

    /** Turns it off: by the account itself, with a current code, or by an administrator for an account that lost its app. */
    public void turnOff(long accountId, SignedIn by) {
        database.writeInTransaction(session -> {
            Account account = session.get(Account.class, accountId);
            if (account == null) {
                throw new AccountRefused("account", "accounts.error.gone");
            }
            account.setTwoFactor(null, null);
            session.createMutationQuery("delete from RecoveryCode r where r.accountId = :id").setParameter("id", accountId)
                    .executeUpdate();
        });
        LOG.info(() -> "Two-factor sign-in of account " + accountId + " turned off by \"" + by.username() + "\"");
    }

    public List<String> newRecoveryCodes(SignedIn who) {
        List<String> codes = database.write(session -> replaceRecoveryCodes(session, who.accountId()));
        LOG.info(() -> "\"" + who.username() + "\" made new recovery codes");
        return codes;
    }

    public long recoveryCodesLeft(long accountId) {
        return database.read(session -> session.createQuery(
                "select count(r) from RecoveryCode r where r.accountId = :id and r.usedAt is null", Long.class)
                .setParameter("id", accountId).getSingleResult());
    }

    /**
     * Whether {@code typed} is the account's current app code (not used before) or one of its
     * unused recovery codes; either is then spent. Both are checked in one transaction that
     * claims the code, so the same code sent twice at once signs in once.
     */
    public boolean verify(long accountId, String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return false;
        }
        return database.write(session -> {
            Account account = session.get(Account.class, accountId);
            if (account == null || !account.twoFactor()) {
                return false;
            }
            OptionalLong step = TotpCodes.acceptedStep(account.totpSecret(), typed, Instant.now(), account.totpLastStep());
            if (step.isPresent()) {
                return session.createMutationQuery("update Account a set a.totpLastStep = :step where a.id = :id"
                        + " and (a.totpLastStep is null or a.totpLastStep < :step)")
                        .setParameter("step", step.getAsLong()).setParameter("id", accountId).executeUpdate() == 1;
            }
            boolean recovered = session.createMutationQuery("update RecoveryCode r set r.usedAt = :now"
                    + " where r.accountId = :id and r.codeHash = :hash and r.usedAt is null")
                    .setParameter("now", Instant.now()).setParameter("id", accountId)
                    .setParameter("hash", ApiTokens.digest(normalised(typed))).executeUpdate() == 1;
            if (recovered) {
                LOG.info(() -> "Account " + accountId + " signed in with a recovery code");
            }
            return recovered;
        });
    }

    public boolean requiredForAdmins() {
        return database.read(session -> session.createNativeQuery(
                "SELECT setting_value FROM site_setting WHERE name = :name", String.class)
                .setParameter("name", REQUIRED_FOR_ADMINS).uniqueResultOptional()).map("true"::equals).orElse(false);
    }

    public void requireForAdmins(boolean required, SignedIn by) {
        database.writeInTransaction(session -> {
            session.createNativeMutationQuery("DELETE FROM site_setting WHERE name = :name")
                    .setParameter("name", REQUIRED_FOR_ADMINS).executeUpdate();
            session.createNativeMutationQuery("INSERT INTO site_setting (name, setting_value) VALUES (:name, :value)")
                    .setParameter("name", REQUIRED_FOR_ADMINS).setParameter("value", Boolean.toString(required)).executeUpdate();
            audit.record(session, AuditRecord.of(by.username(), AuditAction.TWO_FACTOR_POLICY)
                    .withDetails(required ? "required of administrators" : "not required"));
        });
        LOG.info(() -> "Two-factor sign-in " + (required ? "required" : "no longer required") + " of administrators, by \""
                + by.username() + "\"");
    }

    private static List<String> replaceRecoveryCodes(Session session, long accountId) {
        session.createMutationQuery("delete from RecoveryCode r where r.accountId = :id").setParameter("id", accountId)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            session.persist(new RecoveryCode(accountId, ApiTokens.digest(normalised(shown))));
            codes.add(shown);
        }
        return codes;
    }

    private static String normalised(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
