package vn.saola.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

import vn.saola.content.ArticleKind;
import vn.saola.content.ArticleTranslation;
import vn.saola.content.PageTree;
import vn.saola.content.PublicContent;
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
    public static final int MAX_PAGE = 500;

    private static final float TITLE_BONUS = 3f;
    private static final float EXACT_BONUS = 4f;
    private static final float UNMARKED_BONUS = 2f;
    private static final float PAIR_BONUS = 6f;
    /** Above any sum of the other clauses: the words standing together outrank every hit without them. */
    private static final float ADJACENT_BONUS = 10_000f;
    /** Above everything else: the document the query names by its number. */
    private static final float NAMED_NUMBER_BONUS = 100 * ADJACENT_BONUS;
    private static final int SNIPPET_LENGTH = 220;
    /** How many of the first pass's best hits the full ranking orders. */
    static final int WINDOW = 100;

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    @Inject
    RecentResults recent;

    @Inject
    PublicContent content;

    @Inject
    SearchesAtOnce turns;

    Clock clock = Clock.systemUTC();

    public SearchResults search(String text, SearchFilters filters, int page, int size) {
        SearchQuery query = SearchQuery.parse(text);
        int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
        int safePage = Math.max(1, Math.min(page, MAX_PAGE));
        if (query.isEmpty()) {
            return SearchResults.empty(query, safePage, safeSize);
        }
        return recent.get(new RecentResults.Key(query, filters, safePage, safeSize),
                () -> turns.run(() -> searchIndex(query, filters, safePage, safeSize)));
    }

    private SearchResults searchIndex(SearchQuery query, SearchFilters filters, int page, int size) {
        SearchResults results = run(query, filters, page, size);
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
        Snippets snippets = new Snippets(query);
        PageTree pages = content.pageTree();
        int from = (page - 1) * size;
        return database.withSession(session -> {
            SearchSession search = Search.session(session);
            SearchScope<ArticleTranslation> scope = search.scope(ArticleTranslation.class);
            // Built once, used by every query below: the predicates hold no state of a query.
            SearchPredicate membership = required(scope.predicate(), query, filters, now, true).toPredicate();
            // Every neighbouring pair of two words or more present means every word present: the first
            // tier need not read the words' long postings again to know the hit belongs.
            SearchPredicate belongingWithPairs = VietnameseAnalysis.wordCount(query.words()) >= 2
                    ? required(scope.predicate(), query, filters, now, false).toPredicate() : membership;
            List<String> numbers = query.documentNumberKeys();
            SearchPredicate namedNumber = numbers.isEmpty() ? null
                    : scope.predicate().terms().field("document_number").matchingAny(numbers).toPredicate();
            List<SearchPredicate> firstPass = numberFirst(scope.predicate(), membership, namedNumber,
                    firstPassTiers(scope.predicate(), membership, belongingWithPairs, query));
            List<SearchHit> hits = new ArrayList<>(size);
            int windowed = query.words().isEmpty() ? 0 : Math.max(0, Math.min(size, WINDOW - from));
            boolean pastTheWindow = true;
            if (windowed > 0) {
                // The best WINDOW candidates by the cheap clauses, then those alone ordered by all of them.
                List<Long> ids = firstPassPage(search, scope, firstPass, f -> f.id(Long.class), 0, WINDOW);
                if (ids.size() > from) {
                    hits.addAll(search.search(scope)
                            .select(f -> hitProjection(f, snippets, pages))
                            .where(f -> fullRanking(f,
                                    f.bool().must(membership).filter(f.id().matchingAny(ids)).toPredicate(), query,
                                    namedNumber))
                            .sort(SearchService::stableOrder)
                            .fetch(from, windowed).hits());
                }
                pastTheWindow = ids.size() == WINDOW;
            }
            if (pastTheWindow && windowed < size) {
                // Past the window (or with no words to rank by), the first pass's order goes on.
                hits.addAll(firstPassPage(search, scope, firstPass, f -> hitProjection(f, snippets, pages),
                        from + windowed, size - windowed));
            }
            // Counted by the clauses that decide membership alone: the passes above skip the hits
            // that cannot reach the page, and scoring every hit only to count them is waste.
            long total = search.search(scope).where(membership).fetchTotalHitCount();
            return new SearchResults(query, hits, total, page, size, null, 0);
        });
    }

    /**
     * Relevance, then the translation: texts that score the same (copies, short notices) keep one
     * order from page to page, whatever the index does between two requests (a merge renumbers its
     * documents, and index order was the tie-break before). The score stays first, so Lucene still
     * skips what cannot reach the page.
     */
    private static SortFinalStep stableOrder(SearchSortFactory f) {
        return f.score().then().field("article_id").then().field("lang");
    }

    private static CompositeProjectionValueStep<?, SearchHit> hitProjection(SearchProjectionFactory<?, ?> f,
            Snippets snippets, PageTree pages) {
        return f.composite().from(
                f.field("article_id", Long.class),
                f.field("import_id", String.class),
                f.field("lang", Language.class),
                f.field("title_folded", String.class),
                f.field("slug", String.class),
                f.field("body_text", String.class),
                f.field("published_at", Instant.class),
                f.field("category_name", String.class),
                f.field("kind", String.class))
                .asArray(values -> hit(values, snippets, pages));
    }

    /**
     * What a document must (and must not) contain to be a hit at all: this alone decides the total.
     * Without {@code words}, the rest of it: the filters, the quoted phrases and the exclusions.
     */
    private BooleanPredicateClausesStep<?> required(SearchPredicateFactory f, SearchQuery query,
            SearchFilters filters, Instant now, boolean words) {
        BooleanPredicateClausesStep<?> bool = f.bool();
        // Published by the end of this minute: the same filter for a whole minute, which Lucene keeps
        // as a set of documents after a few uses instead of reading the dates at every search; what is
        // scheduled later in this minute is taken out by a range that holds a handful at most.
        Instant endOfMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        BooleanPredicateClausesStep<?> visible = f.bool().filter(f.range().field("visible_from").atMost(endOfMinute));
        if (filters.language() != null) {
            visible.filter(f.match().field("lang").matching(filters.language()));
        }
        if (filters.kind() != null) {
            visible.filter(f.match().field("kind").matching(filters.kind().name()));
        }
        if (filters.categoryId() != null) {
            visible.filter(f.match().field("category_id").matching(filters.categoryId()));
        }
        if (filters.year() != null) {
            ZoneId zone = settings.zone();
            Instant from = LocalDate.of(filters.year(), 1, 1).atStartOfDay(zone).toInstant();
            Instant to = LocalDate.of(filters.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
            visible.filter(f.range().field("published_at")
                    .between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
        }
        bool.filter(visible);
        bool.mustNot(f.range().field("visible_from")
                .between(now, RangeBoundInclusion.EXCLUDED, endOfMinute, RangeBoundInclusion.INCLUDED));
        if (words && !query.words().isEmpty()) {
            if (query.words().split(" ").length <= 3) {
                // Every word required: a real conjunction (simple query string with AND; the words hold
                // no operator characters any more), which Lucene runs far cheaper than the same
                // requirement expressed as "100 % of should-clauses must match".
                bool.must(f.simpleQueryString().field("all_folded").matching(query.words())
                        .defaultOperator(BooleanOperator.AND));
            } else {
                bool.must(f.match().field("all_folded").matching(query.words())
                        .minimumShouldMatch().ifMoreThan(3).thenRequirePercent(75).end());
            }
        }
        for (String phrase : query.phrases()) {
            // A quoted phrase typed with diacritics means those diacritics.
            bool.must(f.phrase().field(UnmarkedWordsFilter.isUnmarked(phrase) ? "all_folded" : "all_exact")
                    .matching(phrase));
        }
        for (String word : query.excluded()) {
            bool.mustNot(f.match().field("all_folded").matching(word));
        }
        return bool;
    }

    /**
     * The first pass, over every hit, in tiers: every hit of a tier ranks above every hit of the
     * next. Within a tier, the clauses that are cheap because their terms are rare (word pairs) or
     * their field is short (titles) rank. With several words, the hits holding every neighbouring
     * pair of them come first: all the query's words standing together outrank a short article
     * titled with some of them (docs/search.md measures why). As a tier rather than a bonus added to
     * the score, it leaves the scores within each tier close to their bounds, and Lucene skips the
     * hits that cannot reach the page (a third of the hits read instead of all, docs/search.md).
     */
    private static List<SearchPredicate> firstPassTiers(SearchPredicateFactory f, SearchPredicate hits,
            SearchPredicate belongingWithPairs, SearchQuery query) {
        String words = query.words();
        if (words.isEmpty()) {
            return List.of(hits);
        }
        if (words.indexOf(' ') < 0) {
            // One word has no pairs: how often it occurs ranks, from the first pass on.
            return List.of(f.bool().must(hits).should(title(f, words)).toPredicate());
        }
        // How often each word occurs (BM25 over whole texts, the dearest clause) waits for the full ranking.
        return List.of(
                f.bool().filter(belongingWithPairs).must(allPairs(f, words).boost(PAIR_BONUS)).should(title(f, words))
                        .toPredicate(),
                f.bool().filter(hits).mustNot(allPairs(f, words)).should(pairs(f, words)).should(title(f, words))
                        .toPredicate());
    }

    /**
     * The documents whose number the query names, above every other tier: someone who typed
     * {@code 2146/QĐ-TTg} wants the decision itself before the news that cites it.
     */
    private static List<SearchPredicate> numberFirst(SearchPredicateFactory f, SearchPredicate hits,
            SearchPredicate namedNumber, List<SearchPredicate> tiers) {
        if (namedNumber == null) {
            return tiers;
        }
        List<SearchPredicate> ordered = new ArrayList<>();
        ordered.add(f.bool().filter(hits).must(namedNumber).toPredicate());
        tiers.forEach(tier -> ordered.add(f.bool().must(tier).mustNot(namedNumber).toPredicate()));
        return ordered;
    }

    /** Hits {@code [offset, offset + limit)} of the first pass's order, tier after tier. */
    private static <T> List<T> firstPassPage(SearchSession search, SearchScope<ArticleTranslation> scope,
            List<SearchPredicate> tiers,
            Function<SearchProjectionFactory<EntityReference, ArticleTranslation>, ? extends ProjectionFinalStep<T>> projection,
            int offset, int limit) {
        List<T> page = new ArrayList<>(limit);
        long skip = offset;
        for (int tier = 0; tier < tiers.size() && page.size() < limit; tier++) {
            if (skip > 0 && tier < tiers.size() - 1) {
                long inTier = search.search(scope).where(tiers.get(tier)).fetchTotalHitCount();
                if (skip >= inTier) {
                    skip -= inTier;
                    continue;
                }
            }
            page.addAll(search.search(scope)
                    .select(projection)
                    .where(tiers.get(tier))
                    .sort(SearchService::stableOrder)
                    .totalHitCountThreshold(skip + limit)
                    .fetch((int) skip, limit - page.size()).hits());
            skip = 0;
        }
        return page;
    }

    /**
     * The full ranking, over the first pass's best {@link #WINDOW}: the same clauses, the words
     * standing together checked in order (their pairs could stand apart), and the words' spelling —
     * the same diacritics as typed first, then words typed plainly found written plainly. These read
     * every occurrence of common syllables in whole texts: too dear for every hit, cheap for a hundred.
     */
    private static BooleanPredicateClausesStep<?> fullRanking(SearchPredicateFactory f, SearchPredicate hits,
            SearchQuery query, SearchPredicate namedNumber) {
        String words = query.words();
        BooleanPredicateClausesStep<?> bool = closeness(f, hits, words,
                f.bool().must(allPairs(f, words)).must(f.phrase().field("all_folded").matching(words)));
        if (namedNumber != null) {
            bool.should(f.bool().must(namedNumber).constantScore().boost(NAMED_NUMBER_BONUS));
        }
        for (String word : words.split(" ")) {
            spelling(f, bool, word);
        }
        return bool;
    }

    /** The hits, ranked by their titles, by how many of the words' pairs they hold, and by the words standing {@code together}. */
    private static BooleanPredicateClausesStep<?> closeness(SearchPredicateFactory f, SearchPredicate hits, String words,
            PredicateFinalStep together) {
        BooleanPredicateClausesStep<?> bool = f.bool().must(hits);
        bool.should(title(f, words));
        if (words.indexOf(' ') > 0) {
            bool.should(pairs(f, words));
            bool.should(f.bool().must(together).constantScore().boost(ADJACENT_BONUS));
        }
        return bool;
    }

    /**
     * A word found as it was typed counts the same whatever the text's length and however common the
     * word: {@code bàn} before {@code ban} before {@code bán} must not turn on how many other texts
     * write {@code địa bàn}. Typed without diacritics, the exact and the unmarked forms find the
     * same words: one clause, both bonuses. The {@code all_} fields hold the title too, so asking the
     * title's own fields as well would read twice the postings for the same yes or no.
     */
    private static void spelling(SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, String word) {
        boolean plain = UnmarkedWordsFilter.isUnmarked(word);
        bool.should(f.match().field("all_exact").matching(word).constantScore()
                .boost(plain ? EXACT_BONUS + UNMARKED_BONUS : EXACT_BONUS));
        if (!plain) {
            bool.should(f.match().field("all_plain").matching(word).constantScore().boost(UNMARKED_BONUS));
        }
    }

    private static PredicateFinalStep title(SearchPredicateFactory f, String words) {
        return f.match().field("title_folded").matching(words).boost(TITLE_BONUS);
    }

    /** How many of the words' neighbouring pairs a text holds, and how often. */
    private static PredicateFinalStep pairs(SearchPredicateFactory f, String words) {
        return f.match().field("all_pairs").matching(words).boost(PAIR_BONUS);
    }

    /** Every neighbouring pair of the words present: cheap to find, since pairs are rare terms. */
    private static MatchPredicateOptionsStep<?> allPairs(SearchPredicateFactory f, String words) {
        return f.match().field("all_pairs").matching(words)
                .minimumShouldMatch().ifMoreThan(0).thenRequirePercent(100).end();
    }

    /** A page's address depends on its parents' slugs, which the index does not keep: {@code pages} knows them. */
    private static SearchHit hit(Object[] v, Snippets snippets, PageTree pages) {
        long id = (Long) v[0];
        Language language = (Language) v[2];
        String title = (String) v[3];
        String body = (String) v[5];
        ArticleKind kind = ArticleKind.valueOf((String) v[8]);
        String url = kind.path(language, (String) v[4],
                () -> pages.path(id, language).orElseGet(() -> language.pagePath(List.of((String) v[4]))));
        return new SearchHit(id, (String) v[1], kind, language, title, snippets.marked(title), url,
                snippets.snippet(body == null ? "" : body, SNIPPET_LENGTH), (Instant) v[6], (String) v[7]);
    }
}
