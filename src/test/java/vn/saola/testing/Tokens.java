package vn.saola.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.saola.search.VietnameseAnalysis;

/** The words Saola's Lucene analyzer of that name makes of a text, as the index holds them. */
public final class Tokens {

    private Tokens() {
    }

    public static List<String> of(String analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = VietnameseAnalysis.analyzer(analyzer).tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
