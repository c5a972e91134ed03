package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class PageAnswerTest {

    @Test
    void gzipIsSentToWhoeverTakesIt() {
        assertTrue(PageAnswer.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(PageAnswer.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1"));
        assertTrue(PageAnswer.acceptsGzip("*"));
        assertFalse(PageAnswer.acceptsGzip(null));
        assertFalse(PageAnswer.acceptsGzip("identity"));
        assertFalse(PageAnswer.acceptsGzip("gzip;q=0"));
        assertFalse(PageAnswer.acceptsGzip("*, gzip;q=0.000"));
        assertFalse(PageAnswer.acceptsGzip("br"));
    }

    @Test
    void theTagNamesThePageItsEncodingAndItsNumbers() {
        KeptPage page = new KeptPage("text/html", Map.of(), CounterSlots.split(new byte[0]), Language.VI, null, 0,
                "run-1", List.of());
        String tag = PageAnswer.etag(page, true, List.of("7", "12"));
        assertTrue(tag.startsWith("\"run-1-z-") && tag.endsWith("\""), tag);
        assertNotEquals(tag, PageAnswer.etag(page, false, List.of("7", "12")), "gzip and identity are other bytes");
        assertNotEquals(tag, PageAnswer.etag(page, true, List.of("8", "12")), "other numbers, other bytes");
        assertNotEquals(tag, PageAnswer.etag(page, true, List.of("71", "2")), "where one number ends counts");
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(PageAnswer.matches("\"a-z-1\"", "\"a-z-1\""));
        assertTrue(PageAnswer.matches("\"old\", W/\"a-z-1\"", "\"a-z-1\""));
        assertTrue(PageAnswer.matches("*", "\"a-z-1\""));
        assertFalse(PageAnswer.matches("\"a-i-1\"", "\"a-z-1\""));
        assertFalse(PageAnswer.matches(null, "\"a-z-1\""));
    }
}
