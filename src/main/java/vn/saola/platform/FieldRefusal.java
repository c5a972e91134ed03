package vn.saola.platform;

/**
 * A change a feature will not make, told to the person who asked: the form field it is about and
 * the key of the message saying why, in the {@code i18n/} bundles. No stack trace: it is an
 * answer, not a failure.
 */
public abstract class FieldRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected FieldRefusal(String field, String messageKey) {
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
