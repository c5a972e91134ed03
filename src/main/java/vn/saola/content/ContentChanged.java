package vn.saola.content;

/**
 * Fired (as a CDI event) after every change to content has been committed, so that features
 * holding something derived from content — search results in memory, say — can let it go.
 */
public record ContentChanged() {
}
