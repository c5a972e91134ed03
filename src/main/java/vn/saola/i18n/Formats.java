package vn.saola.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and numbers the way a reader of one language expects them, in the site's time zone:
 * {@code 24/11/2026} and {@code 81.861} in Vietnamese, {@code 24 November 2026} and {@code 81,861} in English.
 */
public final class Formats {

    private final Language language;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        if (language == Language.VI) {
            this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy", language.locale());
            this.dateTime = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", language.locale());
        } else {
            this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
            this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale());
        }
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone));
    }

    /** Machine-readable form for {@code <time datetime>}, with the site's offset. */
    public String isoDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    /** The value of a {@code datetime-local} field for {@code instant}, in the site's time zone. */
    public String localInput(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public String day(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** A day on a chart's axis: {@code 24/11} or {@code 24 Nov}. */
    public String shortDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(language == Language.VI ? "dd/MM" : "d MMM", language.locale()).format(day);
    }

    /** A month on a chart's axis: {@code 11/2026} or {@code Nov 2026}. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(language == Language.VI ? "MM/yyyy" : "MMM yyyy", language.locale())
                .format(month);
    }

    public String number(long value) {
        // Vietnamese groups thousands with a dot: 81.861
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    public Language language() {
        return language;
    }
}
