package vn.saola.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The days a statistics table covers: today, this month, this year, all time or a chosen range. */
public record StatsPeriod(String name, LocalDate from, LocalDate to) {

    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    static final int LONGEST_RANGE_DAYS = 366 * 20;

    /** Thrown for a period that cannot be read; {@code key} is the message that says why. */
    public static final class Invalid extends Exception {
        public final String key;

        public Invalid(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    public static StatsPeriod of(String name, String from, String to, LocalDate today) throws Invalid {
        String chosen = name == null || name.isEmpty() ? "month" : name;
        return switch (chosen) {
            case "today" -> new StatsPeriod(chosen, today, today);
            case "month" -> new StatsPeriod(chosen, Days.monthStart(today), today);
            case "year" -> new StatsPeriod(chosen, Days.yearStart(today), today);
            case "all" -> new StatsPeriod(chosen, BEGINNING, today);
            case "range" -> range(from, to);
            default -> throw new Invalid("stats.error.period");
        };
    }

    public static StatsPeriod range(String from, String to) throws Invalid {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new Invalid("stats.error.order");
        }
        if (start.plusDays(LONGEST_RANGE_DAYS).isBefore(end)) {
            throw new Invalid("stats.error.tooLong");
        }
        return new StatsPeriod("range", start, end);
    }

    private static LocalDate date(String text) throws Invalid {
        if (text == null || text.length() != 10) {
            throw new Invalid("stats.error.date");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid("stats.error.date");
        }
    }
}
