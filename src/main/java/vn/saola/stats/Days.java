package vn.saola.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Which day a view belongs to, and the periods the figures are summed over, in the site's time zone. */
public record Days(ZoneId zone) {

    LocalDate dayOf(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    public static LocalDate monthStart(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    static LocalDate yearStart(LocalDate day) {
        return day.withDayOfYear(1);
    }
}
