package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.site.CounterSlots.Slot;
import vn.saola.site.CounterSlots.SplitPage;

class CounterSlotsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsCutAtItsSlotsAndNowhereElse() {
        String page = "<p>Lượt xem: " + CounterSlots.marker(Slot.ARTICLE_VIEWS) + "</p><dd>"
                + CounterSlots.marker(Slot.TODAY) + "</dd><dd>" + CounterSlots.marker(Slot.TOTAL) + "</dd>";
        SplitPage split = CounterSlots.split(utf8(page));
        assertEquals(List.of(Slot.ARTICLE_VIEWS, Slot.TODAY, Slot.TOTAL), split.slots());
        assertEquals(4, split.pieces().size());
        assertArrayEquals(utf8("<p>Lượt xem: "), split.pieces().get(0));
        assertArrayEquals(utf8("</p><dd>"), split.pieces().get(1));
        assertArrayEquals(utf8("</dd><dd>"), split.pieces().get(2));
        assertArrayEquals(utf8("</dd>"), split.pieces().get(3));
    }

    @Test
    void textThatOnlyLooksLikeASlotStaysText() {
        String guessed = "<p>saola-slot-000000000000000000000000-TODAY~ and saola-slot- alone</p>";
        SplitPage split = CounterSlots.split(utf8(guessed));
        assertEquals(List.of(), split.slots(), "the random word drawn at start cannot be guessed");
        assertArrayEquals(utf8(guessed), split.pieces().get(0));
    }

    @Test
    void theWidgetsMarkersAreAllSlots() {
        CounterText markers = CounterSlots.markers();
        SplitPage split = CounterSlots.split(utf8(String.join("|", markers.today(), markers.month(), markers.year(),
                markers.total(), markers.visitors(), markers.odometer())));
        assertEquals(List.of(Slot.TODAY, Slot.MONTH, Slot.YEAR, Slot.TOTAL, Slot.VISITORS, Slot.ODOMETER), split.slots());
    }
}
