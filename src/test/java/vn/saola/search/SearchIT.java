package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.saola.testing.SaolaServer;

/**
 * Search on one node: the Lucene index in files, a change found as soon as
 * it is committed (within a second: {@code bench/index-latency.sh} measures it).
 *
 * <p>The known items below hold on Lucene; on OpenSearch the same ranking does not put them first
 * yet (issue 18, item 4: not checked there with the present bonus), so they are asserted here, not in {@link SearchBehaviour}.
 */
class SearchIT extends SearchBehaviour {

    static final SaolaServer SERVER = SaolaServer.embedded();

    SearchIT() {
        super(SERVER.base(), SERVER.adminPassword());
    }

    @Test
    void theArticleHoldingTheWordsSideBySideRanksAboveATitleHoldingSomeOfThem() {
        assertEquals("Điều hướng trong tài liệu", rankedTitles("lệnh công cụ cấu").get(0));
        assertEquals("Điều hướng trong tài liệu", rankedTitles("lenh cong cu cau").get(0));
    }

    @Test
    void aPastedSentenceWithADecisionNumberFindsItsArticleFirst() {
        String pasted = "Quyết định số 2146/QĐ-TTg ngày 01/12/2014 của Thủ tướng Chính phủ";
        assertEquals("Triển khai chương trình phát triển thương mại", rankedTitles(pasted).get(0));
        assertEquals("Triển khai chương trình phát triển thương mại", rankedTitles(SearchQuery.fold(pasted)).get(0),
                "pasted again without its diacritics");
    }
}
