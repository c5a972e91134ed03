package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.saola.content.ContentChanged;
import vn.saola.i18n.Language;

class RecentResultsTest {

    private final AtomicInteger searches = new AtomicInteger();

    private static RecentResults recent(long seconds, long size) {
        RecentResults recent = new RecentResults();
        recent.lifetimeSeconds = seconds;
        recent.maximumSize = size;
        recent.createCache();
        return recent;
    }

    private static RecentResults.Key key(String words) {
        return new RecentResults.Key(SearchQuery.parse(words), SearchFilters.in(Language.VI), 1, 10);
    }

    private SearchResults search(String words) {
        searches.incrementAndGet();
        return new SearchResults(SearchQuery.parse(words), List.of(), searches.get(), 1, 10, null, 0);
    }

    @Test
    void theSameWordsAreSearchedOnceUntilContentChanges() {
        RecentResults recent = recent(30, 100);
        SearchResults first = recent.get(key("bảng tính"), () -> search("bảng tính"));
        assertSame(first, recent.get(key("bảng tính"), () -> search("bảng tính")));
        assertSame(first, recent.get(key("  bảng   tính "), () -> search("bảng tính")), "the same words, spaced otherwise");
        assertEquals(1, searches.get());

        recent.get(key("công thức"), () -> search("công thức"));
        assertEquals(2, searches.get(), "other words are other results");

        recent.forgetAll(ContentChanged.here());
        recent.get(key("bảng tính"), () -> search("bảng tính"));
        assertEquals(3, searches.get(), "a change to content is never hidden by results from before it");
    }

    @Test
    void aSearchThatBeganBeforeAChangeIsNotKeptAfterIt() {
        RecentResults recent = recent(30, 100);
        recent.get(key("hộp thoại"), () -> {
            recent.forgetAll(ContentChanged.here()); // the change commits while this search runs
            return search("hộp thoại");
        });
        recent.get(key("hộp thoại"), () -> search("hộp thoại"));
        assertEquals(2, searches.get());
    }

    @Test
    void sizeZeroTurnsTheMemoryOff() {
        RecentResults recent = recent(30, 0);
        recent.get(key("macro"), () -> search("macro"));
        recent.get(key("macro"), () -> search("macro"));
        assertEquals(2, searches.get());
    }
}
