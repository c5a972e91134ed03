package vn.saola.content;

import java.time.Instant;

/**
 * What an item's translations share, as an editor sent it (already validated): the category of
 * news, the parent of a page (null: a top page), the byline, and where the home page shows news
 * (featured; pinned to the top until a time, or null).
 */
public record ArticleInput(Long categoryId, Long parentId, String author, boolean featured, Instant pinnedUntil) {
}
