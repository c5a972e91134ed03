package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class ImportLineParserTest {

    private final ImportLineParser parser = new ImportLineParser(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aCompleteLineIsRead() {
        var parsed = parser.parse("{\"id\":\"a1\",\"lang\":\"vi\",\"title\":\"Tiêu đề\",\"body\":\"Nội dung\","
                + "\"category\":\"Tin tức\",\"publishedAt\":\"2024-06-12T09:30:00+07:00\",\"author\":\"HST\"}");
        assertTrue(parsed.isOk(), parsed.problem());
        assertEquals(Language.VI, parsed.translation().language());
        assertEquals("Tiêu đề", parsed.translation().title());
        assertEquals(Instant.parse("2024-06-12T02:30:00Z"), parsed.translation().publishedAt());
        assertEquals("HST", parsed.translation().author());
    }

    @Test
    void aTimeWithoutOffsetIsHanoiTime() {
        var parsed = parser.parse("{\"id\":\"a1\",\"lang\":\"en\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\","
                + "\"publishedAt\":\"2024-06-12T09:30:00\"}");
        assertEquals(Instant.parse("2024-06-12T02:30:00Z"), parsed.translation().publishedAt());
        assertNull(parsed.translation().author());
    }

    @Test
    void badLinesSayWhy() {
        assertEquals("invalid JSON", parser.parse("{not json").problem());
        assertEquals("not a JSON object", parser.parse("[1,2]").problem());
        assertEquals("missing title", parser.parse("{\"id\":\"a\",\"lang\":\"vi\",\"body\":\"B\",\"category\":\"C\"}").problem());
        assertEquals("unknown lang \"fr\" (expected vi or en)",
                parser.parse("{\"id\":\"a\",\"lang\":\"fr\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\"}").problem());
        assertEquals("title must be a string",
                parser.parse("{\"id\":\"a\",\"lang\":\"vi\",\"title\":5,\"body\":\"B\",\"category\":\"C\"}").problem());
        assertFalse(parser.parse("{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"" + "x".repeat(501)
                + "\",\"body\":\"B\",\"category\":\"C\"}").isOk());
        assertTrue(parser.parse("{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\","
                + "\"publishedAt\":\"hôm qua\"}").problem().startsWith("publishedAt"));
    }
}
