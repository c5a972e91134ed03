package vn.saola.platform;

/** Cells of the CSV files administrators download (statistics, the audit log), for spreadsheets to open safely. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quoted, quotes doubled; a leading = + - @ is defused so a spreadsheet never runs a title as a formula. */
    public static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
