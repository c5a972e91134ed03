package vn.saola.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.saola.i18n.Language;

/**
 * One language of one article, page or document as the export writes it: a line of the import
 * format ({@code exportId} is its import id, else Saola's own id). A document's register entry
 * names its terms by their Vietnamese names, as the import looks them up; {@code document} is null
 * for other kinds.
 */
public record ExportedTranslation(ArticleKind kind, String exportId, Language language, String title, String slug,
        String summary, String bodyHtml, String category, Instant publishedAt, Instant updatedAt, String author,
        String parent, TranslationStatus status, Document document) {

    /** What the register says of a document, and its files in this language's words. */
    public record Document(String number, String type, String issuer, String field, String signer, LocalDate issuedOn,
            LocalDate effectiveOn, LocalDate expiredOn, List<File> files) {
    }

    /** A file listed under the document: its title as given in this language (or null), where it is served, its name. */
    public record File(String title, String address, String fileName) {
    }
}
