package vn.saola.content;

/**
 * Whether the public may see an article: only {@code PUBLISHED} ones whose time has come. A
 * {@code TRASHED} one is deleted but restorable: nobody sees it but the trash.
 */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    TRASHED
}
