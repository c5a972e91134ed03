package vn.saola.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Saola reads Vietnamese (and English) text for search — the one place that says it, for
 * both search engines: {@link ForLucene} (one node, the index in files) and {@link ForElasticsearch}
 * (several nodes, Elasticsearch or OpenSearch) build their analyzers from {@link #DEFINITIONS}.
 *
 * <p>Text is normalised to NFC before it reaches either engine ({@link #normalise}: the
 * application does it, since a stock Elasticsearch has no ICU normaliser), so composed and
 * decomposed input are the same text. Every analyzer splits on word boundaries (Vietnamese writes
 * one syllable a word, separated by spaces) and lower-cases. Then:
 * <ul>
 * <li>{@link #EXACT} keeps the diacritics: {@code bàn} is only {@code bàn};</li>
 * <li>{@link #FOLDED} drops them and writes {@code đ} as {@code d}: {@code bàn}, {@code ban} and
 * {@code bán} are all {@code ban}, so a query typed without diacritics finds them;</li>
 * <li>{@link #PLAIN} keeps only the words written without any diacritic, so that for the query
 * {@code bàn} a text that wrote {@code ban} (diacritics left out) ranks above one that wrote
 * {@code bán} (another word);</li>
 * <li>{@link #FOLDED_PAIRS} folds, then makes each two neighbouring words one term: a query's
 * words standing together in a text are then found by term lookups (see {@link SearchService}).</li>
 * </ul>
 */
public final class VietnameseAnalysis {

    public static final String EXACT = "vi_exact";
    public static final String FOLDED = "vi_folded";
    public static final String PLAIN = "vi_plain";
    public static final String FOLDED_PAIRS = "vi_folded_pairs";

    /** Longest word kept whole; longer runs (a pasted hash, say) are cut. */
    static final int MAX_WORD_LENGTH = 64;

    /** What an analyzer does to each word, in order, after splitting the text into words. */
    enum Step {
        LOWER_CASE,
        /** Diacritics dropped, {@code đ} written {@code d}. */
        FOLD,
        /** Words with any diacritic (or {@code đ}) left out. */
        UNMARKED_ONLY,
        /**
         * Each two neighbouring words made one term ({@code công cụ} from {@code … công cụ …}),
         * the words alone dropped: that two words stand side by side is then a term to look up,
         * not positions to compare.
         */
        PAIRS
    }

    /** The analyzers, by name. */
    static final Map<String, List<Step>> DEFINITIONS = definitions();

    private static Map<String, List<Step>> definitions() {
        Map<String, List<Step>> definitions = new LinkedHashMap<>();
        definitions.put(EXACT, List.of(Step.LOWER_CASE));
        definitions.put(FOLDED, List.of(Step.LOWER_CASE, Step.FOLD));
        definitions.put(PLAIN, List.of(Step.LOWER_CASE, Step.UNMARKED_ONLY));
        definitions.put(FOLDED_PAIRS, List.of(Step.LOWER_CASE, Step.FOLD, Step.PAIRS));
        return Map.copyOf(definitions);
    }

    private static final Map<String, Analyzer> LUCENE_ANALYZERS = luceneAnalyzers();

    private VietnameseAnalysis() {
    }

    /** Text as it is given to the index: NFC, whichever form it was typed or imported in. */
    public static String normalise(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The Lucene analyzer of that name, as the index uses it (for tests and for analysing queries). */
    public static Analyzer analyzer(String name) {
        Analyzer analyzer = LUCENE_ANALYZERS.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer " + name);
        }
        return analyzer;
    }

    /** How many words the index sees in {@code text} (the same tokenizer on both engines). */
    static int wordCount(String text) {
        try (TokenStream words = analyzer(FOLDED).tokenStream("", text)) {
            words.reset();
            int count = 0;
            while (words.incrementToken()) {
                count++;
            }
            words.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Analyzer> luceneAnalyzers() {
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        DEFINITIONS.forEach((name, steps) -> analyzers.put(name, lucene(steps)));
        return Map.copyOf(analyzers);
    }

    private static Analyzer lucene(List<Step> steps) {
        try {
            // The NFC char filter repeats normalise() for text analysed outside the index (snippets).
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
                    .addCharFilter(ICUNormalizer2CharFilterFactory.class, "name", "nfc", "mode", "compose")
                    .withTokenizer(StandardTokenizerFactory.class, "maxTokenLength", String.valueOf(MAX_WORD_LENGTH));
            for (Step step : steps) {
                switch (step) {
                    case LOWER_CASE -> builder.addTokenFilter(LowerCaseFilterFactory.class);
                    // ICU folding drops the marks; ASCII folding then catches what it leaves (đ → d).
                    case FOLD -> builder.addTokenFilter(ICUFoldingFilterFactory.class)
                            .addTokenFilter(ASCIIFoldingFilterFactory.class);
                    case UNMARKED_ONLY -> builder.addTokenFilter(UnmarkedWordsFilter.Factory.class);
                    case PAIRS -> builder.addTokenFilter(ShingleFilterFactory.class, "minShingleSize", "2",
                            "maxShingleSize", "2", "outputUnigrams", "false");
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzers for the Lucene backend (one node). */
    public static final class ForLucene implements LuceneAnalysisConfigurer {

        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            LUCENE_ANALYZERS.forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        }
    }

    /**
     * The same analyzers for Elasticsearch/OpenSearch, from filters every distribution has
     * (no plugin): ASCII folding covers Vietnamese letters, {@code đ} included; a word with any
     * character outside ASCII is emptied by a pattern, then dropped for being empty.
     */
    public static final class ForElasticsearch implements ElasticsearchAnalysisConfigurer {

        static final String WORDS = "saola_words";
        static final String EMPTY_IF_MARKED = "saola_empty_if_marked";
        static final String NOT_EMPTY = "saola_not_empty";
        static final String PAIRS = "saola_pairs";

        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.tokenizer(WORDS).type("standard").param("max_token_length", MAX_WORD_LENGTH);
            context.tokenFilter(EMPTY_IF_MARKED).type("pattern_replace")
                    .param("pattern", "^.*[^\\x00-\\x7F].*$").param("replacement", "");
            context.tokenFilter(NOT_EMPTY).type("length").param("min", 1);
            context.tokenFilter(PAIRS).type("shingle").param("min_shingle_size", 2).param("max_shingle_size", 2)
                    .param("output_unigrams", false);
            DEFINITIONS.forEach((name, steps) -> context.analyzer(name).custom()
                    .tokenizer(WORDS)
                    .tokenFilters(steps.stream().flatMap(step -> switch (step) {
                        case LOWER_CASE -> Stream.of("lowercase");
                        case FOLD -> Stream.of("asciifolding");
                        case UNMARKED_ONLY -> Stream.of(EMPTY_IF_MARKED, NOT_EMPTY);
                        case PAIRS -> Stream.of(PAIRS);
                    }).toArray(String[]::new)));
        }
    }
}
