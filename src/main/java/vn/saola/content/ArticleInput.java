package vn.saola.content;

/** What an article's translations share, as an editor sent it (already validated). */
public record ArticleInput(long categoryId, String author) {
}
