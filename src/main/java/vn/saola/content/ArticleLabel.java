package vn.saola.content;

import java.util.Map;

import vn.saola.i18n.Language;

/** An article as lists outside the content pages name it: its titles and page paths per language. */
public record ArticleLabel(long articleId, String importId, Map<Language, String> titles, Map<Language, String> paths) {

    void add(Language language, String title, String path) {
        titles.put(language, title);
        paths.put(language, path);
    }

    /** The public id (import id, else own id), as the API takes it. */
    public String publicId() {
        return importId != null ? importId : String.valueOf(articleId);
    }

    /** The title in the language asked for, else in the other one. */
    public String title(Language language) {
        return titles.getOrDefault(language, titles.getOrDefault(language.other(), "#" + articleId));
    }
}
