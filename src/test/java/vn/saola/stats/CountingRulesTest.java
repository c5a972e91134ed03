package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountingRulesTest {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";
    static final String IPHONE_ZALO = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Mobile/15E148 Safari/604.1";

    private static CountingRules rules() throws IOException {
        return new CountingRules(BotList.parse(new StringReader(Files.readString(Path.of("config", "bots.txt")))));
    }

    @Test
    void aBrowserReadingAPageIsAView() throws IOException {
        assertTrue(rules().isView("GET", 200, "text/html;charset=UTF-8", CHROME, null));
        assertTrue(rules().isView("GET", 200, "text/html", IPHONE_ZALO, null));
        assertTrue(rules().isView("GET", 200, "text/html", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", null));
        assertTrue(rules().isView("GET", 304, "text/html;charset=UTF-8", CHROME, null), "its copy is current: shown again");
        assertFalse(rules().isView("GET", 404, "text/html;charset=UTF-8", CHROME, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/131.0.6778.139 Safari/537.36",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; Zalo-Bot/1.0; +https://zalo.me)",
        "ZaloPC-win32-24v672",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "Java-http-client/17.0.13",
        "Go-http-client/1.1",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 (compatible; coccocbot-web/1.0)",
        "wrk",
        "" })
    void botsCrawlersPreviewsAndScriptsAreNot(String userAgent) throws IOException {
        assertFalse(rules().isView("GET", 200, "text/html", userAgent, null), userAgent);
    }

    @Test
    void noUserAgentIsNoView() throws IOException {
        assertFalse(rules().isView("GET", 200, "text/html", null, null));
    }

    @Test
    void onlyASuccessfulGetOfAnHtmlPageCounts() throws IOException {
        CountingRules rules = rules();
        assertFalse(rules.isView("HEAD", 200, "text/html", CHROME, null));
        assertFalse(rules.isView("POST", 200, "text/html", CHROME, null));
        assertFalse(rules.isView("GET", 404, "text/html", CHROME, null));
        assertFalse(rules.isView("GET", 304, null, CHROME, null));
        assertFalse(rules.isView("GET", 303, "text/html", CHROME, null));
        assertFalse(rules.isView("GET", 500, "text/html", CHROME, null));
        assertFalse(rules.isView("GET", 200, "application/json", CHROME, null));
        assertFalse(rules.isView("GET", 200, "text/css", CHROME, null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "prefetch", "prefetch;prerender", "Prefetch", "preview" })
    void pagesLoadedAheadAreNotViews(String purpose) throws IOException {
        assertFalse(rules().isView("GET", 200, "text/html", CHROME, purpose));
    }
}
