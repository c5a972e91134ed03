package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;
import vn.saola.testing.BeanValidation;

class ImportLineParserTest {

    private final ImportLineParser parser = new ImportLineParser(ZoneId.of("Asia/Ho_Chi_Minh"), BeanValidation.validator());

    @Test
    void aCompleteLineIsRead() {
        var parsed = parser.parse("{\"id\":\"a1\",\"lang\":\"vi\",\"title\":\"Tiêu đề\",\"body\":\"Nội dung\","
                + "\"category\":\"Tin tức\",\"publishedAt\":\"2024-06-12T09:30:00+07:00\",\"author\":\"HST\"}");
        assertTrue(parsed.isOk(), String.valueOf(parsed.problem()));
        assertEquals(Language.VI, parsed.translation().language());
        assertEquals("Tiêu đề", parsed.translation().title());
        assertEquals(Instant.parse("2024-06-12T02:30:00Z"), parsed.translation().publishedAt());
        assertEquals("HST", parsed.translation().author());
    }

    @Test
    void aPageNeedsNoCategoryAndMayNameItsParent() {
        var parsed = parser.parse("{\"type\":\"page\",\"id\":\"p2\",\"lang\":\"vi\",\"title\":\"Cơ cấu tổ chức\","
                + "\"body\":\"Văn phòng Sở\",\"parent\":\"p1\"}");
        assertTrue(parsed.isOk(), String.valueOf(parsed.problem()));
        assertEquals(ArticleKind.PAGE, parsed.translation().kind());
        assertEquals("p1", parsed.translation().parent());
        assertNull(parsed.translation().category());
        assertEquals(ArticleKind.ARTICLE, parser.parse("{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"T\",\"body\":\"B\","
                + "\"category\":\"C\",\"parent\":\"p1\"}").translation().kind());
        assertEquals("loại “post” không được hỗ trợ (chỉ article, page hoặc document)", reason("{\"type\":\"post\",\"id\":\"a\","
                + "\"lang\":\"vi\",\"title\":\"T\",\"body\":\"B\"}", Language.VI));
        assertEquals("missing field \"category\"", reason("{\"type\":\"article\",\"id\":\"a\",\"lang\":\"vi\","
                + "\"title\":\"T\",\"body\":\"B\"}", Language.EN));
    }

    @Test
    void aDocumentBringsItsRegisterEntryAndTheAddressesOfItsFiles() {
        var parsed = parser.parse("{\"type\":\"document\",\"id\":\"d1\",\"lang\":\"vi\",\"title\":\"Quyết định phê duyệt\","
                + "\"number\":\"2146/QĐ-TTg\",\"documentType\":\"Quyết định\",\"issuer\":\"Thủ tướng Chính phủ\","
                + "\"signer\":\"Lê Minh Khái\",\"issuedAt\":\"2024-12-31T23:30:00+07:00\",\"effectiveAt\":\"2025-01-01\","
                + "\"files\":[{\"title\":\"Toàn văn\",\"url\":\"https://old.example.vn/files/qd%202146.pdf\"}]}");
        assertTrue(parsed.isOk(), String.valueOf(parsed.problem()));
        assertEquals(ArticleKind.DOCUMENT, parsed.translation().kind());
        assertEquals("", parsed.translation().body(), "a document may be its summary and files alone");
        assertNull(parsed.translation().category());
        assertEquals("2146/QĐ-TTg", parsed.document().number());
        assertEquals(java.time.LocalDate.of(2024, 12, 31), parsed.document().issuedOn(), "the day in Hanoi");
        assertEquals(java.time.LocalDate.of(2025, 1, 1), parsed.document().effectiveOn());
        assertNull(parsed.document().expiredOn());
        assertEquals("https://old.example.vn/files/qd%202146.pdf", parsed.document().files().get(0).url().toString());

        String start = "{\"type\":\"document\",\"id\":\"d\",\"lang\":\"vi\",\"title\":\"T\",\"documentType\":\"Quyết định\","
                + "\"issuer\":\"UBND\",\"issuedAt\":\"2024-01-01\"";
        assertEquals("missing field \"number\"", reason(start + "}", Language.EN));
        assertEquals("the number “QĐ 2146” is not written as 2146/QĐ-TTg or 01/2021/TT-BCT",
                reason(start + ",\"number\":\"QĐ 2146\"}", Language.EN));
        assertEquals("“ftp://x/a.pdf” is not an http or https address",
                reason(start + ",\"number\":\"1/QĐ\",\"files\":[{\"url\":\"ftp://x/a.pdf\"}]}", Language.EN));
        assertEquals("“files” must be a list of at most 50 objects, each with a “title” and a “url” (or a “path”)",
                reason(start + ",\"number\":\"1/QĐ\",\"files\":\"a.pdf\"}", Language.EN));
        assertEquals("a/b.pdf", parser.parse(start + ",\"number\":\"1/QĐ\",\"files\":[{\"path\":\"a/b.pdf\"}]}")
                .document().files().get(0).path(), "a path in the ZIP sent beside the lines");
        assertEquals("missing field \"files.url\"", reason(start + ",\"number\":\"1/QĐ\",\"files\":[{\"title\":\"T\"}]}",
                Language.EN));
        assertEquals("“issuedAt”: “mai” is neither a date (2024-03-15) nor an ISO-8601 time",
                reason(start.replace("2024-01-01", "mai") + ",\"number\":\"1/QĐ\"}", Language.EN));
    }

    @Test
    void aTimeWithoutOffsetIsHanoiTime() {
        var parsed = parser.parse("{\"id\":\"a1\",\"lang\":\"en\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\","
                + "\"publishedAt\":\"2024-06-12T09:30:00\"}");
        assertEquals(Instant.parse("2024-06-12T02:30:00Z"), parsed.translation().publishedAt());
        assertNull(parsed.translation().author());
    }

    @Test
    void badLinesSayWhyInTheReadersLanguage() {
        assertEquals("the line is not valid JSON", reason("{not json", Language.EN));
        assertEquals("dòng không phải JSON hợp lệ", reason("{not json", Language.VI));
        assertEquals("the line must be a JSON object", reason("[1,2]", Language.EN));
        assertEquals("missing field \"title\"",
                reason("{\"id\":\"a\",\"lang\":\"vi\",\"body\":\"B\",\"category\":\"C\"}", Language.EN));
        assertEquals("language \"fr\" is not supported (only vi or en)",
                reason("{\"id\":\"a\",\"lang\":\"fr\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\"}", Language.EN));
        assertEquals("field \"title\" must be a string",
                reason("{\"id\":\"a\",\"lang\":\"vi\",\"title\":5,\"body\":\"B\",\"category\":\"C\"}", Language.EN));
        assertEquals("field \"title\" is longer than 500 characters", reason("{\"id\":\"a\",\"lang\":\"vi\",\"title\":\""
                + "x".repeat(501) + "\",\"body\":\"B\",\"category\":\"C\"}", Language.EN));
        assertEquals("publishedAt \"hôm qua\" is not an ISO-8601 date-time", reason("{\"id\":\"a\",\"lang\":\"vi\","
                + "\"title\":\"T\",\"body\":\"B\",\"category\":\"C\",\"publishedAt\":\"hôm qua\"}", Language.EN));
    }

    @Test
    void aLineMeetsTheSameLimitsAsTheEditorsForm() {
        String line = "{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\",";
        assertEquals("field \"summary\" is longer than " + ArticleConstraints.SUMMARY + " characters",
                reason(line + "\"summary\":\"" + "s".repeat(ArticleConstraints.SUMMARY + 1) + "\"}", Language.EN));
        assertEquals("field \"author\" is longer than " + ArticleConstraints.AUTHOR + " characters",
                reason(line + "\"author\":\"" + "a".repeat(ArticleConstraints.AUTHOR + 1) + "\"}", Language.EN));
        assertTrue(parser.parse(line + "\"author\":\"" + "a".repeat(ArticleConstraints.AUTHOR) + "\"}").isOk());
        assertEquals("missing field \"title\"", reason("{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"\u2003\","
                + "\"body\":\"B\",\"category\":\"C\"}", Language.EN), "an em space is no title");
    }

    @Test
    void aRejectedLineStillNamesItsId() {
        var parsed = parser.parse("{\"id\":\"a7\",\"lang\":\"xx\",\"title\":\"T\",\"body\":\"B\",\"category\":\"C\"}");
        assertFalse(parsed.isOk());
        assertEquals("a7", parsed.id());
    }

    private String reason(String line, Language language) {
        var parsed = parser.parse(line);
        assertFalse(parsed.isOk());
        return parsed.problem().message(language);
    }
}
