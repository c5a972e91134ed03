package vn.saola.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.saola.platform.CsvCells;

/**
 * The audit log as a spreadsheet: one row a line, the time in the site's zone, the action by the
 * name the page gives it. UTF-8 with a byte order mark, which Excel needs to read Vietnamese.
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StringBuilder csv;
    private final ZoneId zone;

    /** @param header the column names, already comma-separated */
    public AuditCsv(String header, ZoneId zone) {
        this.csv = new StringBuilder("\uFEFF").append(header).append("\r\n");
        this.zone = zone;
    }

    /** Adds a line; {@code actionName} is its action as the reader's language names it. */
    public void add(AuditView line, String actionName) {
        csv.append(TIME.format(line.at().atZone(zone))).append(',')
                .append(CsvCells.quote(line.actor())).append(',')
                .append(CsvCells.quote(actionName)).append(',')
                .append(CsvCells.quote(line.subject() == null ? "" : line.subject())).append(',')
                .append(CsvCells.quote(line.label() == null ? "" : line.label())).append(',')
                .append(CsvCells.quote(line.details() == null ? "" : line.details())).append("\r\n");
    }

    @Override
    public String toString() {
        return csv.toString();
    }
}
