package vn.saola.content;

import vn.saola.i18n.Language;

/**
 * Where the library's image is shown: an article, page or document (by id, in the title of the
 * editor's language where it has one; {@code trashed} while it waits in the trash, which still
 * counts: it may come back), or the site's logo ({@code articleId} 0).
 */
public record ImageUse(long articleId, String title, Language language, ArticleKind kind, boolean trashed) {

    static final long LOGO = 0;

    public boolean isLogo() {
        return articleId == LOGO;
    }
}
