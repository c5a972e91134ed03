package vn.saola.content;

import java.time.LocalDate;

/**
 * A document's register entry as an editor or an import gives it: terms by id ({@code fieldId},
 * {@code signer}, {@code effectiveOn} and {@code expiredOn} may be null).
 */
public record DocumentInput(String number, long typeId, long issuerId, Long fieldId, String signer,
        LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn) {
}
