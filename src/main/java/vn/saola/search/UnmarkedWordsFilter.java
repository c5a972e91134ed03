package vn.saola.search;

import java.text.Normalizer;
import java.util.Map;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only the words written without any diacritic ({@code ban}, not {@code bán}; {@code đ}
 * counts as marked). See {@link VietnameseAnalysis#PLAIN} for why.
 */
public final class UnmarkedWordsFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public UnmarkedWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return isUnmarked(term);
    }

    static boolean isUnmarked(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                return false;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (decomposed.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The factory CustomAnalyzer builds it from. */
    public static final class Factory extends TokenFilterFactory {

        public static final String NAME = "saolaUnmarkedWords";

        /** Only for Lucene's service loader, which requires it. */
        public Factory() {
            throw defaultCtorException();
        }

        public Factory(Map<String, String> args) {
            super(args);
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("Unknown parameters: " + args);
            }
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new UnmarkedWordsFilter(input);
        }
    }
}
