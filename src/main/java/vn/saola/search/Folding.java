package vn.saola.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A word as the folded index reads it — diacritics dropped, {@code đ} written {@code d}, lower
 * case — for marking matches in snippets, where every word of a hit's text is compared: a table
 * made once for the Latin letters Vietnamese writes with (composed or decomposed), instead of a
 * Unicode normalisation per word. The same tables with the case kept write a query again without
 * its diacritics, for the visitor to read.
 */
final class Folding {

    /** Latin-1 Supplement to Latin Extended-B, then Latin Extended Additional (where ạ…ỹ live). */
    private static final int ADDITIONAL_FROM = 0x1E00;
    private static final int ADDITIONAL_TO = 0x1F00;
    private static final char[] LATIN = table(0, 0x250, true);
    private static final char[] LATIN_ADDITIONAL = table(ADDITIONAL_FROM, ADDITIONAL_TO, true);
    private static final char[] LATIN_CASED = table(0, 0x250, false);
    private static final char[] LATIN_ADDITIONAL_CASED = table(ADDITIONAL_FROM, ADDITIONAL_TO, false);

    private Folding() {
    }

    /** Lower case, without diacritics: as the folded index compares. */
    static String fold(CharSequence word) {
        return fold(word, LATIN, LATIN_ADDITIONAL, true);
    }

    /** Without diacritics, the case as written: {@code Hà Nội} → {@code Ha Noi}. */
    static String unmarked(CharSequence text) {
        return fold(text, LATIN_CASED, LATIN_ADDITIONAL_CASED, false);
    }

    /** The first letter a word folds to, for a quick "not one of these" before folding it whole; 0 for a mark. */
    static char foldedLetter(char c) {
        if (c < LATIN.length) {
            return LATIN[c];
        }
        if (c >= ADDITIONAL_FROM && c < ADDITIONAL_TO) {
            return LATIN_ADDITIONAL[c - ADDITIONAL_FROM];
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? 0 : Character.toLowerCase(c);
    }

    private static String fold(CharSequence word, char[] latin, char[] additional, boolean lowerCase) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < latin.length) {
                folded.append(latin[c]);
            } else if (c >= ADDITIONAL_FROM && c < ADDITIONAL_TO) {
                folded.append(additional[c - ADDITIONAL_FROM]);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                // a decomposed text's combining marks are dropped; any other letter kept as it is
                folded.append(lowerCase ? Character.toLowerCase(c) : c);
            }
        }
        return folded.toString();
    }

    private static char[] table(int from, int to, boolean lowerCase) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            char letter = c == 'đ' ? 'd' : c == 'Đ' ? 'D' : base.length() == 1 ? base.charAt(0) : (char) c;
            table[c - from] = lowerCase ? Character.toLowerCase(letter) : letter;
        }
        return table;
    }
}
