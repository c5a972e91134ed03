package vn.saola.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Saola reads Vietnamese (and English) text for search — the one place that says it.
 *
 * <p>Every analyzer first normalises to NFC, so composed and decomposed input are the same
 * text, then splits on word boundaries (Vietnamese writes one syllable a word, separated by
 * spaces) and lower-cases. Then:
 * <ul>
 * <li>{@link #EXACT} keeps the diacritics: {@code bàn} is only {@code bàn};</li>
 * <li>{@link #FOLDED} drops them and writes {@code đ} as {@code d}: {@code bàn}, {@code ban} and
 * {@code bán} are all {@code ban}, so a query typed without diacritics finds them;</li>
 * <li>{@link #PLAIN} keeps only the words written without any diacritic, so that for the query
 * {@code bàn} a text that wrote {@code ban} (diacritics left out) ranks above one that wrote
 * {@code bán} (another word).</li>
 * </ul>
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    public static final String EXACT = "vi_exact";
    public static final String FOLDED = "vi_folded";
    public static final String PLAIN = "vi_plain";

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            EXACT, build(false, false),
            FOLDED, build(true, false),
            PLAIN, build(false, true));

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        ANALYZERS.forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
    }

    /** The analyzer of that name, as the index uses it (for tests and for analysing queries). */
    public static Analyzer analyzer(String name) {
        Analyzer analyzer = ANALYZERS.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer " + name);
        }
        return analyzer;
    }

    private static Analyzer build(boolean fold, boolean onlyUnmarkedWords) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
                    .addCharFilter(ICUNormalizer2CharFilterFactory.class, "name", "nfc", "mode", "compose")
                    .withTokenizer(StandardTokenizerFactory.class, "maxTokenLength", "64")
                    .addTokenFilter(LowerCaseFilterFactory.class);
            if (fold) {
                // ICU folding drops the marks; ASCII folding then catches what it leaves (đ → d).
                builder.addTokenFilter(ICUFoldingFilterFactory.class)
                        .addTokenFilter(ASCIIFoldingFilterFactory.class);
            }
            if (onlyUnmarkedWords) {
                builder.addTokenFilter(UnmarkedWordsFilter.Factory.class);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
