package vn.saola.content;

import java.time.LocalDate;

/**
 * What the register says of a document: number and symbol, type, issuing body, field (or null),
 * signer (or null), and its dates (effective and expired may be null: not given, not expired).
 */
public record DocumentFacts(String number, DocumentTermView type, DocumentTermView issuer, DocumentTermView field,
        String signer, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn) {

    /** Whether it no longer has effect on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return expiredOn != null && !expiredOn.isAfter(today);
    }
}
