package vn.saola.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.i18n.Formats;
import vn.saola.stats.StatsStore.DayFigures;

/** The tables (and the charts drawn from them) of the statistics pages: by day, month and year. */
@ApplicationScoped
public class StatsReports {

    static final int DAYS = 30;
    static final int MONTHS = 12;

    /** One line of a table, and one group of bars. */
    public record Line(String label, long views, long visitors) {
    }

    /** A table with its chart. */
    public record Table(String svg, List<Line> lines) {
    }

    @Inject
    StatsStore store;

    /** The last 30 days, today included, every day (zero where nothing was counted). */
    Table daily(long articleId, LocalDate today, Formats formats, String title, String viewsName, String visitorsName) {
        Map<LocalDate, DayFigures> counted = byDay(store.daily(articleId, today.minusDays(DAYS - 1), today));
        Map<String, long[]> lines = new LinkedHashMap<>();
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            DayFigures f = counted.get(day);
            lines.put(formats.shortDate(day), f == null ? new long[2] : new long[] { f.views(), f.visitors() });
        }
        return table(lines, formats, title, viewsName, visitorsName);
    }

    /** The last 12 months, this one included. Visitors of a month are its days' visitors added up. */
    Table monthly(long articleId, LocalDate today, Formats formats, String title, String viewsName, String visitorsName) {
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
        Map<String, long[]> lines = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            lines.put(formats.month(month), new long[2]);
        }
        add(lines, store.daily(articleId, first.atDay(1), today), day -> formats.month(YearMonth.from(day)));
        return table(lines, formats, title, viewsName, visitorsName);
    }

    /** Every year since the first view. */
    Table yearly(long articleId, LocalDate today, Formats formats, String title, String viewsName, String visitorsName) {
        LocalDate first = store.firstDay(articleId);
        Map<String, long[]> lines = new LinkedHashMap<>();
        int from = first == null ? today.getYear() : first.getYear();
        for (int year = from; year <= today.getYear(); year++) {
            lines.put(String.valueOf(year), new long[2]);
        }
        if (first != null) {
            add(lines, store.daily(articleId, first, today), day -> String.valueOf(day.getYear()));
        }
        return table(lines, formats, title, viewsName, visitorsName);
    }

    private static void add(Map<String, long[]> lines, List<DayFigures> days, Function<LocalDate, String> label) {
        for (DayFigures day : days) {
            long[] sums = lines.get(label.apply(day.day()));
            if (sums != null) {
                sums[0] += day.views();
                sums[1] += day.visitors();
            }
        }
    }

    private static Map<LocalDate, DayFigures> byDay(List<DayFigures> days) {
        Map<LocalDate, DayFigures> map = new LinkedHashMap<>();
        days.forEach(d -> map.put(d.day(), d));
        return map;
    }

    private static Table table(Map<String, long[]> sums, Formats formats, String title, String viewsName,
            String visitorsName) {
        List<Line> lines = new ArrayList<>();
        sums.forEach((label, v) -> lines.add(new Line(label, v[0], v[1])));
        String svg = BarChart.svg(title, lines.stream().map(Line::label).toList(), List.of(
                new BarChart.Series(viewsName, lines.stream().map(Line::views).toList()),
                new BarChart.Series(visitorsName, lines.stream().map(Line::visitors).toList())), formats::number);
        return new Table(svg, lines);
    }
}
