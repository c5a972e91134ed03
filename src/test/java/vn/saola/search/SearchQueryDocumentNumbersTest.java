package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryDocumentNumbersTest {

    @Test
    void theNumbersAQueryMayNameAreFoundWhereverTheSymbolEnds() {
        assertEquals(List.of("2146QD", "2146QDTTG"), SearchQuery.parse("2146/QĐ-TTg").documentNumberKeys());
        assertEquals(List.of("2146QD", "2146QDTTG"), SearchQuery.parse("2146/qd-ttg").documentNumberKeys());
        assertEquals(List.of("2146QD", "2146QDTTG"), SearchQuery.parse("\"2146 QĐ-TTg\"").documentNumberKeys());
        assertTrue(SearchQuery.parse("quyết định 2146/QĐ-TTg phê duyệt").documentNumberKeys().contains("2146QDTTG"));
        assertTrue(SearchQuery.parse("01/2021/TT-BCT").documentNumberKeys().contains("012021TTBCT"));
        assertEquals(List.of(), SearchQuery.parse("tái cơ cấu ngành công thương").documentNumberKeys());
        assertEquals(List.of(), SearchQuery.parse("2024").documentNumberKeys());
    }
}
