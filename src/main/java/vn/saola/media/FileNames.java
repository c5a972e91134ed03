package vn.saola.media;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Names of uploaded files as readers get them back: what an uploader's browser sent, made safe to
 * show, to put in an address and in a {@code Content-Disposition} header (RFC 6266, with the
 * Vietnamese name in {@code filename*} by RFC 5987 and a plain-letters copy for old clients).
 */
public final class FileNames {

    /** Code points of a name before its extension: enough for a decision's full title. */
    static final int MAX_STEM = 120;

    private FileNames() {
    }

    /**
     * The base name only (no folders, no {@code ../}), in NFC, without control or invisible
     * formatting characters or the characters file systems refuse, at most {@link #MAX_STEM}
     * characters before the extension, which is always the one the content was recognised as.
     */
    public static String safe(String sent, String extension) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\t\\r\\n]", " ").replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
        int dot = name.lastIndexOf('.');
        String stem = (dot >= 0 ? name.substring(0, dot) : name).replaceFirst("^[.\\s]+", "").strip();
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).strip();
        }
        if (stem.isEmpty()) {
            stem = "tai-lieu";
        }
        return stem + "." + extension;
    }

    /** {@code inline} or {@code attachment}, with the name in both forms a browser may read. */
    public static String contentDisposition(boolean inline, String name) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + plain(name) + "\"; filename*=UTF-8''"
                + percentEncoded(name, "!#$&+-.^_`|~");
    }

    /** The name as one segment of an address: RFC 3986's unreserved characters kept. */
    public static String pathSegment(String name) {
        return percentEncoded(name, "-._~");
    }

    /** Letters without their marks ({@code Quyết định} → {@code Quyet dinh}), anything else outside ASCII as {@code _}. */
    static String plain(String name) {
        String unmarked = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder plain = new StringBuilder(unmarked.length());
        unmarked.codePoints().forEach(c -> plain.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return plain.toString();
    }

    /** ASCII letters, digits and {@code kept} as they are, every other byte of the UTF-8 form as {@code %XX}. */
    static String percentEncoded(String name, String kept) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || kept.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
