package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.stats.ViewLedger.Batch;
import vn.saola.stats.ViewLedger.Sighting;
import vn.saola.stats.ViewLedger.ViewKey;

/** The counters' SQL on an H2 database migrated like Saola's (PostgreSQL's runs in the integration tests). */
class StatsStoreTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
    private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
    private static final LocalDate FEB_3 = LocalDate.of(2026, 2, 3);

    private String url;
    private StatsStore store;

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:mem:stats-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        store = new StatsStore() {
            @Override
            <T> T sql(Database.SqlWork<T> work) {
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            boolean postgres() {
                return false;
            }
        };
    }

    private static Batch views(Map<ViewKey, Long> views, Sighting... sightings) {
        return new Batch(views, Set.of(sightings));
    }

    @Test
    void batchesAddUpAndAVisitorCountsOnceADay() {
        store.save(views(Map.of(new ViewKey(7, JAN_5, Language.VI), 2L, new ViewKey(0, JAN_5, Language.VI), 2L),
                new Sighting(JAN_5, 7, "a"), new Sighting(JAN_5, 0, "a")));
        store.save(views(Map.of(new ViewKey(7, JAN_5, Language.VI), 3L, new ViewKey(0, JAN_5, Language.VI), 3L),
                new Sighting(JAN_5, 7, "a"), new Sighting(JAN_5, 7, "b"), new Sighting(JAN_5, 0, "a")));
        assertEquals(new ViewFigures(5, 5, 5, 5, 2), store.figures(7, JAN_5), "a and b are the article's visitors");
        assertEquals(new ViewFigures(5, 5, 5, 5, 1), store.figures(0, JAN_5), "a, seen twice, is the site's one visitor");
        assertEquals(new ViewFigures(0, 5, 5, 5, 2), store.figures(7, JAN_20), "nothing on the 20th, all in January");
        assertEquals(new ViewFigures(0, 0, 5, 5, 2), store.figures(7, FEB_3), "a new month");
        assertEquals(new ViewFigures(0, 0, 0, 5, 2), store.figures(7, LocalDate.of(2027, 1, 1)), "a new year");
        assertEquals(List.of(new StatsStore.DayFigures(JAN_5, 5, 2)), store.daily(7, JAN_5, JAN_20));
    }

    @Test
    void aDayHasOneSaltMadeAheadAndTheDayBeforesIsForgotten() {
        String salt = store.saltOf(JAN_5);
        assertEquals(salt, store.saltOf(JAN_5));
        String next = store.saltOf(JAN_5.plusDays(1));
        assertNotEquals(salt, next);
        assertEquals(salt, store.saltOf(JAN_5), "making tomorrow's ahead leaves today's alone");
        store.forgetBefore(JAN_5.plusDays(1));
        assertEquals(next, store.saltOf(JAN_5.plusDays(1)));
        assertEquals(1L, (long) store.sql(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM visitor_salt")) {
                rows.next();
                return rows.getLong(1);
            }
        }), "only today's salt is kept");
    }

    @Test
    void retentionFoldsOldArticleDaysIntoTheirMonthAndKeepsEveryTotal() {
        store.save(views(Map.of(
                new ViewKey(7, JAN_5, Language.VI), 3L, new ViewKey(7, JAN_20, Language.VI), 2L,
                new ViewKey(7, FEB_3, Language.EN), 1L,
                new ViewKey(0, JAN_5, Language.VI), 3L, new ViewKey(0, JAN_20, Language.VI), 2L),
                new Sighting(JAN_5, 7, "a"), new Sighting(JAN_20, 7, "a")));
        store.save(views(Map.of(new ViewKey(7, LocalDate.of(2025, 12, 24), Language.VI), 4L)));
        int months = 0;
        while (store.foldOldestMonthBefore(LocalDate.of(2026, 2, 1))) {
            months++;
        }
        assertEquals(2, months, "December, then January: one month a transaction");
        assertEquals(List.of(new StatsStore.DayFigures(LocalDate.of(2025, 12, 1), 4, 0)),
                store.daily(7, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertEquals(List.of(new StatsStore.DayFigures(LocalDate.of(2026, 1, 1), 5, 2),
                new StatsStore.DayFigures(FEB_3, 1, 0)), store.daily(7, LocalDate.of(2026, 1, 1), FEB_3));
        assertEquals(10, store.views(7));
        assertEquals(2, store.figures(7, FEB_3).visitors());
        assertEquals(List.of(new StatsStore.DayFigures(JAN_5, 3, 0), new StatsStore.DayFigures(JAN_20, 2, 0)),
                store.daily(0, JAN_5, FEB_3), "the site's days are never folded");
        assertEquals(false, store.foldOldestMonthBefore(LocalDate.of(2026, 2, 1)), "nothing left to fold");
        assertEquals(10, store.views(7));
    }

    @Test
    void theTopArticlesOfAPeriodWithTheirLanguages() {
        store.save(views(Map.of(new ViewKey(7, JAN_5, Language.VI), 3L, new ViewKey(7, JAN_5, Language.EN), 1L,
                new ViewKey(8, JAN_5, Language.EN), 9L, new ViewKey(9, FEB_3, Language.VI), 50L)));
        var top = store.top(JAN_5, JAN_20, 10);
        assertEquals(List.of(8L, 7L), top.stream().map(Map.Entry::getKey).toList());
        assertEquals(Map.of(Language.VI, 3L, Language.EN, 1L), top.get(1).getValue());
        assertEquals(2, store.export(JAN_5, JAN_20, null).size());
        assertEquals(new StatsStore.ExportRow(JAN_5, 7, 3, 1, 0), store.export(JAN_5, JAN_20, 7L).get(0));
    }
}
