package vn.saola.editorial;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.FormParam;

import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleInput;
import vn.saola.content.TranslationInput;
import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;

/**
 * The article form as sent: one language's words plus what translations share. Its fields carry
 * the constraints content declares for every way in ({@link ArticleConstraints}); Krazo checks
 * them and hands the violations to the controller ({@code BindingResult}), which shows them field
 * by field in the editor's language. It gives back what was typed, so a refused form comes back
 * as the editor left it.
 */
public class ArticleForm {

    /** The fields in the order the form shows them, for its list of problems. */
    private static final List<String> FIELDS = List.of("title", "slug", "summary", "body", "category", "parent", "author");
    private static final String ID = "\\s*(?:[0-9]{1,18})?\\s*";
    /** A constraint's word → the end of the editor's message key ({@code editor.error.titleRequired}…). */
    private static final Map<String, String> KEY_ENDINGS = Map.of(
            ArticleConstraints.REQUIRED, "Required", ArticleConstraints.TOO_LONG, "Long", ArticleConstraints.MALFORMED, "");

    @MvcBinding
    @FormParam("title")
    @ArticleConstraints.Title
    String title;
    @MvcBinding
    @FormParam("slug")
    @ArticleConstraints.Slug
    String slug;
    @MvcBinding
    @FormParam("summary")
    @ArticleConstraints.Summary
    String summary;
    @MvcBinding
    @FormParam("body")
    @ArticleConstraints.Body
    String body;
    /** News only: required there ({@link #problems}), absent from a page's form. */
    @MvcBinding
    @FormParam("category")
    @Pattern(regexp = ID, message = ArticleConstraints.MALFORMED)
    String category;
    /** Pages only: the page this one sits under; empty for a top page. */
    @MvcBinding
    @FormParam("parent")
    @Pattern(regexp = ID, message = ArticleConstraints.MALFORMED)
    String parent;
    @MvcBinding
    @FormParam("author")
    @ArticleConstraints.Author
    String author;
    @FormParam("publishAt")
    String publishAt;
    /** News only: a checkbox, "on" when ticked. */
    @FormParam("featured")
    String featured;
    @FormParam("pinnedUntil")
    String pinnedUntil;
    @FormParam("version")
    String version;
    @FormParam("sourceRevision")
    String sourceRevision;
    @FormParam("action")
    String action;

    /** The form filled from what is stored (a translation may be missing: then its words are empty). */
    /**
     * The form as stored; for a contributor ({@code proposing}) whose edit of published words awaits
     * approval, that edit, so that they go on with it rather than start again from the public words.
     */
    static Map<String, String> values(ArticleDraft draft, Language language, Formats formats, boolean proposing) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("category", draft.categoryId() == null ? "" : String.valueOf(draft.categoryId()));
        values.put("parent", draft.parentId() == null ? "" : String.valueOf(draft.parentId()));
        values.put("author", draft.author() == null ? "" : draft.author());
        values.put("publishAt", formats.localInput(draft.publishedAt()));
        values.put("featured", draft.featured() ? "on" : "");
        values.put("pinnedUntil", formats.localInput(draft.pinnedUntil()));
        draft.translation(language).ifPresentOrElse(t -> {
            boolean pending = proposing && t.review().hasPendingEdit();
            values.put("title", pending ? t.review().pendingTitle() : t.title());
            values.put("slug", t.slug());
            String summary = pending ? t.review().pendingSummary() : t.summary();
            values.put("summary", summary == null ? "" : summary);
            values.put("body", pending ? t.review().pendingBodyHtml() : t.bodyHtml());
            values.put("version", String.valueOf(t.version()));
        }, () -> {
            values.put("title", "");
            values.put("slug", "");
            values.put("summary", "");
            values.put("body", "");
            values.put("version", "");
        });
        return values;
    }

    /** What the editor typed, for showing the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", text(title));
        values.put("slug", text(slug));
        values.put("summary", text(summary));
        values.put("body", text(body));
        values.put("category", text(category));
        values.put("parent", text(parent));
        values.put("author", text(author));
        values.put("publishAt", text(publishAt));
        values.put("featured", text(featured));
        values.put("pinnedUntil", text(pinnedUntil));
        values.put("version", text(version));
        values.put("sourceRevision", text(sourceRevision));
        return values;
    }

    /**
     * Field name → message key of what is wrong; empty when the form can be saved.
     *
     * @param violations field name → the word of the constraint it breaks (see {@link ArticleConstraints})
     */
    Map<String, String> problems(Map<String, String> violations, boolean withCategory, ZoneId zone, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String word = violations.get(field);
            if (word != null) {
                problems.put(field, "editor.error." + field + KEY_ENDINGS.getOrDefault(word, ""));
            }
        }
        if (withCategory && categoryId() == null) {
            problems.putIfAbsent("category", "editor.error.category");
        }
        if ("schedule".equals(action)) {
            Instant at = publishAt(zone);
            if (at == null) {
                problems.put("publishAt", "editor.error.publishAt");
            } else if (!at.isAfter(now)) {
                problems.put("publishAt", "editor.error.publishAtPast");
            }
        } else if (!text(publishAt).isBlank() && publishAt(zone) == null) {
            problems.put("publishAt", "editor.error.publishAt");
        }
        if (!text(pinnedUntil).isBlank() && localTime(pinnedUntil, zone) == null) {
            problems.put("pinnedUntil", "editor.error.pinnedUntil");
        }
        return problems;
    }

    /** What the translations share; times typed in the form are read in {@code zone}. */
    ArticleInput shared(ZoneId zone) {
        return new ArticleInput(categoryId(), number(parent), nfc(author), "on".equals(featured),
                localTime(pinnedUntil, zone));
    }

    TranslationInput words() {
        return new TranslationInput(nfc(title), text(slug).strip(), nfc(summary), text(body));
    }

    Long categoryId() {
        return number(category);
    }

    /** The version the form was made from; -1 (matching nothing) when it is missing or garbled. */
    long expectedVersion() {
        Long number = number(version);
        return number == null ? -1 : number;
    }

    Integer sourceRevision() {
        Long number = number(sourceRevision);
        return number == null || number > Integer.MAX_VALUE ? null : number.intValue();
    }

    Instant publishAt(ZoneId zone) {
        return localTime(publishAt, zone);
    }

    /** A {@code datetime-local} value read in the site's time zone; null when empty or malformed. */
    static Instant localTime(String value, ZoneId zone) {
        if (text(value).isBlank() || value.length() > 40) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    String action() {
        return action == null ? "save" : action;
    }

    private static Long number(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String nfc(String value) {
        return Normalizer.normalize(text(value), Normalizer.Form.NFC).strip();
    }
}
