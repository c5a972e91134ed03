package vn.saola.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTTP client that speaks to a {@link SaolaServer} the way a browser would (cookies kept,
 * redirects not followed, so tests see them), and reads the HTML answers with jsoup.
 */
public final class Browser {

    /** What a reader's browser calls itself: the pages it fetches count as views (the test client's own name does not). */
    public static final String READER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private final URI base;
    private final String adminPassword;
    private final HttpClient client;

    public Browser(SaolaServer server) {
        this(server.base(), server.adminPassword(), new CookieManager());
    }

    private Browser(URI base, String adminPassword, java.net.CookieHandler cookies) {
        this.base = base;
        this.adminPassword = adminPassword;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A browser for another address (a node, its load balancer) signed in as the administrator {@code adminPassword} opens. */
    public static Browser at(URI base, String adminPassword) {
        return new Browser(base, adminPassword, new CookieManager());
    }

    /** The same browser (same cookies, so the same session) sending its requests to {@code otherBase}. */
    public Browser sameCookiesAt(URI otherBase) {
        return new Browser(otherBase, adminPassword, cookies());
    }

    /** A page as the visitor sees it: status, headers and the parsed document. */
    public record Page(int status, HttpResponse<String> response, Document document) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return document.text();
        }
    }

    public Page get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Page postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A form POST with its body as written ({@code a=1&ids=2&ids=3}): a field sent several times, as a browser does for checkboxes. */
    public Page postRaw(String path, String urlEncodedBody) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)).build());
    }

    /** A {@code multipart/form-data} POST, as a browser sends a form with a file field. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            String fileType, byte[] content) {
        String boundary = "----saola" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileField != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The raw bytes of an answer (images), with its headers. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cookies this browser holds (the session's among them). */
    public java.net.CookieHandler cookies() {
        return client.cookieHandler().orElseThrow();
    }

    /** Follows a redirect's {@code Location} like a browser would. */
    public Page follow(Page redirect) {
        URI location = URI.create(redirect.header("Location"));
        return get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    /** Signs in on the login form as the first administrator. */
    public Page signInAsAdmin() {
        Page form = get("/admin/login");
        String csrf = form.document().selectFirst("input[name=_csrf]").attr("value");
        return postForm("/admin/login", Map.of("_csrf", csrf, "username", "admin", "password", adminPassword));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        // Redirects carry absolute URLs: they are followed as they are.
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response, Jsoup.parse(response.body(), base.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
