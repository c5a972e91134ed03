package vn.saola.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.platform.Database;

/** Accounts: checking a password, and making sure the site has an administrator from its first start. */
@ApplicationScoped
public class AccountService {

    static final String FIRST_ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Compared against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "saola.admin.password")
    Optional<String> firstAdminPassword;

    public Optional<SignedIn> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || username.length() > 100 || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = database.read(session -> session
                .createQuery("from Account a where a.username = :name", Account.class)
                .setParameter("name", username).uniqueResultOptional());
        if (account.isEmpty()) {
            PasswordHasher.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        Account found = account.get();
        return PasswordHasher.matches(password, found.passwordHash())
                ? Optional.of(new SignedIn(found.id(), found.username(), found.role()))
                : Optional.empty();
    }

    void createFirstAdministrator(@Observes @Priority(1000) @Initialized(ApplicationScoped.class) Object started) {
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
