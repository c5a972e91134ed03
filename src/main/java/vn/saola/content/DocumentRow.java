package vn.saola.content;

import java.time.LocalDate;

/** A document in the editors' list: its row as an article's, and its number, type and date of issue (empty and null until its entry is filled). */
public record DocumentRow(ArticleRow row, String number, String typeName, LocalDate issuedOn) {
}
