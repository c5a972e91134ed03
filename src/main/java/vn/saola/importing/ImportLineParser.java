package vn.saola.importing;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.Validator;

import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleKind;
import vn.saola.content.Attachments;
import vn.saola.content.DocumentNumbers;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.Slugs;
import vn.saola.content.TranslationStatus;
import vn.saola.i18n.Language;

/**
 * Reads one line of the import format
 * ({@code {"type"?,"id","lang","title","body","category","publishedAt"?,"author"?,"parent"?,"slug"?,"status"?,"updatedAt"?}}) into a
 * validated translation, or says in words why the line cannot be imported. {@code type} is
 * {@code article} (the default: {@code category} required) or {@code page} (no category; {@code parent}
 * is the import id of the page it sits under) or {@code document} ({@code number}, {@code documentType},
 * {@code issuer}, {@code issuedAt} required; {@code signer}, {@code field}, {@code effectiveAt},
 * {@code expiredAt}, {@code summary}, {@code body} and {@code files} as {@code [{"title", "url"}]} optional).
 */
public final class ImportLineParser {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ZoneId siteZone;
    private final Validator validator;

    /** @param validator checks each field against {@link ImportedTranslation}'s constraints, the editors' form's too */
    public ImportLineParser(ZoneId siteZone, Validator validator) {
        this.siteZone = siteZone;
        this.validator = validator;
    }

    /** The outcome for one line: exactly one of {@code translation} and {@code problem} is set. */
    public record Parsed(ImportedTranslation translation, Rejection problem, String id, DocumentLine document) {
        static Parsed ok(ImportedTranslation translation, DocumentLine document) {
            return new Parsed(translation, null, translation.importId(), document);
        }

        static Parsed rejected(String key, Object... args) {
            return new Parsed(null, new Rejection(key, args), null, null);
        }

        public boolean isOk() {
            return translation != null;
        }
    }

    public Parsed parse(String line) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Parsed.rejected("notAnObject");
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return Parsed.rejected("invalidJson");
        }
        try {
            String id = checked(json, "id", "importId");
            String langCode = text(json, "lang");
            if (langCode == null) {
                throw new Problem("missing", "lang");
            }
            if (langCode.length() > 2) {
                throw new Problem("tooLong", "lang", 2);
            }
            Language language = Language.fromCode(langCode).orElseThrow(() -> new Problem("unknownLanguage", langCode));
            ArticleKind kind = kind(json);
            String title = checked(json, "title", "title");
            // A document may be its summary and files alone.
            String body = kind == ArticleKind.DOCUMENT ? Objects.requireNonNullElse(optional(json, "body", "body"), "")
                    : checked(json, "body", "body");
            String category = kind.hasCategory() ? checked(json, "category", "category") : null;
            String parent = kind == ArticleKind.PAGE ? optional(json, "parent", "parent") : null;
            String summary = checked(json, "summary", "summary");
            String author = checked(json, "author", "author");
            String published = text(json, "publishedAt");
            if (published != null && published.length() > 64) {
                throw new Problem("tooLong", "publishedAt", 64);
            }
            Instant publishedAt = published == null ? null : instant(published);
            DocumentLine document = kind == ArticleKind.DOCUMENT ? document(json) : null;
            String slug = text(json, "slug");
            if (slug != null && !Slugs.isWellFormed(slug)) {
                throw new Problem("badSlug", slug.length() > 60 ? slug.substring(0, 60) + "…" : slug);
            }
            String updated = text(json, "updatedAt");
            if (updated != null && updated.length() > 64) {
                throw new Problem("tooLong", "updatedAt", 64);
            }
            return Parsed.ok(new ImportedTranslation(kind, id, language, title, summary, body, category, publishedAt,
                    author, parent, slug, status(json), updated == null ? null : instant(updated)), document);
        } catch (Problem problem) {
            return new Parsed(null, problem.rejection, idOf(json), null);
        }
    }

    /**
     * An ISO-8601 time; without an offset it is read in the site's time zone, as an editor in
     * Hanoi would mean it.
     */
    private Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(siteZone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(siteZone).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new Problem("badDate", text);
                }
            }
        }
    }

    /** {@code published} (the default), {@code unpublished} or {@code draft}: whether the line is public. */
    private static TranslationStatus status(JsonObject json) {
        String status = text(json, "status");
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "published" -> TranslationStatus.PUBLISHED;
            case "unpublished" -> TranslationStatus.UNPUBLISHED;
            case "draft" -> TranslationStatus.DRAFT;
            default -> throw new Problem("badStatus", status.length() > 40 ? status.substring(0, 40) + "…" : status);
        };
    }

    /** The line's id, when it has a usable one, so a rejection can name the article. */
    private static String idOf(JsonObject json) {
        JsonValue id = json.get("id");
        if (id instanceof JsonString text && text.getString().length() <= ArticleConstraints.IMPORT_ID) {
            return text.getString();
        }
        return null;
    }

    private static ArticleKind kind(JsonObject json) {
        String type = text(json, "type");
        if (type == null) {
            return ArticleKind.ARTICLE;
        }
        return ArticleKind.fromWord(type)
                .orElseThrow(() -> new Problem("unknownType", type.length() > 40 ? type.substring(0, 40) + "…" : type));
    }

    /** A document's register entry and files. */
    private DocumentLine document(JsonObject json) {
        String number = text(json, "number");
        if (number == null) {
            throw new Problem("missing", "number");
        }
        if (!DocumentNumbers.isWellFormed(number)) {
            throw new Problem("badNumber", number.length() > 60 ? number.substring(0, 60) + "…" : number);
        }
        String type = name(json, "documentType", true);
        String issuer = name(json, "issuer", true);
        String field = name(json, "field", false);
        String signer = name(json, "signer", false);
        LocalDate issued = day(json, "issuedAt");
        if (issued == null) {
            throw new Problem("missing", "issuedAt");
        }
        return new DocumentLine(number, type, issuer, field, signer, issued, day(json, "effectiveAt"),
                day(json, "expiredAt"), files(json));
    }

    /** A name of a type, an issuer, a field or a signer: at most 120 characters. */
    private static String name(JsonObject json, String field, boolean required) {
        String name = text(json, field);
        if (name == null && required) {
            throw new Problem("missing", field);
        }
        if (name != null && name.length() > 120) {
            throw new Problem("tooLong", field, 120);
        }
        return name;
    }

    /** A day ({@code 2024-03-15}, or a time, whose day in the site's zone counts); null when absent. */
    private LocalDate day(JsonObject json, String field) {
        String text = text(json, field);
        if (text == null) {
            return null;
        }
        if (text.length() > 64) {
            throw new Problem("tooLong", field, 64);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            try {
                return instant(text).atZone(siteZone).toLocalDate();
            } catch (Problem notATime) {
                throw new Problem("badDay", field, text);
            }
        }
    }

    private static List<DocumentLine.FileLine> files(JsonObject json) {
        JsonValue value = json.get("files");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().size() > Attachments.MAX_PER_ARTICLE) {
            throw new Problem("badFiles", Attachments.MAX_PER_ARTICLE);
        }
        List<DocumentLine.FileLine> files = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Problem("badFiles", Attachments.MAX_PER_ARTICLE);
            }
            JsonObject file = item.asJsonObject();
            String title = text(file, "title");
            if (title != null && title.length() > 300) {
                throw new Problem("tooLong", "files.title", 300);
            }
            String url = text(file, "url");
            String path = text(file, "path");
            if (url == null && path == null) {
                throw new Problem("missing", "files.url");
            }
            if (path != null && path.length() > 1000) {
                throw new Problem("tooLong", "files.path", 1000);
            }
            files.add(new DocumentLine.FileLine(title, url == null ? null : webAddress(url), url == null ? path : null));
        }
        return List.copyOf(files);
    }

    private static URI webAddress(String url) {
        try {
            URI uri = new URI(url);
            if (url.length() <= 1000 && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException notAnAddress) {
            // said below
        }
        throw new Problem("badFileUrl", url.length() > 100 ? url.substring(0, 100) + "…" : url);
    }

    /** An optional field's text (null when absent), checked for length only. */
    private String optional(JsonObject json, String field, String property) {
        return text(json, field) == null ? null : checked(json, field, property);
    }

    /** The field's text, checked against the constraint on {@code property} of {@link ImportedTranslation}. */
    private String checked(JsonObject json, String field, String property) {
        String value = text(json, field);
        validator.validateValue(ImportedTranslation.class, property, value).stream().findFirst().ifPresent(violation -> {
            if (ArticleConstraints.TOO_LONG.equals(violation.getMessage())) {
                throw new Problem("tooLong", field, violation.getConstraintDescriptor().getAttributes().get("max"));
            }
            throw new Problem("missing", field);
        });
        return value;
    }

    /** The field's text, NFC and stripped; null when absent, null or empty. */
    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new Problem("notAString", field);
        }
        String text = Normalizer.normalize(((JsonString) value).getString(), Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    private static final class Problem extends RuntimeException {
        private final transient Rejection rejection;

        Problem(String key, Object... args) {
            super(key, null, false, false);
            this.rejection = new Rejection(key, args);
        }
    }
}
