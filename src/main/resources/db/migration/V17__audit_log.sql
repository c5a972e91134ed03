-- The audit log (issue 21): who did what when, written in the transaction of the change it records.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id       BIGINT PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(100) NOT NULL,
    action   VARCHAR(30) NOT NULL,
    subject  VARCHAR(100),
    label    VARCHAR(300),
    details  VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_at ON audit_entry (happened_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, happened_at);
