package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import vn.saola.site.CounterSlots.Slot;
import vn.saola.site.CounterSlots.SplitPage;

class GzipPiecesTest {

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void piecesCompressedOnceAndJoinedWithTheNumbersOfTheMomentAreTheWholePage() throws IOException {
        String head = "<html lang=\"vi\"><p>Sở Công Thương tỉnh Bắc Kạn</p>".repeat(200) + "<dd>";
        String page = head + CounterSlots.marker(Slot.TODAY) + "</dd><dd>" + CounterSlots.marker(Slot.TOTAL)
                + CounterSlots.marker(Slot.VISITORS) + "</dd>";
        SplitPage split = CounterSlots.split(page.getBytes(StandardCharsets.UTF_8));
        List<byte[]> compressed = GzipPieces.compress(split.pieces());

        for (List<String> numbers : List.of(List.of("7", "1.234.567", "42"), List.of("8", "1.234.568", "43"))) {
            byte[] gzip = GzipPieces.join(split.pieces(), compressed, numbers);
            assertEquals(head + numbers.get(0) + "</dd><dd>" + numbers.get(1) + numbers.get(2) + "</dd>", gunzip(gzip));
        }
        assertEquals(true, GzipPieces.join(split.pieces(), compressed, List.of("7", "1", "2")).length < page.length() / 10,
                "compressed, not merely framed");
    }

    @Test
    void aPageWithoutSlotsIsOnePiece() throws IOException {
        SplitPage split = CounterSlots.split("<?xml version=\"1.0\"?><urlset/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<?xml version=\"1.0\"?><urlset/>", gunzip(GzipPieces.join(split.pieces(),
                GzipPieces.compress(split.pieces()), List.of())));
    }
}
