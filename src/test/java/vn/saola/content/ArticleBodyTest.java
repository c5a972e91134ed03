package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    @Test
    void plainTextParagraphsBecomeEscapedParagraphs() {
        String html = ArticleBody.toSafeHtml("Giá 5 <7 triệu & vậy thôi\n\nĐoạn hai\ndòng hai");
        assertEquals("<p>Giá 5 &lt;7 triệu &amp; vậy thôi</p>\n<p>Đoạn hai<br>dòng hai</p>\n", html);
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
