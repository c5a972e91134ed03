package vn.saola.importing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import line of {@code "type": "document"} says beyond its words: the register entry
 * (types, issuers and fields by name, found or added to their lists) and the files to attach.
 */
record DocumentLine(String number, String documentType, String issuer, String field, String signer,
        LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn, List<FileLine> files) {

    /**
     * A file of the old site, fetched from {@code url} or read at {@code path} inside the ZIP sent
     * with the lines (one of the two is null), listed under {@code title} (null: its name).
     */
    record FileLine(String title, URI url, String path) {
    }
}
