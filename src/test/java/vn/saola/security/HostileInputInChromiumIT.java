package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.saola.testing.Api;
import vn.saola.testing.Chromium;
import vn.saola.testing.Harm;
import vn.saola.testing.SaolaServer;

/**
 * The filter-evasion payloads through the import and through query parameters, opened in a real
 * Chromium: no dialog ever opens, no element or handler of theirs is in the page the browser built.
 */
class HostileInputInChromiumIT {

    private final SaolaServer server = SaolaServer.embedded();
    private final Api api = new Api(server);
    private final String word = "nhap" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> imported = new ArrayList<>();
    private ChromeDriver driver;

    @AfterEach
    void close() {
        List<String> refused = Chromium.quit(driver);
        imported.forEach(api::delete);
        assertTrue(refused.stream().allMatch(message -> message.contains("script-src")),
                "only the payloads' scripts may be refused: " + refused);
    }

    /** Null when nothing ran; else what did. */
    private String ran() {
        try {
            return "a dialog: " + driver.switchTo().alert().getText();
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        List<String> injected = Chromium.foreignContent(driver);
        return injected.isEmpty() ? null : "elements: " + injected;
    }

    @Test
    void payloadsImportedIntoEveryFieldNeverRun() {
        List<String> payloads = Harm.filterEvasionPayloads();
        List<JsonObject> lines = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String id = "xss-" + word + "-" + i;
            imported.add(id);
            String payload = payloads.get(i);
            lines.add(Json.createObjectBuilder(Api.line(id, "vi", "Nhập " + i + " " + word + " " + cut(payload, 300),
                    "<p>Đoạn " + word + ".</p>" + payload, "Mục " + word + " " + cut(payload, 100)))
                    .add("author", cut(payload, 150)).build());
        }
        JsonObject report = api.importLines(Api.ndjson(lines)).json();
        assertEquals(payloads.size(), report.getInt("created"), report.toString());
        // an import is indexed in the background: searchable within Api.SEARCHABLE_WITHIN, not at once
        api.awaitTotal(word, "vi", payloads.size());
        driver = Chromium.open(1366, 900, "vi");
        List<String> failures = new ArrayList<>();
        driver.get(server.base() + "/vi/tim-kiem?q=" + word);
        List<String> articles = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.search-result__title a')).map(function (a) { return a.href; });"))
                .stream().map(Object::toString).toList();
        String problem = ran();
        if (problem != null) {
            failures.add("search results: " + problem);
        }
        assertTrue(articles.size() >= 10, "results: " + articles.size());
        for (String article : articles) {
            driver.get(article);
            problem = ran();
            if (problem != null) {
                failures.add(article + ": " + problem);
            }
        }
        driver.get(server.base() + "/vi/");
        problem = ran();
        if (problem != null) {
            failures.add("home: " + problem);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void payloadsInQueryParametersNeverRun() {
        driver = Chromium.open(1366, 900, "vi");
        List<String> failures = new ArrayList<>();
        for (String payload : Harm.filterEvasionPayloads()) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String path : List.of("/vi/tim-kiem?q=" + q, "/en/search?q=" + q + "&category=" + q + "&year=" + q,
                    "/vi/?page=" + q)) {
                driver.get(server.base() + path);
                String problem = ran();
                if (problem != null) {
                    failures.add(payload + " in " + path + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
