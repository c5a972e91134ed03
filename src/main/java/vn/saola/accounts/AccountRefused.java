package vn.saola.accounts;

/** An account change that was not made: the field it is about and the message key saying why ({@code accounts.error.*}). */
public class AccountRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRefused(String field, String messageKey) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
