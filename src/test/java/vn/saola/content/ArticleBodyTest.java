package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Harm;

class ArticleBodyTest {

    @Test
    void plainTextParagraphsBecomeEscapedParagraphs() {
        String html = ArticleBody.toSafeHtml("Giá 5 <7 triệu & \"vậy\" thôi\n\nĐoạn hai\ndòng hai");
        assertEquals("<p>Giá 5 &lt;7 triệu &amp; &#34;vậy&#34; thôi</p>\n<p>Đoạn hai<br />dòng hai</p>", html);
    }

    @Test
    void htmlWithNothingKeptButTextReadsAsParagraphs() {
        assertEquals("<p>Chỉ còn chữ &amp; &#34;trích&#34;</p>\n<p>Đoạn hai thẻ lạ</p>",
                ArticleBody.toSafeHtml("<span>Chỉ còn chữ &amp; \"trích\"</span>\n\nĐoạn hai <x-unknown>thẻ lạ</x-unknown>"));
    }

    @Test
    void aSanitisedBodySentAgainIsStoredTheSame() {
        for (String body : List.of("Giá 5 <7 triệu & \"vậy\" thôi\n\nĐoạn hai\ndòng hai",
                "<span>Chỉ còn chữ &amp; \"trích\"</span>\n\nĐoạn hai <x-unknown>thẻ lạ</x-unknown>",
                "<h1>Tiêu đề</h1><p>Đoạn <a href=\"https://moit.gov.vn/\">liên kết</a> &amp; \"trích\"</p><ul><li>một</li></ul>"
                        + "<table><tr><th scope=\"col\">A</th></tr><tr><td colspan=\"2\">B</td></tr></table>")) {
            String once = ArticleBody.toSafeHtml(body);
            assertEquals(once, ArticleBody.toSafeHtml(once), "an export imported again changes nothing");
        }
    }

    @Test
    void htmlIsSanitised() {
        String html = ArticleBody.toSafeHtml("<p onclick=\"steal()\">Xin chào <script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">link</a> <strong>đậm</strong></p>");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<strong>đậm</strong>"), html);
    }

    @Test
    void filterEvasionPayloadsComeOutHarmless() {
        List<String> payloads = Harm.filterEvasionPayloads();
        assertTrue(payloads.size() >= 60, "payloads: " + payloads.size());
        for (String payload : payloads) {
            // As HTML the editor sent, and wrapped so that the sanitiser takes it for HTML in any case.
            for (String body : List.of(payload, "<p>x</p>" + payload)) {
                String html = ArticleBody.toSafeHtml(body);
                assertEquals("", Harm.in(html), payload + " -> " + html);
            }
        }
    }

    @Test
    void linksOpenNothingBehindThemAndImagesComeOnlyFromUploads() {
        String html = ArticleBody.toSafeHtml("<p><a href=\"https://moit.gov.vn/\">Bộ</a>"
                + "<img src=\"/uploads/2026/11/anh.jpg\" alt=\"Ảnh\"><img src=\"https://tracker.example/p.png\" alt=\"x\">"
                + "<img src=\"/uploads/../secret.png\"></p>");
        assertTrue(html.contains("<a href=\"https://moit.gov.vn/\" rel=\"noopener\">Bộ</a>"), html);
        assertTrue(html.contains("<img src=\"/uploads/2026/11/anh.jpg\" alt=\"Ảnh\" />"), html);
        assertFalse(html.contains("tracker.example"), html);
        assertFalse(html.contains("secret"), html);
    }

    @Test
    void articleFormattingSurvives() {
        String html = ArticleBody.toSafeHtml("<h1>Lớn</h1><h2>Mục</h2><h3>Tiểu mục</h3><h5>Nhỏ</h5><ul><li>một</li></ul>"
                + "<ol><li>hai</li></ol><blockquote><p>Trích</p></blockquote><table><tr><th scope=\"col\">A</th>"
                + "<td colspan=\"2\">B</td></tr></table><p><em>nghiêng</em> <strong>đậm</strong></p>");
        assertTrue(html.contains("<h2>Lớn</h2><h2>Mục</h2><h3>Tiểu mục</h3><h4>Nhỏ</h4>"), html);
        assertTrue(html.contains("<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote><p>Trích</p></blockquote>"), html);
        assertTrue(html.contains("<th scope=\"col\">A</th><td colspan=\"2\">B</td>"), html);
        assertTrue(html.contains("<em>nghiêng</em> <strong>đậm</strong>"), html);
    }

    @Test
    void readableTextPutsEachBlockOnItsOwn() {
        assertEquals("Tiêu đề\n\nTóm tắt\n\nĐoạn một\n\nTrích dẫn\n\nmục", ArticleBody.readableText("Tiêu đề", "Tóm tắt",
                "<p>Đoạn <em>một</em></p><blockquote><p>Trích dẫn</p></blockquote><ul><li>mục</li></ul>"));
    }

    @Test
    void textIsStoredComposed() {
        String nfd = Normalizer.normalize("Công Thương", Normalizer.Form.NFD);
        assertTrue(ArticleBody.toSafeHtml(nfd).contains("Công Thương"));
    }

    @Test
    void summaryEndsWithAWholeSentenceWhenItCan() {
        String text = "Câu thứ nhất khá ngắn. Câu thứ hai dài hơn một chút nữa. Câu thứ ba sẽ bị cắt bỏ ở đây.";
        assertEquals("Câu thứ nhất khá ngắn. Câu thứ hai dài hơn một chút nữa.", ArticleBody.summarise(text, 70));
    }

    @Test
    void summaryFallsBackToWholeWords() {
        String summary = ArticleBody.summarise("một hai ba bốn năm sáu bảy tám chín mười", 20);
        assertEquals("một hai ba bốn năm…", summary);
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Xin chào thế giới", ArticleBody.plainText("<p>Xin <em>chào</em></p><p>thế giới</p>")
                .replace("  ", " "));
    }
}
