package vn.saola.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.platform.Database;

/** API tokens: made by administrators, shown once, checked on every API request that carries one, revocable. */
@ApplicationScoped
public class ApiTokens {

    /** Tokens say what they are, so a leaked one is recognised in a log or a repository scan. */
    static final String PREFIX = "saola_";
    public static final int MAX_NAME = 100;
    public static final int MAX_DAYS = 3650;
    /** Last use is written at most this often per token: a busy script must not write on every call. */
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    @Inject
    Database database;

    /** A token as the administrators' list shows it: never its secret. */
    public record TokenRow(long id, String name, String owner, Role role, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, boolean usable) {
    }

    /** A token just made: the only moment its secret exists outside the caller's hands. */
    public record NewToken(long id, String name, String secret) {
    }

    /**
     * @param days days until it expires, empty for never
     * @throws AccountRefused when the name or the expiry is unusable
     */
    public NewToken create(SignedIn by, String name, Role role, Optional<Integer> days) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new AccountRefused("name", "tokens.error.name");
        }
        if (days.isPresent() && (days.get() < 1 || days.get() > MAX_DAYS)) {
            throw new AccountRefused("days", "tokens.error.days");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        Instant expires = days.map(d -> now.plus(Duration.ofDays(d))).orElse(null);
        long id = database.write(session -> {
            ApiToken token = new ApiToken(by.accountId(), cleanName, role, digest(secret), now, expires);
            session.persist(token);
            audit.record(session, new AuditRecord(by.username(), AuditAction.TOKEN_CREATED, "token:" + token.id(), cleanName,
                    role.name()));
            return token.id();
        });
        LOG.info(() -> "API token " + id + " \"" + LogSafe.name(cleanName) + "\" (" + role + ", "
                + (expires == null ? "no expiry" : "expires " + expires) + ") created by \"" + by.username() + "\"");
        return new NewToken(id, cleanName, secret);
    }

    public List<TokenRow> all() {
        Instant now = Instant.now();
        return database.read(session -> session.createQuery(
                "select t, a.username from ApiToken t, Account a where a.id = t.accountId order by t.createdAt desc", Object[].class)
                .getResultList().stream().map(pair -> {
                    ApiToken t = (ApiToken) pair[0];
                    return new TokenRow(t.id(), t.name(), (String) pair[1], t.role(), t.createdAt(), t.expiresAt(),
                            t.lastUsedAt(), t.revokedAt(), t.usableAt(now));
                }).toList());
    }

    public void revoke(long id, SignedIn by) {
        database.writeInTransaction(session -> {
            ApiToken token = session.get(ApiToken.class, id);
            if (token == null) {
                throw new AccountRefused("token", "tokens.error.gone");
            }
            if (token.revokedAt() == null) {
                token.revokeAt(Instant.now());
                audit.record(session, new AuditRecord(by.username(), AuditAction.TOKEN_REVOKED, "token:" + id, token.name(), null));
            }
        });
        LOG.info(() -> "API token " + id + " revoked by \"" + by.username() + "\"");
    }

    /** Who a token acts as: its account, with the token's role or the account's if that is less. */
    public Optional<SignedIn> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = digest(secret);
        Instant now = Instant.now();
        Optional<Object[]> found = database.read(session -> session.createQuery(
                "select t, a from ApiToken t, Account a where a.id = t.accountId and t.secretHash = :hash", Object[].class)
                .setParameter("hash", hash).uniqueResultOptional());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = (ApiToken) found.get()[0];
        Account account = (Account) found.get()[1];
        if (!token.usableAt(now) || account.disabled()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_GRAIN).isBefore(now)) {
            database.writeInTransaction(session -> session.get(ApiToken.class, token.id()).usedAt(now));
        }
        Role role = account.role() == Role.ADMIN ? token.role() : account.role();
        return Optional.of(new SignedIn(account.id(), account.username(), role, "token " + token.id()));
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
