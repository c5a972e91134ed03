package vn.saola.search;

import java.util.List;

import vn.saola.content.Paged;

/**
 * A page of hits, how many there are in all, and — when nothing was found for a query written
 * with diacritics — the same query without them, if that finds more.
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, int number, int size,
        String suggestion, long suggestionTotal) implements Paged {

    public static SearchResults empty(SearchQuery query, int number, int size) {
        return new SearchResults(query, List.of(), 0, number, size, null, 0);
    }

    SearchResults withSuggestion(String folded, long count) {
        return new SearchResults(query, hits, total, number, size, folded, count);
    }
}
