package vn.saola.accounts;

/**
 * What every password must be, whoever sets it (an administrator, its owner, the first start's
 * {@code SAOLA_ADMIN_PASSWORD}, the reset command): long enough to resist guessing, and not one
 * character or two repeated. Length matters more than character classes (NIST SP 800-63B).
 */
public final class PasswordRule {

    public static final int MIN = 12;
    public static final int MAX = 200;
    static final int MIN_DISTINCT = 5;

    private PasswordRule() {
    }

    public static boolean acceptable(char[] password) {
        if (password == null || password.length < MIN || password.length > MAX) {
            return false;
        }
        return new String(password).chars().distinct().limit(MIN_DISTINCT).count() >= MIN_DISTINCT;
    }
}
