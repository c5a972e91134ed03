package vn.saola.media;

/** Why an upload was refused: the message key says it to the editor. */
public class UploadRefused extends Exception {

    private final String messageKey;

    public UploadRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
