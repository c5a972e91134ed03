package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchingWordsAreMarkedWhateverTheirDiacritics() {
        Snippets snippets = new Snippets(SearchQuery.parse("mien dong"));
        assertEquals("Lô hàng <mark>miến dong</mark> thứ ba", snippets.marked("Lô hàng miến dong thứ ba"));
        assertEquals("<mark>Đông</mark> và <mark>miền</mark>", snippets.marked("Đông và miền"));
    }

    @Test
    void everythingElseIsEscaped() {
        Snippets snippets = new Snippets(SearchQuery.parse("cảnh báo"));
        assertEquals("<mark>Cảnh báo</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;",
                snippets.marked("Cảnh báo <script>alert(1)</script> & \"x\""));
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatchAtWordBoundaries() {
        String text = "Mở đầu dài dòng. ".repeat(20) + "Đoạn nói về bảng tính và công thức. " + "Kết thúc. ".repeat(20);
        String snippet = new Snippets(SearchQuery.parse("bang tinh")).snippet(text, 80);
        assertTrue(snippet.startsWith("… "), snippet);
        assertTrue(snippet.endsWith(" …"), snippet);
        assertTrue(snippet.contains("<mark>bảng tính</mark>"), snippet);
        assertTrue(snippet.length() < 140, snippet);
    }

    @Test
    void withoutAMatchTheSnippetIsTheBeginning() {
        String snippet = new Snippets(SearchQuery.parse("xyz")).snippet("Một hai ba bốn năm sáu bảy tám chín mười", 20);
        assertEquals("Một hai ba bốn năm …", snippet);
    }

    @Test
    void phraseWordsAreMarkedToo() {
        assertEquals("<mark>tái cơ cấu</mark> ngành",
                new Snippets(SearchQuery.parse("\"tái cơ cấu\"")).marked("tái cơ cấu ngành"));
    }

    @Test
    void theSnippetShowsWhereTheWordsStandTogetherNotWhereOneOfThemFirstAppears() {
        String text = "Công cụ nằm ở đầu. ".repeat(10) + "Dòng lệnh công cụ cấu hình nằm ở đây. " + "Kết thúc. ".repeat(20);
        String snippet = new Snippets(SearchQuery.parse("lệnh công cụ cấu")).snippet(text, 80);
        assertTrue(snippet.contains("Dòng <mark>lệnh công cụ cấu</mark> hình"), snippet);
    }

    @Test
    void wordsAreComparedFoldedWhateverTheirForm() {
        assertEquals("ban", Snippets.fold("BÁN"));
        assertEquals("dong", Snippets.fold("Đồng"));
        assertEquals("dong", Snippets.fold(java.text.Normalizer.normalize("Đồng", java.text.Normalizer.Form.NFD)));
        assertEquals("nguyen", Snippets.fold("NGUYỄN"));
        assertEquals("office", Snippets.fold("Office"));
    }

    @Test
    void theBestRunIsFoundInDecomposedTextAndBesideSymbolsOutsideTheBasicPlane() {
        String text = "Mở đầu. ".repeat(40) + "\uD83D\uDCC4 Ánh sáng mặt trời" + " kết thúc.".repeat(40);
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        String snippet = new Snippets(SearchQuery.parse("anh sang mat troi")).snippet(decomposed, 80);
        assertTrue(snippet.contains("<mark>" + java.text.Normalizer.normalize("Ánh sáng mặt trời",
                java.text.Normalizer.Form.NFD) + "</mark>"), snippet);
    }
}
