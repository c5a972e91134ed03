package vn.saola.stats;

/** The counter widget's numbers: views today, this month, this year and in all, and visitors in all. */
public record ViewFigures(long today, long month, long year, long total, long visitors) {

    static final ViewFigures NONE = new ViewFigures(0, 0, 0, 0, 0);

    /** The odometer: total visitors, zero-padded to at least six digits. */
    public String odometer() {
        return String.format("%06d", visitors);
    }

    ViewFigures plusToday(long views) {
        return new ViewFigures(today + views, month + views, year + views, total + views, visitors);
    }
}
