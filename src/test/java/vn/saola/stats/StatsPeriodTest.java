package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatsPeriodTest {

    private final LocalDate today = LocalDate.of(2026, 11, 25);

    @Test
    void namedPeriodsEndToday() throws Exception {
        assertEquals(new StatsPeriod("today", today, today), StatsPeriod.of("today", null, null, today));
        assertEquals(LocalDate.of(2026, 11, 1), StatsPeriod.of("month", null, null, today).from());
        assertEquals(LocalDate.of(2026, 1, 1), StatsPeriod.of("year", null, null, today).from());
        assertEquals(StatsPeriod.BEGINNING, StatsPeriod.of("all", null, null, today).from());
        assertEquals("month", StatsPeriod.of(null, null, null, today).name(), "this month unless told otherwise");
    }

    @Test
    void aRangeIsReadAndChecked() throws Exception {
        assertEquals(new StatsPeriod("range", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                StatsPeriod.of("range", "2026-10-01", "2026-10-31", today));
        assertEquals("stats.error.order", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("range", "2026-10-31", "2026-10-01", today)).key);
        assertEquals("stats.error.date", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("range", "31/10/2026", "2026-11-01", today)).key);
        assertEquals("stats.error.date", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("range", "2026-02-30", "2026-03-01", today)).key);
        assertEquals("stats.error.date", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("range", null, "2026-03-01", today)).key);
        assertEquals("stats.error.tooLong", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("range", "1900-01-01", "2026-03-01", today)).key);
        assertEquals("stats.error.period", assertThrows(StatsPeriod.Invalid.class,
                () -> StatsPeriod.of("week'--", null, null, today)).key);
    }
}
