package vn.saola.accounts;

import vn.saola.platform.FieldRefusal;

/** An account change that was not made ({@code accounts.error.*}): a name taken, a weak password, disabling oneself. */
public class AccountRefused extends FieldRefusal {

    public AccountRefused(String field, String messageKey) {
        super(field, messageKey);
    }
}
