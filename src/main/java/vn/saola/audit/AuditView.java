package vn.saola.audit;

import java.time.Instant;

/** A line of the audit log as the administrators' page and its CSV show it. */
public record AuditView(long id, Instant at, String actor, AuditAction action, String subject, String label, String details) {

    /** The article's id when the line concerns one ({@code article:42}), else null: the page links it. */
    public Long articleId() {
        return subject != null && subject.matches("article:[0-9]{1,18}") ? Long.valueOf(subject.substring(8)) : null;
    }
}
