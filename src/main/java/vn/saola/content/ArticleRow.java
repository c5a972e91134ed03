package vn.saola.content;

import java.time.Instant;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * A line of the editors' article list. {@code titleLanguage} is the language the title is in:
 * the editor's own where it exists, else the other one (and the list marks it). Each language has
 * two badges: how its words stand against the other's ({@code translations}) and whether the public
 * sees them ({@code publications}).
 */
public record ArticleRow(long id, String title, Language titleLanguage, String category, EditorialStatus status,
        Instant publishedAt, String author, Map<Language, TranslationState> translations,
        Map<Language, PublicationState> publications) {

    public TranslationState state(Language language) {
        return translations.getOrDefault(language, TranslationState.MISSING);
    }

    /** Null where the language is missing. */
    public PublicationState publication(Language language) {
        return publications.get(language);
    }
}
