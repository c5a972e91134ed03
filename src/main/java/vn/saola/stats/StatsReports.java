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
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
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

    /** The last 30 days, the last 12 months and every year since the first view. */
    public record Charts(Table daily, Table monthly, Table yearly) {
    }

    @Inject
    StatsStore store;

    /** All three from one read of the day rows (the years need them all; days and months are the end of them). */
    public Charts charts(long articleId, LocalDate today, Formats formats) {
        LocalDate first = store.firstDay(articleId);
        List<DayFigures> days = first == null ? List.of() : store.daily(articleId, first, today);

        Map<String, long[]> daily = new LinkedHashMap<>();
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            daily.put(formats.shortDate(day), new long[2]);
        }
        add(daily, days, formats::shortDate);

        // Visitors of a month or a year are its days' visitors added up.
        Map<String, long[]> monthly = new LinkedHashMap<>();
        YearMonth thisMonth = YearMonth.from(today);
        for (YearMonth month = thisMonth.minusMonths(MONTHS - 1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            monthly.put(formats.month(month), new long[2]);
        }
        add(monthly, days, day -> formats.month(YearMonth.from(day)));

        Map<String, long[]> yearly = new LinkedHashMap<>();
        for (int year = first == null ? today.getYear() : first.getYear(); year <= today.getYear(); year++) {
            yearly.put(String.valueOf(year), new long[2]);
        }
        add(yearly, days, day -> String.valueOf(day.getYear()));

        Language language = formats.language();
        return new Charts(table(daily, formats, Messages.get(language, "stats.daily")),
                table(monthly, formats, Messages.get(language, "stats.monthly")),
                table(yearly, formats, Messages.get(language, "stats.yearly")));
    }

    /** Adds each day to the line its label names; days outside the table's lines are left out. */
    private static void add(Map<String, long[]> lines, List<DayFigures> days, Function<LocalDate, String> label) {
        for (DayFigures day : days) {
            long[] sums = lines.get(label.apply(day.day()));
            if (sums != null) {
                sums[0] += day.views();
                sums[1] += day.visitors();
            }
        }
    }

    private static Table table(Map<String, long[]> sums, Formats formats, String title) {
        List<Line> lines = new ArrayList<>();
        sums.forEach((label, v) -> lines.add(new Line(label, v[0], v[1])));
        Language language = formats.language();
        String svg = BarChart.svg(title, lines.stream().map(Line::label).toList(), List.of(
                new BarChart.Series(Messages.get(language, "stats.views"), lines.stream().map(Line::views).toList()),
                new BarChart.Series(Messages.get(language, "stats.visitors"), lines.stream().map(Line::visitors).toList())),
                formats::number);
        return new Table(svg, lines);
    }
}
