package vn.saola.audit;

/** What the audit log records; each is named in the editor's language by {@code audit.action.<NAME>}. */
public enum AuditAction {
    SIGN_IN, SIGN_OUT, SIGN_IN_FAILED,
    PUBLISH, SCHEDULE, UNPUBLISH, DELETE, RESTORE, PURGE, CATEGORY_CHANGED,
    SUBMIT, APPROVE, RETURN,
    IMPORT, EXPORT, BACKUP,
    ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_EMAIL, PASSWORD_SET, TOKEN_CREATED, TOKEN_REVOKED,
    SETTINGS_SAVED, LOGO_CHANGED, CATEGORY_EDITED, MENU_CHANGED, TWO_FACTOR_POLICY,
    INDEX_REBUILD,
    IMAGE_REPLACED, IMAGE_DELETED, FILE_REPLACED, FILE_DELETED;

    /** The action named {@code name} ({@code PUBLISH}), if there is one. */
    public static java.util.Optional<AuditAction> named(String name) {
        for (AuditAction action : values()) {
            if (action.name().equals(name)) {
                return java.util.Optional.of(action);
            }
        }
        return java.util.Optional.empty();
    }
}
