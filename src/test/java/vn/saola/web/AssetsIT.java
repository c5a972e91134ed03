package vn.saola.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.SaolaServer;

/**
 * Assets as a browser meets them: linked by fingerprinted names kept a year, gzipped for whoever
 * takes it, and a plain name still answered but asked about each time.
 */
class AssetsIT {

    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final SaolaServer server = SaolaServer.embedded();
    // HTTP/1.1 like every other client of the tests: a plain-text HTTP/2 upgrade (h2c) once left a request
    // unanswered for 30 s and then closed (EOF), on a busy machine.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void pagesLinkFingerprintedAssetsThatBrowsersKeepAYear() throws Exception {
        String stylesheet = new Browser(server).get("/vi/").document().selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.matches("/assets/saola\\.[0-9a-f]{12}\\.css"), stylesheet);

        HttpResponse<byte[]> plain = get(stylesheet);
        assertEquals(200, plain.statusCode());
        assertEquals(FOR_A_YEAR, header(plain, "Cache-Control"));
        assertEquals("text/css;charset=UTF-8", header(plain, "Content-Type"));
        HttpResponse<byte[]> gzip = get(stylesheet, "Accept-Encoding", "gzip, deflate, br");
        assertEquals("gzip", header(gzip, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(gzip, "Vary"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "gzipped at build time, the same stylesheet");
        }
        assertNotEquals(header(plain, "ETag"), header(gzip, "ETag"), "other bytes, another tag");
        HttpResponse<byte[]> again = get(stylesheet, "Accept-Encoding", "gzip", "If-None-Match", header(gzip, "ETag"));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        // the fonts the stylesheet names are fingerprinted too
        Matcher font = Pattern.compile("url\\(\"(fonts/[a-z0-9-]+\\.[0-9a-f]{12}\\.woff2)\"\\)")
                .matcher(new String(plain.body(), StandardCharsets.UTF_8));
        assertTrue(font.find(), "the stylesheet links fingerprinted fonts");
        HttpResponse<byte[]> woff = get("/assets/" + font.group(1));
        assertEquals(200, woff.statusCode());
        assertEquals("font/woff2", header(woff, "Content-Type"));
        assertEquals(FOR_A_YEAR, header(woff, "Cache-Control"));
        assertEquals(null, header(woff, "Content-Encoding"), "a font is compressed already");

        assertEquals(404, get(stylesheet.replaceAll("\\.[0-9a-f]{12}\\.", ".000000000000.")).statusCode(),
                "a fingerprint of nothing");
    }

    @Test
    void aPlainNameIsAnsweredAndAskedAboutEachTime() throws Exception {
        HttpResponse<byte[]> css = get("/assets/saola.css");
        assertEquals(200, css.statusCode());
        assertEquals("public, no-cache", header(css, "Cache-Control"));
        String etag = header(css, "ETag");
        assertTrue(etag != null && etag.startsWith("\""), etag);
        assertEquals(304, get("/assets/saola.css", "If-None-Match", etag).statusCode());
        assertEquals(200, get("/assets/saola.css", "If-None-Match", "\"older\"").statusCode());
    }

    @Test
    void theEditorsLibraryIsKeptAYearAndGzipped() throws Exception {
        String path = "/webjars/tinymce/6.8.3/tinymce.min.js";
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
        assertEquals(FOR_A_YEAR, header(gzip, "Cache-Control"));
        assertEquals("gzip", header(gzip, "Content-Encoding"));
        assertTrue(gzip.body().length < plain.body().length / 2, gzip.body().length + " of " + plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals(304, get(path, "Accept-Encoding", "gzip", "If-None-Match", header(gzip, "ETag")).statusCode());
    }
}
