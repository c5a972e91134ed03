package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsPhrasesAndExclusionsAreTold() {
        SearchQuery query = SearchQuery.parse("công nghiệp \"tái cơ cấu\" -điện Bắc Kạn");
        assertEquals("công nghiệp Bắc Kạn", query.words());
        assertEquals(List.of("tái cơ cấu"), query.phrases());
        assertEquals(List.of("điện"), query.excluded());
    }

    @Test
    void operatorCharactersMeanNothing() {
        assertEquals("a b c d", SearchQuery.parse("a* (b:c) ~d^2").words().replace(" 2", ""));
        assertTrue(SearchQuery.parse("*").isEmpty());
        assertTrue(SearchQuery.parse("~ \\ && || ! ( ) { } [ ] ^ : /").isEmpty());
        assertTrue(SearchQuery.parse("   ").isEmpty());
        assertTrue(SearchQuery.parse(null).isEmpty());
    }

    @Test
    void marksInsideAWordKeepItWholeAsTheIndexDoes() {
        assertEquals("Don't save 1.234,00 com.sun.star k_2", SearchQuery.parse("Don't save 1.234,00 com.sun.star k_2").words());
        assertEquals(List.of("don't", "save", "1.234,00", "com.sun.star", "k_2"),
                VietnameseAnalysisTest.tokens(VietnameseAnalysis.FOLDED, "Don't save 1.234,00 com.sun.star k_2"));
        assertEquals("end of sentence quoted", SearchQuery.parse("end of sentence. 'quoted', _").words());
        assertEquals("2146 QĐ TTg", SearchQuery.parse("2146/QĐ-TTg").words());
    }

    @Test
    void anUnbalancedQuoteQuotesToTheEnd() {
        SearchQuery query = SearchQuery.parse("bắc \"kạn thành phố");
        assertEquals("bắc", query.words());
        assertEquals(List.of("kạn thành phố"), query.phrases());
    }

    @Test
    void exclusionsAloneAreNoSearch() {
        assertTrue(SearchQuery.parse("-điện -nước").isEmpty());
        assertFalse(SearchQuery.parse("\"a\"").isEmpty());
    }

    @Test
    void hugeInputIsCut() {
        SearchQuery query = SearchQuery.parse("công ".repeat(2000));
        assertEquals(SearchQuery.MAX_TERMS, query.words().split(" ").length);
    }

    @Test
    void decomposedInputIsComposed() {
        SearchQuery query = SearchQuery.parse(Normalizer.normalize("Đề án", Normalizer.Form.NFD));
        assertEquals("Đề án", query.words());
    }

    @Test
    void theFoldedSpellingDropsDiacritics() {
        SearchQuery query = SearchQuery.parse("\"Đề án\" tái cơ cấu -điện");
        assertTrue(query.hasDiacritics());
        assertEquals("\"De an\" tai co cau -dien", query.folded());
        assertEquals("HA NOI Da Nang DONG", SearchQuery.parse("HÀ NỘI Đà Nẵng ĐỒNG").folded(), "the case as typed");
        assertFalse(SearchQuery.parse("de an").hasDiacritics());
    }
}
