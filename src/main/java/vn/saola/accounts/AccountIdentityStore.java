package vn.saola.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import vn.saola.security.ClientAddress;

/**
 * Saola's accounts as Jakarta Security sees them. Every password, however it arrives (the sign-in
 * form, HTTP Basic), is checked here and only here: against {@link SignInThrottle} first, which
 * costs nothing, then through the few {@link PasswordChecks} slots. A name that does not exist
 * costs a check and a failure like one that does.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());
    /** Compared against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordChecks checks;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        if (username == null || username.isBlank() || username.length() > 100 || password.length > 1000) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String address = clientAddress.of(request);
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            LOG.info(() -> "Password for \"" + LogSafe.name(username) + "\" not checked: locked, from " + address);
            attempt.refuse(new SignInRefusal(SignInRefusal.Kind.LOCKED, locked.get()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.byName(username);
        Optional<Boolean> matches = checks.matches(password, account.map(Account::passwordHash).orElse(DUMMY_HASH));
        if (matches.isEmpty()) {
            attempt.refuse(SignInRefusal.busy());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!matches.get() || account.isEmpty() || account.get().disabled()) {
            LOG.warning(() -> "Wrong password for \"" + LogSafe.name(username) + "\" from " + address);
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account found = account.get();
        if (!found.twoFactor()) {
            // With a second factor the sign-in is not over yet: a right password must not wipe out
            // the wrong codes counted against the name, or codes could be guessed four at a time forever.
            throttle.succeeded(username);
        }
        return result(new SignedIn(found.id(), found.username(), found.role(), found.credentialStamp()));
    }

    /** The groups are the roles: an administrator is an editor too, an editor a contributor. */
    static CredentialValidationResult result(SignedIn signedIn) {
        Set<String> groups = signedIn.role().groups();
        return new CredentialValidationResult(null, new CallerPrincipal(signedIn.username()),
                null, signedIn.accountId() + " " + signedIn.credential(), groups);
    }

    /** The account a valid result speaks of. */
    static SignedIn signedIn(CredentialValidationResult valid) {
        Set<String> groups = valid.getCallerGroups();
        String[] idAndCredential = valid.getCallerUniqueId().split(" ", 2);
        return new SignedIn(Long.parseLong(idAndCredential[0]), valid.getCallerPrincipal().getName(),
                Role.highestOf(groups), idAndCredential[1]);
    }
}
