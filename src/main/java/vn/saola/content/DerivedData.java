package vn.saola.content;

import org.hibernate.Session;

/**
 * Something another feature derives from content and keeps in a store of its own (the search
 * index), which may catch up with a large batch of changes after the batch's transaction instead
 * of within it. Content calls it without knowing what it is; the feature implements it as a bean.
 */
public interface DerivedData {

    /**
     * A batch is about to be written in {@code session}.
     *
     * @param whenCaughtUp to run once the derived store shows the batch, if it catches up later
     *        (when it catches up within the transaction, the change is announced anyway)
     */
    void catchUpAfter(Session session, Runnable whenCaughtUp);

    /** A category was renamed in {@code session}: what was derived from its articles carries the old name. */
    void categoryRenamed(Session session, long categoryId);
}
