package vn.saola.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.cluster.Cluster;
import vn.saola.i18n.NameRule;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.platform.Database;

/** Accounts: checking a password, and making sure the site has an administrator from its first start. */
@ApplicationScoped
public class AccountService {

    static final String FIRST_ADMIN = "admin";
    public static final int MIN_PASSWORD = PasswordRule.MIN;
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    Cluster cluster;

    @Inject
    Database database;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "saola.admin.password")
    Optional<String> firstAdminPassword;

    /**
     * The account of a user name, by {@link NameRule} (user names are ASCII, so the database's
     * {@code lower()} is the rule's key). Where accounts from before the rule differ only in case,
     * only the exact name signs in.
     */
    Optional<Account> byName(String username) {
        List<Account> named = database.read(session -> session
                .createQuery("from Account a where lower(a.username) = :key", Account.class)
                .setParameter("key", NameRule.key(username)).setMaxResults(10).getResultList());
        if (named.size() <= 1) {
            return named.stream().findFirst();
        }
        return named.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    /**
     * Whether a session may still act: its account exists, is not disabled, still has the role it
     * signed in with, and its password has not changed since.
     */
    public boolean isActive(SignedIn signedIn) {
        return database.read(session -> {
            Account account = session.get(Account.class, signedIn.accountId());
            return account != null && !account.disabled() && account.role() == signedIn.role()
                    && account.credentialStamp().equals(signedIn.credential());
        });
    }

    /** An account as administrators see it in the list. */
    public record AccountRow(long id, String username, Role role, boolean disabled, Instant createdAt, boolean twoFactor,
            String email) {
    }

    public List<AccountRow> all() {
        return database.read(session -> session.createQuery("from Account a order by a.username", Account.class)
                .getResultList().stream()
                .map(a -> new AccountRow(a.id(), a.username(), a.role(), a.disabled(), a.createdAt(), a.twoFactor(),
                        a.email())).toList());
    }

    /** @throws AccountRefused when the name is taken or the password too weak */
    public long create(String username, char[] password, Role role, String by) {
        return create(username, password, role, null, by);
    }

    /** As {@link #create(String, char[], Role, String)}, with the address notifications go to (null: none). */
    public long create(String username, char[] password, Role role, String email, String by) {
        requireStrong(password);
        String address = EmailAddress.checked(email);
        return database.write(session -> {
            long taken = session.createQuery("select count(a) from Account a where lower(a.username) = :key", Long.class)
                    .setParameter("key", NameRule.key(username)).getSingleResult();
            if (taken > 0) {
                throw new AccountRefused("username", "accounts.error.taken");
            }
            Account account = new Account(username, PasswordHasher.hash(password), role, Instant.now());
            account.setEmail(address);
            session.persist(account);
            audit.record(session, new AuditRecord(by, AuditAction.ACCOUNT_CREATED, "account:" + account.id(), username, role.name()));
            LOG.info(() -> "Account \"" + username + "\" (" + role + ") created");
            return account.id();
        });
    }

    /**
     * Sets a new password; every session opened with the old one ends at its next request.
     * @return who the account is now, with its new credential (for the session of whoever changed their own)
     */
    public SignedIn setPassword(long id, char[] password, SignedIn by) {
        requireStrong(password);
        String hash = PasswordHasher.hash(password);
        SignedIn now = database.write(session -> {
            Account account = account(session, id);
            account.setPasswordHash(hash);
            audit.record(session, new AuditRecord(by.username(), AuditAction.PASSWORD_SET, "account:" + id, account.username(), null));
            return new SignedIn(account.id(), account.username(), account.role(), account.credentialStamp());
        });
        LOG.info(() -> by.accountId() == id ? "\"" + by.username() + "\" changed their own password"
                : "Password of account " + id + " (\"" + now.username() + "\") reset by \"" + by.username() + "\"");
        return now;
    }

    /** Sets (or, empty, removes) the address an account's notifications go to. */
    public void setEmail(long id, String email, SignedIn by) {
        String address = EmailAddress.checked(email);
        database.writeInTransaction(session -> {
            Account account = account(session, id);
            account.setEmail(address);
            audit.record(session, new AuditRecord(by.username(), AuditAction.ACCOUNT_EMAIL, "account:" + id, account.username(),
                    address == null ? "removed" : address));
        });
    }

    /** The addresses of the enabled accounts that approve (editors and administrators), but {@code except}'s. */
    public List<String> approversEmails(String except) {
        return database.read(session -> session.createQuery("from Account a where a.email is not null and a.disabled = false"
                        + " and a.role <> :contributor and a.username <> :except", Account.class)
                .setParameter("contributor", Role.CONTRIBUTOR).setParameter("except", except == null ? "" : except)
                .getResultList().stream().map(Account::email).toList());
    }

    /** The address of the enabled account {@code username}, if it has one. */
    public java.util.Optional<String> emailOf(String username) {
        return database.read(session -> session.createQuery("from Account a where a.username = :name and a.disabled = false",
                Account.class).setParameter("name", username == null ? "" : username).uniqueResultOptional()
                .map(Account::email));
    }

    /** Disables or enables an account; an administrator cannot disable themselves (the site would lose its keeper). */
    public void setDisabled(long id, boolean disabled, SignedIn by) {
        if (disabled && id == by.accountId()) {
            throw new AccountRefused("account", "accounts.error.self");
        }
        database.writeInTransaction(session -> {
            Account account = account(session, id);
            account.setDisabled(disabled);
            audit.record(session, new AuditRecord(by.username(), disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED,
                    "account:" + id, account.username(), null));
        });
        LOG.info(() -> "Account " + id + (disabled ? " disabled" : " enabled") + " by \"" + by.username() + "\"");
    }

    private static Account account(org.hibernate.Session session, long id) {
        Account account = session.get(Account.class, id);
        if (account == null) {
            throw new AccountRefused("account", "accounts.error.gone");
        }
        return account;
    }

    static void requireStrong(char[] password) {
        if (!PasswordRule.acceptable(password)) {
            throw new AccountRefused("password", "accounts.error.password");
        }
    }

    void createFirstAdministrator(@Observes @Priority(1000) @Initialized(ApplicationScoped.class) Object started) {
        firstAdminPassword.filter(p -> !p.isBlank()).ifPresent(given -> {
            if (!PasswordRule.acceptable(given.toCharArray())) {
                // Checked at every start, not only the first: a weak password left in the environment is a finding.
                throw new IllegalStateException("SAOLA_ADMIN_PASSWORD (saola.admin.password) is too weak: it must have "
                        + PasswordRule.MIN + " to " + PasswordRule.MAX + " characters, at least " + PasswordRule.MIN_DISTINCT
                        + " of them different. Saola does not start with it; choose a stronger one, or leave it empty"
                        + " to have a random password generated and logged once.");
            }
        });
        // Nodes starting together: one creates the administrator, the others then find it.
        cluster.exclusively("start-up", 10, this::createFirstAdministrator);
    }

    private void createFirstAdministrator() {
        long accounts = database.read(session -> session.createQuery("select count(a) from Account a", Long.class)
                .getSingleResult());
        if (accounts > 0) {
            return;
        }
        boolean generated = firstAdminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? PasswordHasher.randomPassword(20) : firstAdminPassword.get();
        database.writeInTransaction(session -> session.persist(
                new Account(FIRST_ADMIN, PasswordHasher.hash(password.toCharArray()), Role.ADMIN, Instant.now())));
        if (generated) {
            // Printed once, at the first start only: it is stored nowhere but as a hash.
            LOG.warning("First administrator created: user \"" + FIRST_ADMIN + "\", password \"" + password
                    + "\" (shown once; set SAOLA_ADMIN_PASSWORD before the first start to choose it)");
        } else {
            LOG.info("First administrator \"" + FIRST_ADMIN + "\" created with the password from SAOLA_ADMIN_PASSWORD");
        }
    }
}
