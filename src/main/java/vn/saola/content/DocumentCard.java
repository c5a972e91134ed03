package vn.saola.content;

import java.time.LocalDate;

/** One document in the register's list, in one language: its title, address and what the list's columns show. */
public record DocumentCard(long articleId, String title, String url, String summary, String number,
        DocumentTermView type, DocumentTermView issuer, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn) {
}
