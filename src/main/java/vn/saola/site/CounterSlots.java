package vn.saola.site;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the numbers that change with every view go in a page kept in memory. The page is rendered
 * once with a marker in place of each number; the markers carry a random word drawn at start, so
 * no text an editor writes can contain one. A kept page is stored split at its markers and
 * served with the numbers of the moment in their places.
 */
final class CounterSlots {

    /** What a slot holds. */
    enum Slot {
        TODAY, MONTH, YEAR, TOTAL, VISITORS, ODOMETER, ARTICLE_VIEWS
    }

    private static final String PREFIX = "saola-slot-" + HexFormat.of().formatHex(randomBytes()) + "-";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte END = '~';

    private CounterSlots() {
    }

    static String marker(Slot slot) {
        return PREFIX + slot.name() + (char) END;
    }

    static CounterText markers() {
        return new CounterText(marker(Slot.TODAY), marker(Slot.MONTH), marker(Slot.YEAR), marker(Slot.TOTAL),
                marker(Slot.VISITORS), marker(Slot.ODOMETER));
    }

    /** A page cut at its slots: {@code pieces} has one more element than {@code slots}. */
    record SplitPage(List<byte[]> pieces, List<Slot> slots) {
    }

    static SplitPage split(byte[] page) {
        List<byte[]> pieces = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int start = 0;
        int at = indexOf(page, PREFIX_BYTES, 0);
        while (at >= 0) {
            int nameStart = at + PREFIX_BYTES.length;
            int end = nameStart;
            while (end < page.length && page[end] != END && end - nameStart < 20) {
                end++;
            }
            Slot slot = slotNamed(new String(page, nameStart, end - nameStart, StandardCharsets.US_ASCII));
            if (slot == null || end >= page.length || page[end] != END) {
                throw new IllegalStateException("A malformed counter slot at byte " + at);
            }
            pieces.add(Arrays.copyOfRange(page, start, at));
            slots.add(slot);
            start = end + 1;
            at = indexOf(page, PREFIX_BYTES, start);
        }
        pieces.add(Arrays.copyOfRange(page, start, page.length));
        return new SplitPage(List.copyOf(pieces), List.copyOf(slots));
    }

    private static Slot slotNamed(String name) {
        for (Slot slot : Slot.values()) {
            if (slot.name().equals(name)) {
                return slot;
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
