package vn.saola.importing;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import vn.saola.content.ExportedTranslation;
import vn.saola.content.TranslationStatus;

/**
 * Writes an exported translation as one line of the import format, the one {@link ImportLineParser}
 * reads: what it writes, the import reads back as it was. A document's files are named by
 * {@code fileReference}: a web address for an NDJSON export, a path inside the ZIP for a ZIP export.
 */
final class ExportLines {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ExportLines() {
    }

    /** The ZIP entry that holds the lines, and the folder its files are under. */
    static final String LINES_ENTRY = "content.ndjson";
    static final String FILES_FOLDER = "files/";

    static String line(ExportedTranslation t, Function<ExportedTranslation.File, String[]> fileReference) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", t.kind().word())
                .add("id", t.exportId())
                .add("lang", t.language().code())
                .add("title", t.title())
                .add("slug", t.slug())
                .add("status", status(t.status()))
                .add("body", t.bodyHtml());
        addIfPresent(json, "summary", t.summary());
        addIfPresent(json, "category", t.category());
        addIfPresent(json, "publishedAt", t.publishedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.publishedAt()));
        addIfPresent(json, "updatedAt", t.updatedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.updatedAt()));
        addIfPresent(json, "author", t.author());
        addIfPresent(json, "parent", t.parent());
        ExportedTranslation.Document document = t.document();
        if (document != null) {
            json.add("number", document.number()).add("documentType", document.type()).add("issuer", document.issuer())
                    .add("issuedAt", document.issuedOn().toString());
            addIfPresent(json, "field", document.field());
            addIfPresent(json, "signer", document.signer());
            addIfPresent(json, "effectiveAt", document.effectiveOn() == null ? null : document.effectiveOn().toString());
            addIfPresent(json, "expiredAt", document.expiredOn() == null ? null : document.expiredOn().toString());
            JsonArrayBuilder files = JSON.createArrayBuilder();
            for (ExportedTranslation.File file : document.files()) {
                String[] reference = fileReference.apply(file); // {"url" or "path", value}
                JsonObjectBuilder entry = JSON.createObjectBuilder().add(reference[0], reference[1]);
                addIfPresent(entry, "title", file.title());
                files.add(entry);
            }
            json.add("files", files);
        }
        return json.build().toString();
    }

    private static String status(TranslationStatus status) {
        return switch (status) {
            case PUBLISHED -> "published";
            case UNPUBLISHED -> "unpublished";
            case DRAFT, PENDING -> "draft";
        };
    }

    private static void addIfPresent(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    /**
     * Where a file stored at {@code address} ({@code /files/<key>/<name>}, percent-encoded) goes in
     * the ZIP: under its key, by its name as written, which the import stores it under again.
     */
    static String zipPath(ExportedTranslation.File file) {
        String key = file.address().replaceFirst("^/*files/", "");
        return FILES_FOLDER + key.substring(0, Math.max(0, key.indexOf('/'))) + "/" + file.fileName();
    }
}
