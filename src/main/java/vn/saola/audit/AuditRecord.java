package vn.saola.audit;

/**
 * What happened, as the change that did it tells the audit log: who ({@code actor}: an account's
 * name, {@code api:<name>} for a token), the action, what it concerned ({@code article:42},
 * {@code account:3}; null for none) with a label as it was then (a title, a name), and details
 * (an address, counts).
 */
public record AuditRecord(String actor, AuditAction action, String subject, String label, String details) {

    public static AuditRecord of(String actor, AuditAction action) {
        return new AuditRecord(actor, action, null, null, null);
    }

    public static AuditRecord article(String actor, AuditAction action, long articleId, String title) {
        return new AuditRecord(actor, action, "article:" + articleId, title, null);
    }

    public AuditRecord withDetails(String more) {
        return new AuditRecord(actor, action, subject, label, more);
    }
}
