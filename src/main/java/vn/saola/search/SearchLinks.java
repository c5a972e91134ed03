package vn.saola.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;

/** Addresses of search pages that keep the visitor's query and filters: pagination, the folded spelling. */
public record SearchLinks(Language language, String q, ArticleKind kind, String category, Integer year,
        boolean everyLanguage) {

    public String page(int number) {
        return page(language, q, kind, category, year, everyLanguage, number);
    }

    public String withQuery(String otherQuery) {
        return page(language, otherQuery, kind, category, year, everyLanguage, 1);
    }

    public static String page(Language language, String q, ArticleKind kind, String category, Integer year,
            boolean everyLanguage, int number) {
        StringBuilder url = new StringBuilder(language.searchPath());
        char separator = '?';
        if (q != null && !q.isBlank()) {
            url.append(separator).append("q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (kind != null) {
            url.append(separator).append("type=").append(kind.word());
            separator = '&';
        }
        if (category != null) {
            url.append(separator).append("category=").append(category);
            separator = '&';
        }
        if (year != null) {
            url.append(separator).append("year=").append(year);
            separator = '&';
        }
        if (everyLanguage) {
            url.append(separator).append("scope=all");
            separator = '&';
        }
        if (number > 1) {
            url.append(separator).append("page=").append(number);
        }
        return url.toString();
    }
}
