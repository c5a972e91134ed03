package vn.saola.accounts;

import java.io.Serializable;

/**
 * Who a request is made by, once their password (or token) was checked. Kept in the session for
 * the admin, with the {@code credential} it signed in with ({@link Account#credentialStamp()}):
 * when the password changes, every session opened with the old one ends.
 */
public record SignedIn(long accountId, String username, Role role, String credential) implements Serializable {

    /** Request attribute under which the filters leave the signed-in account for controllers. */
    public static final String ATTRIBUTE = "saola.signedIn";

    /** The account signed in to this session, if one is. */
    public static SignedIn in(jakarta.servlet.http.HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn ? signedIn : null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Publishes, takes down, approves and deletes; a contributor only proposes. */
    public boolean mayPublish() {
        return role.mayPublish();
    }
}
