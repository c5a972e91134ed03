package vn.saola.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Many readers at once, and the counters they leave behind. */
public final class Readers {

    private Readers() {
    }

    /**
     * {@code views} GETs of {@code path} by {@code clients} concurrent readers (each with its own
     * address-and-browser pair as far as the server can tell: the same address, another browser).
     *
     * @return how many were answered 200
     */
    public static int read(SaolaServer server, String path, int views, int clients) {
        return read(server.base(), path, views, clients);
    }

    /** The same, at any address (a load balancer, say). */
    public static int read(URI base, String path, int views, int clients) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread thread = new Thread(r, "reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int share = views / clients + (c < views % clients ? 1 : 0);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                        .header("User-Agent", Browser.READER + " reader/" + c).timeout(Duration.ofSeconds(30)).build();
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < share; i++) {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : done) {
                ok += f.get();
            }
            return ok;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code GET /api/stats} (of one article when {@code article} is not null). */
    public static JsonObject stats(SaolaServer server, String article) {
        return stats(server.base(), article);
    }

    public static JsonObject stats(URI base, String article) {
        Api api = new Api(base, null);
        String body = api.send(api.request("/api/stats" + (article == null ? "" : "?article=" + article)).GET().build()).body();
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }

    /** Waits (up to 30 s, for a busy machine) until {@code field} of the stats reaches {@code expected}; returns the last value seen. */
    public static long awaitStat(SaolaServer server, String article, String field, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long value;
        do {
            value = stats(server, article).getJsonNumber(field).longValue();
            if (value >= expected) {
                break;
            }
            SaolaServer.pause(100);
        } while (System.nanoTime() < deadline);
        // one more flush interval: anything counted that should not have been would show now
        SaolaServer.pause(1_500);
        return stats(server, article).getJsonNumber(field).longValue();
    }
}
