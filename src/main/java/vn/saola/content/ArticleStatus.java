package vn.saola.content;

/** Whether the public may see an article: only {@code PUBLISHED} ones whose time has come. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
