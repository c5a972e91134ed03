package vn.saola.content;

import java.time.Instant;
import java.util.Map;

import vn.saola.i18n.Language;

/** Where a visible article lives in each language it is published in, and when each was last changed. */
public record PublishedArticle(long articleId, Map<Language, String> paths, Map<Language, Instant> updated) {
}
