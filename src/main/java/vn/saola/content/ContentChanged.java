package vn.saola.content;

/**
 * Fired (as a CDI event) after every change to content has been committed, so that features
 * holding something derived from content — search results in memory, say — can let it go.
 *
 * @param madeHere whether the change was made through this node (else another node made it and
 *        this one was told, see {@link ChangesAcrossNodes})
 */
public record ContentChanged(boolean madeHere) {

    public static ContentChanged here() {
        return new ContentChanged(true);
    }

    public static ContentChanged elsewhere() {
        return new ContentChanged(false);
    }
}
