package vn.saola.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the audit log: when, who, what, on what (its kind, id and a label as it was then), and details. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int ACTOR = 100;
    static final int SUBJECT = 100;
    static final int LABEL = 300;
    static final int DETAILS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = ACTOR)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(length = SUBJECT)
    private String subject;

    @Column(length = LABEL)
    private String label;

    @Column(length = DETAILS)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, AuditRecord record) {
        this.at = at;
        this.actor = cut(record.actor(), ACTOR);
        this.action = record.action();
        this.subject = cut(record.subject(), SUBJECT);
        this.label = cut(record.label(), LABEL);
        this.details = cut(record.details(), DETAILS);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    AuditView view() {
        return new AuditView(id, at, actor, action, subject, label, details);
    }
}
