package vn.saola.content;

import java.time.Instant;

/** An article, page or document in the trash: its title (in the editor's language where it has one), who put it there and when, and when it goes for good. */
public record TrashRow(long id, ArticleKind kind, String title, Instant trashedAt, String trashedBy, Instant purgedAt) {
}
