package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.PublicPages;
import vn.saola.testing.Readers;
import vn.saola.testing.SaolaServer;
import vn.saola.testing.TestImages;
import vn.saola.testing.TestPostgres;
import vn.saola.testing.TestTools;

/**
 * A site backed up while it runs ({@code POST /api/backup}) and restored into an empty installation
 * ({@code SAOLA_RESTORE_FROM}) is the same site: every public page of its sitemap says the same,
 * the counters of views hold the same numbers, an uploaded image is there with the same bytes, and
 * search finds what it found. On H2 (the shared server) and on PostgreSQL (pg_dump, pg_restore).
 */
class BackupRestoreIT {

    @Test
    void anH2SiteRestoredElsewhereIsTheSameSite() throws IOException {
        roundTrip(SaolaServer.embedded(), "restored-h2", Map.of(), null);
    }

    @Test
    void aPostgresSiteRestoredIntoANewDatabaseIsTheSameSite() throws IOException {
        TestTools.require(onPath("pg_dump") && onPath("pg_restore"),
                "pg_dump and pg_restore (Debian's postgresql-client; .ci/install-test-tools installs it) are missing");
        TestPostgres postgres = TestPostgres.get();
        // The same archive named for a database that holds a site (the source's own) is refused, not poured over it.
        Map<String, String> aSiteAlready = Map.of("SAOLA_DB_URL", postgres.jdbcUrl(TestPostgres.SAOLA_DATABASE),
                "SAOLA_DB_USER", "postgres", "SAOLA_DB_PASSWORD", "");
        roundTrip(SaolaServer.onPostgres(), "restored-postgres", postgres.saolaSettings("saola_restored"), aSiteAlready);
    }

    private static void roundTrip(SaolaServer source, String name, Map<String, String> database,
            Map<String, String> aSiteAlready) throws IOException {
        String word = "saoluu" + UUID.randomUUID().toString().substring(0, 8);
        String password = adminPassword(source);
        Editor admin = Editor.signIn(source, "admin", password);
        Api api = new Api(source, password);
        String id = "bk-" + word;
        assertEquals(200, api.importLines(Api.ndjson(List.of(Api.line(id, "vi", "Sao lưu " + word,
                "<p>Bài được sao lưu " + word + ".</p>", "Tin tức")))).status());
        String path = "/vi/bai-viet/sao-luu-" + word;
        assertEquals(6, Readers.read(source, path, 6, 2));
        assertEquals(6, Readers.awaitStat(source, id, "total", 6));
        long image = admin.uploadToLibrary("anh-" + word + ".png", TestImages.png(640));
        String imageAddress = admin.imageAddress(image);
        api.awaitTotal(word, "vi", 1);

        HttpResponse<byte[]> backup = backUp(source, api);
        assertEquals(200, backup.statusCode());
        assertTrue(backup.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"saola-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip\""), backup.headers().toString());
        Path archive = Files.createTempFile("saola-backup", ".zip");
        Files.write(archive, backup.body());
        JsonObject sourceStats = Readers.stats(source, id);
        JsonObject sourceSite = Readers.stats(source, null);

        Map<String, String> environment = new HashMap<>(database);
        environment.put("SAOLA_RESTORE_FROM", archive.toString());
        environment.put("SAOLA_DEMO_CONTENT", "false");
        environment.put("SAOLA_SITE_URL", source.base().toString());
        SaolaServer restored = SaolaServer.dedicated(name, environment);
        try {
            assertEquals(sourceStats, Readers.stats(restored, id), "the article's counters");
            assertEquals(sourceSite.getJsonNumber("total"), Readers.stats(restored, null).getJsonNumber("total"), "the site's views");
            assertArrayEquals(new Browser(source).getBytes(imageAddress).body(), new Browser(restored).getBytes(imageAddress).body());
            assertTrue(new Api(restored, password).awaitTotal(word, "vi", 1) >= 1, "search finds it: the index is rebuilt");

            Browser one = new Browser(source);
            Browser other = new Browser(restored);
            List<String> paths = PublicPages.paths(one);
            assertTrue(paths.contains(path), path + " in the sitemap");
            PublicPages.Differences differences = PublicPages.differences(one, other, paths, page -> false);
            List<String> different = differences.paths();
            String first = differences.first();
            System.out.printf("[saola] backup and restore (%s): %d of %d public pages identical%n", name,
                    paths.size() - different.size(), paths.size());
            assertEquals(List.of(), different, "pages that differ after the restore; the first: " + first);
            assertEquals(paths.size(), PublicPages.paths(other).size(), "the same sitemap");
            if (aSiteAlready != null) {
                Map<String, String> over = new HashMap<>(aSiteAlready);
                over.put("SAOLA_RESTORE_FROM", archive.toString());
                String refusal = SaolaServer.refusingToStart(name + "-over-a-site", over);
                assertTrue(refusal.contains("the database already holds a site"), refusal.length() > 3000
                        ? refusal.substring(refusal.length() - 3000) : refusal);
            }
        } finally {
            restored.stop();
            Files.deleteIfExists(archive);
            api.delete(id);
        }
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    /** The shared server's password is the test run's; the one on PostgreSQL printed its own once. */
    private static String adminPassword(SaolaServer server) {
        if (!server.adminPassword().isEmpty()) {
            return server.adminPassword();
        }
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("user \"admin\", password \"([A-Za-z0-9]+)\"")
                .matcher(server.logText());
        assertTrue(printed.find(), "the first start prints the generated password");
        return printed.group(1);
    }

    private static HttpResponse<byte[]> backUp(SaolaServer source, Api api) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(api.request("/api/backup", "Authorization", "Bearer " + api.token())
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
