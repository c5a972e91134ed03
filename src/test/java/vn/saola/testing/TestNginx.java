package vn.saola.testing;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx as the load balancer in front of several nodes, configured from the example the
 * README documents ({@code config/several-nodes/nginx.conf}) with this run's ports put in.
 */
public final class TestNginx {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Pattern UPSTREAM_SERVER = Pattern.compile("(?m)^(\\s*)server 127\\.0\\.0\\.1:\\d+(.*\\R)");

    private final Process process;
    private final URI uri;

    private TestNginx(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(BINARY);
    }

    public static TestNginx start(Path work, List<Integer> nodePorts) {
        try {
            SaolaServer.deleteRecursively(work);
            Files.createDirectories(work.resolve("logs"));
            int port = SaolaServer.freePort();
            String example = Files.readString(Path.of("config", "several-nodes", "nginx.conf"));
            // The example's upstream lines become one line a node, written like the first of them.
            Matcher servers = UPSTREAM_SERVER.matcher(example);
            StringBuilder config = new StringBuilder();
            boolean first = true;
            while (servers.find()) {
                StringBuilder lines = new StringBuilder();
                if (first) {
                    for (int nodePort : nodePorts) {
                        lines.append(servers.group(1)).append("server 127.0.0.1:").append(nodePort).append(servers.group(2));
                    }
                    first = false;
                }
                servers.appendReplacement(config, Matcher.quoteReplacement(lines.toString()));
            }
            servers.appendTail(config);
            String conf = config.toString().replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
            Files.writeString(work.resolve("nginx.conf"), conf);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", work.toString(), "-c", work.resolve("nginx.conf").toString(),
                    "-g", "daemon off; pid " + work.resolve("nginx.pid") + "; error_log " + work.resolve("logs/error.log") + ";")
                    .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
            TestNginx nginx = new TestNginx(process, URI.create("http://127.0.0.1:" + port));
            Runtime.getRuntime().addShutdownHook(new Thread(nginx::stop, "stop-nginx"));
            nginx.awaitListening(port, work);
            return nginx;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start nginx", e);
        }
    }

    public URI uri() {
        return uri;
    }

    private void awaitListening(int port, Path work) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited; see " + work.resolve("nginx.out"));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                SaolaServer.pause(100);
            }
        }
        throw new IllegalStateException("nginx not listening; see " + work);
    }

    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
