package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void vietnameseDatesReadDayMonthYear() {
        assertEquals("24/11/2026", new Formats(Language.VI, HANOI).date(Instant.parse("2026-11-24T03:00:00Z")));
    }

    @Test
    void englishDatesSpellTheMonth() {
        assertEquals("24 November 2026", new Formats(Language.EN, HANOI).date(Instant.parse("2026-11-24T03:00:00Z")));
    }

    @Test
    void theDayFollowsHanoiNotUtc() {
        // 17:30 UTC on the 24th is already 00:30 on the 25th in Hanoi.
        Instant lateUtc = Instant.parse("2026-11-24T17:30:00Z");
        assertEquals("25/11/2026", new Formats(Language.VI, HANOI).date(lateUtc));
        assertEquals("00:30 25/11/2026", new Formats(Language.VI, HANOI).dateTime(lateUtc));
        assertEquals("2026-11-25T00:30:00+07:00", new Formats(Language.VI, HANOI).isoDateTime(lateUtc));
    }

    @Test
    void numbersGroupThousandsThePerLanguageWay() {
        assertEquals("81.861", new Formats(Language.VI, HANOI).number(81_861));
        assertEquals("81,861", new Formats(Language.EN, HANOI).number(81_861));
    }

    @Test
    void numbersAreGroupedAsJavasOwnFormatGroupsThem() {
        for (Language language : Language.values()) {
            NumberFormat java = NumberFormat.getIntegerInstance(language.locale());
            Formats formats = new Formats(language, HANOI);
            for (long value : new long[] {0, 7, 999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -81_861_234,
                    Long.MAX_VALUE, Long.MIN_VALUE}) {
                assertEquals(java.format(value), formats.number(value), language + " " + value);
            }
        }
    }

    @Test
    void missingTimesPrintNothing() {
        assertEquals("", new Formats(Language.EN, HANOI).date(null));
    }

    @Test
    void fileSizesReadTheLanguagesWay() {
        Formats vi = new Formats(Language.VI, HANOI);
        Formats en = new Formats(Language.EN, HANOI);
        assertEquals("1 KB", vi.fileSize(10));
        assertEquals("350 KB", vi.fileSize(350 * 1024));
        assertEquals("1.000 KB", vi.fileSize(1000 * 1024));
        assertEquals("1,2 MB", vi.fileSize(1_258_291));
        assertEquals("1.2 MB", en.fileSize(1_258_291));
        assertEquals("2 MB", en.fileSize(2 * 1024 * 1024));
        assertEquals("20 MB", vi.fileSize(20 * 1024 * 1024));
        assertEquals("1.536 MB", vi.fileSize(1536L * 1024 * 1024));
    }
}
