package vn.saola.content;

/**
 * What an item's translations share, as an editor sent it (already validated): the category of
 * news, the parent of a page (null: a top page), the byline.
 */
public record ArticleInput(Long categoryId, Long parentId, String author) {
}
