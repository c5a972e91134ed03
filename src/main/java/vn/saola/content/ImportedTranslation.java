package vn.saola.content;

import java.time.Instant;

import vn.saola.i18n.Language;

/** One language of one article as it comes from outside (an import line, the demo content): already validated. */
public record ImportedTranslation(String importId, Language language, String title, String summary, String body,
        String category, Instant publishedAt, String author) {
}
