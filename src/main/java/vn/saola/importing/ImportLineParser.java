package vn.saola.importing;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import vn.saola.content.ImportedTranslation;
import vn.saola.i18n.Language;

/**
 * Reads one line of the import format
 * ({@code {"id","lang","title","body","category","publishedAt"?,"author"?}}) into a validated
 * translation, or says in words why the line cannot be imported.
 */
public final class ImportLineParser {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_ID = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_CATEGORY = 200;
    static final int MAX_AUTHOR = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY = 1_000_000;

    private final ZoneId siteZone;

    public ImportLineParser(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** The outcome for one line: exactly one of {@code translation} and {@code problem} is set. */
    public record Parsed(ImportedTranslation translation, Rejection problem, String id) {
        static Parsed ok(ImportedTranslation translation) {
            return new Parsed(translation, null, translation.importId());
        }

        static Parsed rejected(String key, Object... args) {
            return new Parsed(null, new Rejection(key, args), null);
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
            String id = required(json, "id", MAX_ID);
            String langCode = required(json, "lang", 2);
            Language language = Language.fromCode(langCode)
                    .orElseThrow(() -> new Problem("unknownLanguage", langCode));
            String title = required(json, "title", MAX_TITLE);
            String body = required(json, "body", MAX_BODY);
            String category = required(json, "category", MAX_CATEGORY);
            String summary = optional(json, "summary", MAX_SUMMARY);
            String author = optional(json, "author", MAX_AUTHOR);
            String published = optional(json, "publishedAt", 64);
            Instant publishedAt = published == null ? null : instant(published);
            return Parsed.ok(new ImportedTranslation(id, language, title, summary, body, category, publishedAt,
                    author));
        } catch (Problem problem) {
            return new Parsed(null, problem.rejection, idOf(json));
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

    /** The line's id, when it has a usable one, so a rejection can name the article. */
    private static String idOf(JsonObject json) {
        JsonValue id = json.get("id");
        if (id instanceof JsonString text && text.getString().length() <= MAX_ID) {
            return text.getString();
        }
        return null;
    }

    private static String required(JsonObject json, String field, int maxLength) {
        String value = optional(json, field, maxLength);
        if (value == null) {
            throw new Problem("missing", field);
        }
        return value;
    }

    private static String optional(JsonObject json, String field, int maxLength) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new Problem("notAString", field);
        }
        String text = Normalizer.normalize(((JsonString) value).getString(), Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new Problem("tooLong", field, maxLength);
        }
        return text;
    }

    private static final class Problem extends RuntimeException {
        private final transient Rejection rejection;

        Problem(String key, Object... args) {
            super(key, null, false, false);
            this.rejection = new Rejection(key, args);
        }
    }
}
