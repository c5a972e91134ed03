package vn.saola.accounts;

import java.util.regex.Pattern;

/** An account's e-mail address as typed: empty is none; otherwise one address of a plain shape, at most 254 characters. */
final class EmailAddress {

    static final int MAX = 254;
    // One address, no display name, no list: what a notification can be sent to as it is.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+");

    private EmailAddress() {
    }

    /** @throws AccountRefused when it is not an address */
    static String checked(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return null;
        }
        if (address.length() > MAX || !SHAPE.matcher(address).matches()) {
            throw new AccountRefused("email", "accounts.error.email");
        }
        return address;
    }
}
