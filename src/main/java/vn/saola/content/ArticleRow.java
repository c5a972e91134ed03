package vn.saola.content;

import java.time.Instant;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * A line of the editors' article list. {@code titleLanguage} is the language the title is in:
 * the editor's own where it exists, else the other one (and the list marks it).
 */
public record ArticleRow(long id, String title, Language titleLanguage, String category, EditorialStatus status,
        Instant publishedAt, String author, Map<Language, TranslationState> translations) {

    public TranslationState state(Language language) {
        return translations.getOrDefault(language, TranslationState.MISSING);
    }
}
