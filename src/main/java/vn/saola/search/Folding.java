package vn.saola.search;

import java.text.Normalizer;

/**
 * A word as the folded index reads it — diacritics dropped, {@code đ} written {@code d}, lower
 * case — for marking matches in snippets, where every word of a hit's text is compared: a table
 * made once for the Latin letters Vietnamese writes with (composed or decomposed), instead of a
 * Unicode normalisation per word.
 */
final class Folding {

    /** Latin-1 Supplement to Latin Extended-B, then Latin Extended Additional (where ạ…ỹ live). */
    private static final char[] LATIN = table(0, 0x250);
    private static final char[] LATIN_ADDITIONAL = table(0x1E00, 0x1F00);

    private Folding() {
    }

    static String fold(CharSequence word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < LATIN.length) {
                folded.append(LATIN[c]);
            } else if (c >= 0x1E00 && c < 0x1F00) {
                folded.append(LATIN_ADDITIONAL[c - 0x1E00]);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                // a decomposed text's combining marks are dropped; any other letter is lower-cased
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    private static char[] table(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
            table[c - from] = c == 'đ' || c == 'Đ' ? 'd' : base.length() == 1 ? base.charAt(0) : Character.toLowerCase((char) c);
        }
        return table;
    }
}
