package vn.saola.content;

import java.time.Instant;

/**
 * An article as a list shows it: title and link, date, summary, category, and its featured image
 * ({@code /uploads/…}, or null).
 */
public record ArticleCard(long articleId, String title, String url, Instant publishedAt, String summary,
        String categoryName, String categoryUrl, String image) {
}
