package vn.saola.content;

/** A page in the editors' list of pages: its row, and how deep it sits (1 for a top page). */
public record PageRow(int depth, ArticleRow row) {
}
