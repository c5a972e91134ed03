package vn.saola.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Saola's JSON API as tooling uses it: import, search, status changes and deletion, as the
 * administrator, with an API token the administrator made on the tokens page (one per server,
 * made on first use), as a script would.
 */
public final class Api {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final URI base;
    private final String adminPassword;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Api(SaolaServer server) {
        this(server, server.adminPassword());
    }

    /** For a server whose administrator password is not the one the test run set (it was generated). */
    public Api(SaolaServer server, String adminPassword) {
        this(server.base(), adminPassword);
    }

    /** For any address: a node, or the load balancer in front of several. */
    public Api(URI base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    public record Answer(int status, String body) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    public Answer importLines(String ndjson, String... headers) {
        return send(request("/api/import", headers).header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build());
    }

    public Answer search(String query, String lang, int page, int size) {
        return send(request("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (lang == null ? "" : "&lang=" + lang) + "&page=" + page + "&size=" + size).GET().build());
    }

    /**
     * How long a test waits for a change to show in search. Saola promises one second on one node
     * and five across nodes; that promise is measured by {@code bench/index-latency.sh}, while a
     * test on a machine busy with other builds only proves that the change arrives.
     */
    public static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

    /** Searches until the total is {@code expected} or {@link #SEARCHABLE_WITHIN} has passed; returns the last total. */
    public int awaitTotal(String query, String lang, int expected) {
        return awaitTotal(query, lang, expected, SEARCHABLE_WITHIN);
    }

    public int awaitTotal(String query, String lang, int expected, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int total;
        do {
            total = search(query, lang, 1, 1).json().getInt("total");
            if (total == expected) {
                return total;
            }
            SaolaServer.pause(25);
        } while (System.nanoTime() < deadline);
        return total;
    }

    public Answer delete(String id) {
        return send(request("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token()).DELETE().build());
    }

    public Answer setStatus(String id, String status) {
        return send(request("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/status")
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(status)).build());
    }

    /** {@code POST /api/import} as multipart/form-data: the lines, and the ZIP of their files. */
    public Answer importWithFiles(String lines, byte[] zip) {
        String boundary = "saola" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lines\"; filename=\"lines.ndjson\"\r\n"
                + "Content-Type: application/x-ndjson\r\n\r\n" + lines + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"files.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/import").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** One language's status ({@code PUT /api/articles/{id}/{lang}/status}). */
    public Answer setStatus(String id, String lang, String status) {
        return send(request("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/" + lang + "/status")
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(status)).build());
    }

    /** The administrator's token for this address, made on the tokens page the first time it is needed. */
    public String token() {
        // Keyed by the password too: another server may answer at the same address later, with its own database.
        return TOKENS.computeIfAbsent(base + " " + adminPassword,
                key -> makeToken(Browser.at(base, adminPassword), "test tooling", "ADMIN"));
    }

    /** A new token made by whoever {@code browser} is signed in as; returns its secret, shown once on the page. */
    public static String makeToken(Browser browser, String name, String role) {
        if (browser.get("/admin/tokens").status() != 200) {
            browser.signInAsAdmin();
        }
        Browser.Page page = browser.get("/admin/tokens");
        Browser.Page made = browser.postForm("/admin/tokens", Map.of("_csrf", Editor.csrf(page), "name", name, "role", role, "days", ""));
        if (made.status() != 201) {
            throw new IllegalStateException("no token made: " + made.status() + " " + made.text());
        }
        return made.document().selectFirst("input.token-secret").attr("value");
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** The corpus sample under src/test/resources, its ids prefixed so each test has its own articles. */
    public static List<JsonObject> sample(String idPrefix) {
        try (InputStream in = Api.class.getResourceAsStream("/corpus-sample.ndjson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(line -> {
                        try (JsonReader reader = Json.createReader(new StringReader(line))) {
                            JsonObject object = reader.readObject();
                            return Json.createObjectBuilder(object).add("id", idPrefix + object.getString("id")).build();
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String ndjson(List<JsonObject> lines) {
        return lines.stream().map(JsonObject::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    public static JsonObject line(String id, String lang, String title, String body, String category) {
        return Json.createObjectBuilder().add("id", id).add("lang", lang).add("title", title).add("body", body)
                .add("category", category).build();
    }
}
