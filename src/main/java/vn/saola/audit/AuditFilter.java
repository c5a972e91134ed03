package vn.saola.audit;

import java.time.Instant;

/** Which lines the page lists: by whom (exact name; empty for anyone), which action (null: any), from and until (null: open). */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant until) {
}
