package vn.saola.content;

/**
 * A change content will not make, with the field it is about and the message key saying why
 * ({@code editor.error.*}): a slug or a category name already taken, a category still in use.
 */
public class EditRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public EditRefused(String field, String messageKey) {
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
