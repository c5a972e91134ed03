package vn.saola.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Shows where a text matches a query: the words the query looks for (compared as the folded
 * index compares them, so {@code mien} marks {@code miến}) wrapped in {@code <mark>}, everything
 * else escaped. A snippet is the stretch of about {@code length} characters around the first
 * match, cut at word boundaries.
 *
 * <p>Done here rather than with Lucene's highlighters: those cost term vectors or a re-analysis of
 * every hit on every query (most of a search's time, measured), and cannot bound a fragment's size.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private final Set<String> terms;

    Snippets(SearchQuery query) {
        List<String> words = new ArrayList<>();
        collect(query.words(), words);
        query.phrases().forEach(phrase -> collect(phrase, words));
        this.terms = Set.copyOf(words);
    }

    private static void collect(String text, List<String> into) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            into.add(fold(word.group()));
        }
    }

    static String fold(String word) {
        return SearchQuery.fold(word).toLowerCase(Locale.ROOT);
    }

    /** The whole text, escaped, with its matching words marked. */
    String marked(String text) {
        return mark(text, 0, text.length());
    }

    /** About {@code length} characters around the first match (the start of the text when none), marked. */
    String snippet(String text, int length) {
        if (text.length() <= length) {
            return marked(text);
        }
        int first = firstMatch(text);
        int start = first < 0 ? 0 : wordStartBefore(text, Math.max(0, first - length / 4));
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + mark(text, start, end) + (end < text.length() ? " …" : "");
    }

    private int firstMatch(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (terms.contains(fold(word.group()))) {
                return word.start();
            }
        }
        return -1;
    }

    private static int wordStartBefore(String text, int position) {
        int space = text.lastIndexOf(' ', position);
        return space < 0 ? 0 : space + 1;
    }

    private String mark(String text, int start, int end) {
        StringBuilder html = new StringBuilder((end - start) + 32);
        Matcher word = WORD.matcher(text).region(start, end);
        int written = start;
        int openUntil = -1;
        while (word.find()) {
            if (!terms.contains(fold(word.group()))) {
                continue;
            }
            String between = text.substring(written, word.start());
            if (openUntil == written && between.isBlank()) {
                // the previous word matched too: one mark over "miến dong", not two
                html.setLength(html.length() - "</mark>".length());
                html.append(Entities.escape(between));
            } else {
                html.append(Entities.escape(between)).append("<mark>");
            }
            html.append(Entities.escape(word.group())).append("</mark>");
            written = word.end();
            openUntil = written;
        }
        html.append(Entities.escape(text.substring(written, end)));
        return html.toString();
    }
}
