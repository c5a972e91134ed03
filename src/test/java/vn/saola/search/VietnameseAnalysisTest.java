package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Tokens;

class VietnameseAnalysisTest {

    @Test
    void wordsAreCountedAsTheIndexSeesThem() {
        assertEquals(2, VietnameseAnalysis.wordCount("bảng tính"));
        assertEquals(2, VietnameseAnalysis.wordCount("tài-liệu"));
        assertEquals(1, VietnameseAnalysis.wordCount("a !!!"));
        assertEquals(0, VietnameseAnalysis.wordCount("!!! – ?"));
    }

    /** Search leans on this: a text holding every pair of two words or more holds every word. */
    @Test
    void theWordPairsChainEveryWordToTheNext() {
        for (String text : List.of("bảng tính", "Quyết định số 2146/QĐ-TTg ngày 01/12/2014", "tài-liệu  in , ấn",
                "don't stop", "1.234,00 đồng")) {
            List<String> words = tokens(VietnameseAnalysis.FOLDED, text);
            List<String> pairs = tokens(VietnameseAnalysis.FOLDED_PAIRS, text);
            assertEquals(VietnameseAnalysis.wordCount(text), words.size(), text);
            assertEquals(words.size() - 1, pairs.size(), text);
            for (int i = 0; i < pairs.size(); i++) {
                assertEquals(words.get(i) + " " + words.get(i + 1), pairs.get(i), text);
            }
        }
    }

    @Test
    void exactKeepsDiacriticsButNotCase() {
        assertEquals(List.of("đề", "án", "tái", "cơ", "cấu"), tokens(VietnameseAnalysis.EXACT, "ĐỀ ÁN Tái cơ cấu"));
    }

    @Test
    void decomposedTextIsTheSameAsComposed() {
        String nfd = Normalizer.normalize("Đề án Nguyễn Thương", Normalizer.Form.NFD);
        assertEquals(tokens(VietnameseAnalysis.EXACT, "Đề án Nguyễn Thương"), tokens(VietnameseAnalysis.EXACT, nfd));
        assertEquals(List.of("de", "an", "nguyen", "thuong"), tokens(VietnameseAnalysis.FOLDED, nfd));
    }

    @Test
    void foldingDropsDiacriticsAndWritesDStrokeAsD() {
        assertEquals(List.of("de", "an"), tokens(VietnameseAnalysis.FOLDED, "Đề án"));
        assertEquals(List.of("de", "an"), tokens(VietnameseAnalysis.FOLDED, "de an"));
        assertEquals(List.of("de", "an"), tokens(VietnameseAnalysis.FOLDED, "ĐỀ ÁN"));
        assertEquals(List.of("duong"), tokens(VietnameseAnalysis.FOLDED, "Đường"));
        assertEquals(List.of("nguyen"), tokens(VietnameseAnalysis.FOLDED, "Nguyễn"));
        assertEquals(List.of("thuong"), tokens(VietnameseAnalysis.FOLDED, "thương"));
        assertEquals(List.of("ban", "ban", "ban"), tokens(VietnameseAnalysis.FOLDED, "bàn ban bán"));
    }

    @Test
    void plainKeepsOnlyWordsWrittenWithoutDiacritics() {
        assertEquals(List.of("ban", "ban", "tin"), tokens(VietnameseAnalysis.PLAIN, "bàn ban bán BAN-tin đi"));
        assertEquals(List.of(), tokens(VietnameseAnalysis.PLAIN, "Đường đi"));
    }

    @Test
    void codesAndNumbersSplitOnPunctuation() {
        assertEquals(List.of("2146", "qd", "ttg"), tokens(VietnameseAnalysis.FOLDED, "2146/QĐ-TTg"));
    }

    @Test
    void englishIsLowerCasedAndKept() {
        assertEquals(List.of("department", "of", "industry"), tokens(VietnameseAnalysis.EXACT, "Department of Industry"));
    }

    @Test
    void pairsAreNeighbouringFoldedWordsAndNothingElse() {
        assertEquals(List.of("lenh cong", "cong cu", "cu cau"), tokens(VietnameseAnalysis.FOLDED_PAIRS, "Lệnh CÔNG cụ, cấu"));
        assertEquals(List.of("2146 qd", "qd ttg"), tokens(VietnameseAnalysis.FOLDED_PAIRS, "2146/QĐ-TTg"));
        assertEquals(List.of(), tokens(VietnameseAnalysis.FOLDED_PAIRS, "Đường"));
    }

    @Test
    void pairsOfDecomposedTextAreThoseOfComposed() {
        String text = "Kế hoạch tái cơ cấu";
        assertEquals(tokens(VietnameseAnalysis.FOLDED_PAIRS, text),
                tokens(VietnameseAnalysis.FOLDED_PAIRS, Normalizer.normalize(text, Normalizer.Form.NFD)));
    }

    static List<String> tokens(String analyzer, String text) {
        return Tokens.of(analyzer, text);
    }
}
