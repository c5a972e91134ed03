package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DaysTest {

    private final Days hanoi = new Days(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aNewDayBeginsAtMidnightHanoiTimeWhichIsFiveInTheAfternoonUtc() {
        assertEquals(LocalDate.of(2026, 11, 24), hanoi.dayOf(Instant.parse("2026-11-24T16:59:59.999Z")));
        assertEquals(LocalDate.of(2026, 11, 25), hanoi.dayOf(Instant.parse("2026-11-24T17:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 25), hanoi.dayOf(Instant.parse("2026-11-25T00:30:00Z")),
                "half past midnight UTC is already the morning in Hanoi");
    }

    @Test
    void theYearTurnsAtMidnightHanoiTimeOnNewYearsEve() {
        LocalDate lastDay = hanoi.dayOf(Instant.parse("2026-12-31T16:59:59Z"));
        LocalDate firstDay = hanoi.dayOf(Instant.parse("2026-12-31T17:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 31), lastDay);
        assertEquals(LocalDate.of(2027, 1, 1), firstDay);
        assertEquals(LocalDate.of(2026, 12, 1), Days.monthStart(lastDay));
        assertEquals(LocalDate.of(2026, 1, 1), Days.yearStart(lastDay));
        assertEquals(LocalDate.of(2027, 1, 1), Days.monthStart(firstDay));
        assertEquals(LocalDate.of(2027, 1, 1), Days.yearStart(firstDay));
    }

    @Test
    void theZoneIsASetting() {
        Days utc = new Days(ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2026, 11, 24), utc.dayOf(Instant.parse("2026-11-24T17:00:00Z")));
    }
}
