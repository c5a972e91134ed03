package vn.saola.search;

import java.util.List;

/**
 * A page of hits, how many there are in all, and — when nothing was found for a query written
 * with diacritics — the same query without them, if that finds more.
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, int page, int size,
        String suggestion, long suggestionTotal) {

    public static SearchResults empty(SearchQuery query, int page, int size) {
        return new SearchResults(query, List.of(), 0, page, size, null, 0);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    SearchResults withSuggestion(String folded, long count) {
        return new SearchResults(query, hits, total, page, size, folded, count);
    }
}
