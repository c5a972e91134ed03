package vn.saola.content;

import java.time.LocalDate;

/** A document of the register a news item links beside its text: its number, title and address in one language. */
public record LinkedDocument(long articleId, String number, String title, String url, LocalDate issuedOn) {
}
