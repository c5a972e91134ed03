package vn.saola.i18n;

import java.text.DecimalFormatSymbols;
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
    private final char thousands;
    private final char decimal;

    public Formats(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
        this.thousands = symbols.getGroupingSeparator();
        this.decimal = symbols.getDecimalSeparator();
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

    /**
     * Thousands grouped the language's way (Vietnamese with a dot: 81.861). By hand, because a
     * NumberFormat made for each number cost a tenth of a kept page's answer, whose counters are
     * written at every answer.
     */
    public String number(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
        int first = length % 3 == 0 ? 3 : length % 3;
        grouped.append(digits, 0, sign + first);
        for (int at = sign + first; at < digits.length(); at += 3) {
            grouped.append(thousands).append(digits, at, at + 3);
        }
        return grouped.toString();
    }

    /**
     * A file's size as a reader takes it in: {@code 1,2 MB} in Vietnamese and {@code 1.2 MB} in
     * English from 1 MB on (one decimal below 10 MB), whole kilobytes below, at least {@code 1 KB}.
     */
    public String fileSize(long bytes) {
        long kb = (bytes + 1023) / 1024;
        if (kb < 1024) {
            return number(Math.max(1, kb)) + " KB";
        }
        long tenthsOfMb = Math.round(bytes * 10.0 / (1024 * 1024));
        if (tenthsOfMb >= 100) {
            return number(Math.round(tenthsOfMb / 10.0)) + " MB";
        }
        return tenthsOfMb / 10 + (tenthsOfMb % 10 == 0 ? "" : decimal + String.valueOf(tenthsOfMb % 10)) + " MB";
    }

    public Language language() {
        return language;
    }
}
