package vn.saola.content;

/** Someone else saved the same translation after the editor opened it: their save is refused, not merged. */
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
}
