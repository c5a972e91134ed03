package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.RawHttp;
import vn.saola.testing.SaolaServer;

/** What a visitor sees when a page does not exist or the address is nonsense: a page in their language, never a 500. */
class ErrorPagesIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Browser browser = new Browser(server);

    @ParameterizedTest
    @ValueSource(strings = {
        "/vi/bai-viet/khong-co-bai-nay",
        "/vi/chuyen-muc/khong-co-chuyen-muc",
        "/vi/chuyen-muc/cong-nghiep?page=9",
        "/vi/?page=0",
        "/vi/?page=abc",
        "/vi/khong-co-trang-nay",
        "/vi/bai-viet/Sở-Công-Thương"})
    void vietnameseAddressesThatNameNoPageGetTheVietnamese404(String path) {
        Page page = browser.get(path.replace("Sở-Công-Thương", "S%E1%BB%9F-C%C3%B4ng"));
        assertEquals(404, page.status(), path);
        assertEquals("vi", page.document().select("html").attr("lang"));
        assertEquals("Không tìm thấy trang", page.document().selectFirst("main h1").text());
        assertEquals("/vi/", page.document().selectFirst("main a[href=/vi/]").attr("href"));
    }

    @Test
    void aVietnameseOnlyArticleAskedForInEnglishIsAnEnglish404() {
        Page page = browser.get("/en/articles/lich-tiep-cong-dan-cua-giam-doc-so-cong-thuong-nam-2024");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.document().selectFirst("main h1").text());
        assertEquals(200, browser.get("/vi/bai-viet/lich-tiep-cong-dan-cua-giam-doc-so-cong-thuong-nam-2024").status());
    }

    @Test
    void anUnknownLanguagePrefixIs404InTheBrowsersLanguage() {
        Page page = browser.get("/fr/", "Accept-Language", "en-GB,en;q=0.8");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.document().selectFirst("main h1").text());
        assertEquals(404, browser.get("/de/bai-viet/x").status());
    }

    @Test
    void filesInsideTheWarAreNotServed() {
        Page page = browser.get("/WEB-INF/web.xml");
        assertEquals(404, page.status());
        assertEquals("Không tìm thấy trang", page.document().selectFirst("main h1").text());
        assertEquals(404, browser.get("/assets/..%2FWEB-INF%2Fweb.xml").status());
    }

    @Test
    void unknownQueryParametersAreIgnored() {
        Page page = browser.get("/vi/?utm_source=zalo&fbclid=abc&page=1");
        assertEquals(200, page.status());
        assertEquals("Tin mới nhất", page.document().selectFirst("main h1").text());
    }

    @Test
    void anOverlongSlugIsANotFoundNotAnError() {
        Page page = browser.get("/vi/bai-viet/" + "a".repeat(5000));
        assertEquals(404, page.status());
    }

    @Test
    void anUnsupportedMethodIsLocalised() {
        Page page = browser.postForm("/en/", java.util.Map.of("a", "b"));
        assertTrue(page.status() == 405 || page.status() == 403, String.valueOf(page.status()));
        assertEquals("en", page.document().select("html").attr("lang"));
    }

    /** Grizzly, Payara's HTTP layer, refuses these before any application code runs: 400, no body. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/vi/bai-viet/..%2F..%2F..%2Fetc%2Fpasswd",
        "/vi/../../etc/passwd",
        "/vi/bai-viet/%00",
        "/vi/%00",
        "/vi/bai-viet/%C3%28",
        "/vi/chuyen-muc/%C0%AF"})
    void pathsThatCannotBeDecodedAreRefusedAsBadRequests(String rawTarget) {
        RawHttp.Answer answer = RawHttp.get(server.base(), rawTarget);
        assertEquals(400, answer.status(), rawTarget);
        assertNoTrace(rawTarget, answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vi/?page=%FF%FE", "/vi/?page=%", "/vi/?page=%C3%28"})
    void brokenQueryValuesGetTheLocalised404(String rawTarget) {
        RawHttp.Answer answer = RawHttp.get(server.base(), rawTarget);
        assertEquals(404, answer.status(), rawTarget);
        assertTrue(answer.text().contains("Không tìm thấy trang"), rawTarget);
    }

    /**
     * A truncated percent-escape in the path makes Payara's CoyoteAdapter fail while decoding and
     * answer an empty 200 (payara/Payara#8000, open): nothing of Saola runs. This test pins that
     * it stays harmless (no error status, no trace, no content), and fails the day Payara changes it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/vi/bai-viet/%E0%A4%A", "/vi/bai-viet/%"})
    void truncatedEscapesAreSwallowedByPayaraWithoutATrace(String rawTarget) {
        RawHttp.Answer answer = RawHttp.get(server.base(), rawTarget);
        assertEquals(200, answer.status(), rawTarget);
        assertTrue(answer.text().contains("Content-Length: 0"), answer.text());
        assertNoTrace(rawTarget, answer);
    }

    private static void assertNoTrace(String rawTarget, RawHttp.Answer answer) {
        assertFalse(answer.text().contains("Exception"), rawTarget);
        assertFalse(answer.text().contains("at org."), rawTarget);
    }
}
