package vn.saola.content;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

/** Someone else saved the same thing (a translation, the site's identity) after the editor opened it: this save is refused, not merged. */
public class EditConflict extends RuntimeException {

    private final String savedBy;

    public EditConflict(String savedBy) {
        super("edit conflict", null, false, false);
        this.savedBy = savedBy;
    }

    /** Who saved the version now stored (null if unknown). */
    public String savedBy() {
        return savedBy;
    }

    /**
     * Runs a save that checked the version it was given: two saves that passed that check together
     * are told apart by the database's own version check at commit, whatever exception wraps it on
     * the way out. That failure is a conflict too.
     */
    static void whenStale(Runnable save) {
        whenStale(() -> {
            save.run();
            return null;
        });
    }

    /** As {@link #whenStale(Runnable)}, for a save that answers something. */
    static <T> T whenStale(java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                    throw new EditConflict(null);
                }
            }
            throw failure;
        }
    }
}
