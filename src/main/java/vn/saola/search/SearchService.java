package vn.saola.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

import vn.saola.content.ArticleTranslation;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.SiteSettings;

/**
 * Full-text search over published translations. Every word is looked for in three forms of the
 * text (see {@link VietnameseAnalysis}): the folded form decides what matches, the exact and the
 * unmarked forms decide who ranks first; titles weigh more than categories, summaries and bodies;
 * documents holding the words together (as a phrase, or near each other) rank above those holding
 * them scattered.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_SIZE = 50;
    static final int MAX_PAGE = 500;

    private static final float EXACT_BONUS = 4f;
    private static final float UNMARKED_BONUS = 2f;
    private static final float PHRASE_BONUS = 6f;
    private static final float NEAR_BONUS = 3f;
    private static final int NEAR_SLOP = 6;
    private static final int SNIPPET_LENGTH = 220;

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    Clock clock = Clock.systemUTC();

    public SearchResults search(String text, SearchFilters filters, int page, int size) {
        SearchQuery query = SearchQuery.parse(text);
        int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
        int safePage = Math.max(1, Math.min(page, MAX_PAGE));
        if (query.isEmpty()) {
            return SearchResults.empty(query, safePage, safeSize);
        }
        SearchResults results = run(query, filters, safePage, safeSize);
        if (results.total() == 0 && query.hasDiacritics()) {
            String folded = query.folded();
            long more = run(SearchQuery.parse(folded), filters, 1, 1).total();
            if (more > 0) {
                return results.withSuggestion(folded, more);
            }
        }
        return results;
    }

    private SearchResults run(SearchQuery query, SearchFilters filters, int page, int size) {
        Instant now = clock.instant();
        return database.withSession(session -> {
            SearchResult<SearchHit> result = Search.session(session).search(ArticleTranslation.class)
                    .select(f -> f.composite().from(
                            f.field("article_id", Long.class),
                            f.field("import_id", String.class),
                            f.field("lang", Language.class),
                            f.field("title_folded", String.class),
                            f.highlight("title_folded").highlighter("title"),
                            f.field("slug", String.class),
                            f.highlight("body_folded"),
                            f.field("published_at", Instant.class),
                            f.field("category_name", String.class))
                            .asArray(SearchService::hit))
                    .where(f -> predicate(f, query, filters, now))
                    .sort(f -> f.score().then().field("published_at").desc())
                    .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(1).noMatchSize(SNIPPET_LENGTH))
                    .highlighter("title", h -> h.unified().tag("<mark>", "</mark>")
                            .encoder(HighlighterEncoder.HTML).numberOfFragments(1).noMatchSize(1000))
                    .fetch((page - 1) * size, size);
            return new SearchResults(query, result.hits(), result.total().hitCount(), page, size, null, 0);
        });
    }

    private BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, SearchQuery query,
            SearchFilters filters, Instant now) {
        BooleanPredicateClausesStep<?> bool = f.bool();
        bool.filter(f.range().field("published_at").atMost(now));
        if (filters.language() != null) {
            bool.filter(f.match().field("lang").matching(filters.language()));
        }
        if (filters.categoryId() != null) {
            bool.filter(f.match().field("category_id").matching(filters.categoryId()));
        }
        if (filters.year() != null) {
            ZoneId zone = settings.zone();
            Instant from = LocalDate.of(filters.year(), 1, 1).atStartOfDay(zone).toInstant();
            Instant to = LocalDate.of(filters.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
            bool.filter(f.range().field("published_at")
                    .between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
        }
        String words = query.words();
        if (!words.isEmpty()) {
            int terms = words.split(" ").length;
            bool.must(fields(f.match(), "folded").matching(words)
                    .minimumShouldMatch().ifMoreThan(0).thenRequirePercent(100)
                    .ifMoreThan(3).thenRequirePercent(75).end());
            bool.should(fields(f.match(), "exact").matching(words).boost(EXACT_BONUS));
            bool.should(fields(f.match(), "plain").matching(words).boost(UNMARKED_BONUS));
            if (terms > 1) {
                bool.should(fields(f.phrase(), "folded").matching(words).boost(PHRASE_BONUS));
                bool.should(fields(f.phrase(), "folded").matching(words).slop(NEAR_SLOP).boost(NEAR_BONUS));
                bool.should(fields(f.phrase(), "exact").matching(words).slop(NEAR_SLOP).boost(NEAR_BONUS));
            }
        }
        for (String phrase : query.phrases()) {
            // A quoted phrase typed with diacritics means those diacritics.
            boolean marked = !UnmarkedWordsFilter.isUnmarked(phrase);
            bool.must(fields(f.phrase(), marked ? "exact" : "folded").matching(phrase));
            bool.should(fields(f.phrase(), "folded").matching(phrase));
        }
        for (String word : query.excluded()) {
            bool.mustNot(f.match().field("title_folded").field("summary_folded").field("body_folded")
                    .field("category_folded").matching(word));
        }
        return bool;
    }

    /** The same text in every searched field, titles weighing most. */
    private static <S extends org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldStep<?>> 
            org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep<?, ?> fields(S match, String form) {
        var step = match.field("title_" + form).boost(3f);
        step = step.field("summary_" + form).boost(1.5f);
        step = step.field("body_" + form);
        if (!form.equals("plain")) {
            step = step.field("category_" + form).boost(2f);
        }
        return step;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep<?, ?> fields(
            org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldStep<?> phrase, String form) {
        return phrase.field("title_" + form).boost(3f)
                .field("summary_" + form).boost(1.5f)
                .field("body_" + form);
    }

    private static SearchHit hit(Object[] v) {
        Language language = (Language) v[2];
        String title = (String) v[3];
        List<?> titleMarks = (List<?>) v[4];
        List<?> snippet = (List<?>) v[6];
        return new SearchHit((Long) v[0], (String) v[1], language, title,
                titleMarks.isEmpty() ? org.jsoup.nodes.Entities.escape(title) : (String) titleMarks.get(0),
                language.articlePath((String) v[5]),
                snippet.isEmpty() ? "" : (String) snippet.get(0),
                (Instant) v[7], (String) v[8]);
    }
}
