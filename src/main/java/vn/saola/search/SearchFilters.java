package vn.saola.search;

import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;

/** What narrows a search: a language (null = all), news or pages (null = both), a category, a year of publication. */
public record SearchFilters(Language language, ArticleKind kind, Long categoryId, Integer year) {

    public static SearchFilters in(Language language) {
        return new SearchFilters(language, null, null, null);
    }
}
