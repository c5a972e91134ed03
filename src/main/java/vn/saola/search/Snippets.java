package vn.saola.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Shows where a text matches a query: the words the query looks for (compared as the folded
 * index compares them, so {@code mien} marks {@code miến}) wrapped in {@code <mark>}, words standing
 * together in one mark, everything else escaped. A snippet is the stretch of about {@code length}
 * characters around the longest run of the query's words standing together (the first, among runs
 * as long), cut at word boundaries: for a pasted sentence, the place it was pasted from.
 *
 * <p>Done here rather than with Lucene's highlighters: those cost term vectors or a re-analysis of
 * every hit on every query (most of a search's time, measured), and cannot bound a fragment's size.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** Past this, a long text is not searched for a better run: the snippet keeps the best found. */
    private static final int LONGEST_SCAN = 50_000;

    private final Set<String> terms;
    /** The letters the query's words begin with, folded: most words of a text are told apart by this alone. */
    private final String firstLetters;
    private final int longestRun;

    Snippets(SearchQuery query) {
        List<String> words = new ArrayList<>();
        collect(query.words(), words);
        query.phrases().forEach(phrase -> collect(phrase, words));
        this.terms = Set.copyOf(words);
        StringBuilder first = new StringBuilder();
        terms.stream().filter(term -> !term.isEmpty()).forEach(term -> first.append(term.charAt(0)));
        this.firstLetters = first.toString();
        this.longestRun = Math.max(1, query.words().isEmpty() ? 0 : query.words().split(" ").length);
    }

    private static void collect(String text, List<String> into) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            into.add(fold(word.group()));
        }
    }

    static String fold(CharSequence word) {
        return Folding.fold(word);
    }

    /** The whole text, escaped, with its matching words marked. */
    String marked(String text) {
        return mark(text, 0, text.length());
    }

    /** About {@code length} characters around the best run of matches (the start of the text when none), marked. */
    String snippet(String text, int length) {
        if (text.length() <= length) {
            return marked(text);
        }
        int best = bestRun(text);
        int start = best < 0 ? 0 : wordStartBefore(text, Math.max(0, best - length / 4));
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + mark(text, start, end) + (end < text.length() ? " …" : "");
    }

    /**
     * Where the longest run of matching words standing together begins; -1 when no word matches.
     * Every word of a long text passes here, so words are found without a regular expression and
     * folded only when their first letter could match (measured: a twentieth of a search's time).
     */
    private int bestRun(String text) {
        int limit = Math.min(text.length(), LONGEST_SCAN);
        int best = -1;
        int bestLength = 0;
        int runStart = -1;
        int runLength = 0;
        int previousEnd = -1;
        Words word = new Words(text, 0, limit);
        while (word.next()) {
            int start = word.start;
            int end = word.end;
            if (!matches(text, start, end)) {
                runLength = 0;
                continue;
            }
            if (runLength > 0 && isBlank(text, previousEnd, start)) {
                runLength++;
            } else {
                runStart = start;
                runLength = 1;
            }
            previousEnd = end;
            if (runLength > bestLength) {
                best = runStart;
                bestLength = runLength;
                if (bestLength >= longestRun) {
                    break;
                }
            }
        }
        return best;
    }

    private boolean matches(String text, int start, int end) {
        char first = Folding.foldedLetter(text.charAt(start));
        return firstLetters.indexOf(first) >= 0 && terms.contains(fold(text.subSequence(start, end)));
    }

    /** The words of a stretch of text, one after the other: {@link #start} and {@link #end} of the current one. */
    private static final class Words {
        private final String text;
        private final int limit;
        int start;
        int end;

        Words(String text, int from, int limit) {
            this.text = text;
            this.end = from;
            this.limit = limit;
        }

        boolean next() {
            start = end;
            while (start < limit && !isWordCharacter(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            end = start;
            while (end < limit && isWordCharacter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            end = Math.min(end, limit);
            return start < limit;
        }
    }

    /** A letter, a digit or a combining mark: {@link #WORD}'s characters. */
    private static boolean isWordCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
    private static int wordStartBefore(String text, int position) {
        int space = text.lastIndexOf(' ', position);
        return space < 0 ? 0 : space + 1;
    }

    private String mark(String text, int start, int end) {
        StringBuilder html = new StringBuilder((end - start) + 32);
        int written = start;
        int openUntil = -1;
        Words word = new Words(text, start, end);
        while (word.next()) {
            int wordStart = word.start;
            int wordEnd = word.end;
            if (!matches(text, wordStart, wordEnd)) {
                continue;
            }
            String between = text.substring(written, wordStart);
            if (openUntil == written && between.isBlank()) {
                // the previous word matched too: one mark over "miến dong", not two
                html.setLength(html.length() - "</mark>".length());
                html.append(Entities.escape(between));
            } else {
                html.append(Entities.escape(between)).append("<mark>");
            }
            html.append(Entities.escape(text.substring(wordStart, wordEnd))).append("</mark>");
            written = wordEnd;
            openUntil = written;
        }
        html.append(Entities.escape(text.substring(written, end)));
        return html.toString();
    }
}
