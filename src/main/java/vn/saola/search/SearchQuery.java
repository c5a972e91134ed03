package vn.saola.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.saola.content.DocumentNumbers;

/**
 * What a visitor typed, read the forgiving way: {@code "quoted words"} must appear together,
 * {@code -word} must not appear, everything else is words to look for. Operator characters of
 * query languages ({@code * ~ \ ( ) : ^ [ ]}…) mean nothing here; an unbalanced quote quotes to
 * the end. Whatever the input, the result is a valid (possibly empty) query.
 */
public record SearchQuery(String words, List<String> phrases, List<String> excluded) {

    /** Longer input is cut: nobody types 10 kB into a search box, and Lucene should not pay for it. */
    static final int MAX_LENGTH = 300;
    static final int MAX_TERMS = 16;

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)(\"|$)");
    /**
     * Letters, digits and combining marks are words; anything else separates them, except the
     * marks that hold a word together between two of its letters or digits as the index reads it
     * (Unicode word boundaries: {@code don't}, {@code 1.234,00}, {@code com.sun.star}, {@code k_2}),
     * so that a pasted word is looked for as the index wrote it.
     */
    private static final Pattern NOT_WORD = Pattern.compile(
            "(?:(?!(?<=[\\p{L}\\p{N}\\p{M}])[.,'’_](?=[\\p{L}\\p{N}]))[^\\p{L}\\p{N}\\p{M}])+");

    public SearchQuery {
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    public static SearchQuery parse(String raw) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher quoted = QUOTED.matcher(text);
        int last = 0;
        while (quoted.find()) {
            rest.append(text, last, quoted.start()).append(' ');
            String phrase = clean(quoted.group(1));
            if (!phrase.isEmpty() && phrases.size() < 4) {
                phrases.add(phrase);
            }
            last = quoted.end();
        }
        rest.append(text.substring(last));

        List<String> words = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String token : rest.toString().split("\\s+")) {
            boolean negative = token.startsWith("-") && token.length() > 1;
            String word = clean(token);
            if (word.isEmpty() || words.size() + excluded.size() >= MAX_TERMS) {
                continue;
            }
            (negative ? excluded : words).add(word);
        }
        return new SearchQuery(String.join(" ", words), phrases, excluded);
    }

    /**
     * The keys ({@link DocumentNumbers#key}) of the document numbers the query may name: from each
     * number among its words ({@code 2146 QĐ TTg}, as {@code 2146/QĐ-TTg} and {@code 2146/qd-ttg} parse),
     * the number with one to four of the words after it, since where the symbol ends is not written.
     */
    public List<String> documentNumberKeys() {
        String[] tokens = (words + " " + String.join(" ", phrases)).strip().split(" ");
        List<String> keys = new ArrayList<>();
        for (int start = 0; start < tokens.length; start++) {
            if (!tokens[start].chars().allMatch(Character::isDigit) || tokens[start].isEmpty()) {
                continue;
            }
            StringBuilder number = new StringBuilder(tokens[start]);
            for (int next = start + 1; next < tokens.length && next <= start + 4; next++) {
                number.append(tokens[next]);
                String key = DocumentNumbers.key(number.toString());
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** Nothing to look for (exclusions alone do not make a search). */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Whether the visitor wrote any diacritic (or đ): then a spelling without them is worth suggesting. */
    public boolean hasDiacritics() {
        String all = words + " " + String.join(" ", phrases);
        return !UnmarkedWordsFilter.isUnmarked(all);
    }

    /** The same query written without diacritics, for the "did you mean" suggestion. */
    public String folded() {
        StringBuilder text = new StringBuilder();
        for (String phrase : phrases) {
            text.append('"').append(Folding.unmarked(phrase)).append("\" ");
        }
        text.append(Folding.unmarked(words));
        for (String word : excluded) {
            text.append(" -").append(Folding.unmarked(word));
        }
        return text.toString().strip();
    }

    private static String clean(String text) {
        return NOT_WORD.matcher(text).replaceAll(" ").strip();
    }
}
