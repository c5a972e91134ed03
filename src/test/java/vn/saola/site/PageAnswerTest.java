package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class PageAnswerTest {

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
}
