package vn.saola.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real WAR on a real Payara Micro, started once per test run and shared by every
 * integration test that asks for it (one server for H2, one for PostgreSQL when a test needs it).
 * Each server gets its own data folder, port and administrator password; it is stopped
 * gracefully when the test JVM exits, and its log stays in {@code target/it/<name>/server.log}.
 */
public final class SaolaServer {

    public static final int PAGE_SIZE = 3;
    public static final int UPLOAD_LIMIT = 300_000;
    public static final int ATTACHMENT_LIMIT = 400_000;
    /** How long a page stays in the test servers' memory (saola.content.cache-seconds). */
    public static final Duration CONTENT_CACHE = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Map<String, SaolaServer> RUNNING = new HashMap<>();
    private static final List<SaolaServer> STARTED = new CopyOnWriteArrayList<>();

    private final String name;
    private final URI base;
    private final String adminPassword;
    private final Process process;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> clusterOptions;

    private SaolaServer(String name, URI base, String adminPassword, Process process, Path log,
            Map<String, String> environment, List<String> clusterOptions) {
        this.name = name;
        this.base = base;
        this.adminPassword = adminPassword;
        this.process = process;
        this.log = log;
        this.environment = environment;
        this.clusterOptions = clusterOptions;
    }

    /** The server on the embedded H2 database, the one most tests use. */
    public static synchronized SaolaServer embedded() {
        // Its approval e-mail goes to the test run's own SMTP sink.
        return RUNNING.computeIfAbsent("h2", name -> start(name, TestMail.get().saolaSettings()));
    }

    /**
     * A second server, on a real PostgreSQL server started for this test run. It is started
     * without SAOLA_ADMIN_PASSWORD, so its first administrator's password is the random one it logs.
     */
    public static synchronized SaolaServer onPostgres() {
        return RUNNING.computeIfAbsent("postgres", name -> {
            Map<String, String> settings = new HashMap<>(TestPostgres.get().saolaSettings());
            settings.put("SAOLA_ADMIN_PASSWORD", "");
            return start(name, settings);
        });
    }

    /** A server of its own, for the rare test that must stop and start it again. */
    public static SaolaServer dedicated(String name) {
        return start(name, Map.of());
    }

    /** A server of its own with settings of its own (environment variables). */
    public static SaolaServer dedicated(String name, Map<String, String> environment) {
        return start(name, environment);
    }

    /** Starts a server of its own that must refuse to start; returns its log once it has, and stops it. */
    public static String refusingToStart(String name, Map<String, String> environment) {
        SaolaServer started;
        try {
            started = start(name, environment);
        } catch (IllegalStateException refused) {
            SaolaServer failed = STARTED.stream().filter(s -> s.name.equals(name)).reduce((a, b) -> b).orElseThrow();
            failed.stop();
            return failed.logText();
        }
        started.stop();
        throw new AssertionError("Saola (" + name + ") started although it should have refused to");
    }

    /**
     * One node of several (see {@link SaolaCluster}): Payara's data grid on, joined to the others
     * by {@code payaraClusterOptions}; the environment says where the shared database and search are.
     */
    public static SaolaServer clusterNode(String name, int port, Map<String, String> environment,
            List<String> payaraClusterOptions) {
        return start(name, environment, port, true, payaraClusterOptions);
    }

    /** Starts this server's WAR again on the same data folder and port, as an operator's restart would. */
    public SaolaServer restarted() {
        stop();
        Map<String, String> again = new HashMap<>(environment);
        again.put("SAOLA_ADMIN_PASSWORD", adminPassword);
        return start(name, again, base.getPort(), false, clusterOptions);
    }

    public URI base() {
        return base;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SaolaServer start(String name, Map<String, String> extraEnvironment) {
        try {
            return start(name, extraEnvironment, freePort(), true, List.of("--nocluster"));
        } catch (IOException e) {
            throw new IllegalStateException("No free port for Saola (" + name + ")", e);
        }
    }

    private static SaolaServer start(String name, Map<String, String> extraEnvironment, int port, boolean fresh,
            List<String> clusterOptions) {
        Path work = Path.of(System.getProperty("saola.it.workDir", "target/it")).resolve(name).toAbsolutePath();
        Path payaraJar = Path.of(System.getProperty("saola.it.payaraJar", "target/payara-micro.jar"));
        Path war = Path.of(System.getProperty("saola.it.war", "target/saola.war"));
        try {
            if (fresh) {
                deleteRecursively(work);
            }
            // Payara Micro redeploys the applications it finds in a reused root folder, which
            // would deploy the WAR twice; only the data folder is meant to survive a restart.
            deleteRecursively(work.resolve("payara"));
            Files.createDirectories(work);
            String adminPassword = extraEnvironment.getOrDefault("SAOLA_ADMIN_PASSWORD", "it-" + UUID.randomUUID());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-jar", payaraJar.toAbsolutePath().toString(),
                    "--deploy", war.toAbsolutePath().toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(port),
                    "--prebootcommandfile", Path.of("config", "payara-preboot.asadmin").toAbsolutePath().toString(),
                    "--rootdir", work.resolve("payara").toString()));
            command.addAll(clusterOptions);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("SAOLA_DATA_DIR", work.resolve("data").toString());
            env.put("SAOLA_CONFIG_DIR", Path.of("config").toAbsolutePath().toString());
            env.put("SAOLA_ADMIN_PASSWORD", adminPassword);
            // Three articles a page, so the demo content is enough to page through categories.
            env.put("SAOLA_PAGE_SIZE", String.valueOf(PAGE_SIZE));
            // Views reach the database each second, so tests wait for them that little.
            env.put("SAOLA_STATS_FLUSH_SECONDS", "1");
            // The tests read the demo site (off by default in production); a test wanting an empty site says so.
            env.put("SAOLA_DEMO_CONTENT", "true");
            // A scheduled article shows within 2 s of its time, so tests need not wait half a minute.
            env.put("SAOLA_CONTENT_CACHE_SECONDS", String.valueOf(CONTENT_CACHE.toSeconds()));
            // Small enough that a test can send an image over the limit.
            env.put("SAOLA_UPLOADS_MAX_BYTES", String.valueOf(UPLOAD_LIMIT));
            env.put("SAOLA_ATTACHMENTS_MAX_BYTES", String.valueOf(ATTACHMENT_LIMIT));
            // The test client plays the TLS proxy too: only IPv4 loopback is trusted with X-Forwarded-Proto.
            env.put("SAOLA_PROXY_TRUSTED", "127.0.0.1");
            env.putAll(extraEnvironment);
            env.values().removeIf(String::isEmpty);
            Process process = builder.start();
            SaolaServer server = new SaolaServer(name, URI.create("http://localhost:" + port), adminPassword,
                    process, work.resolve("server.log"), Map.copyOf(extraEnvironment), List.copyOf(clusterOptions));
            STARTED.add(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-saola-" + name));
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Saola (" + name + ")", e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro (" + name + ") exited; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/vi/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (logText().contains("Exception while loading the app")) {
                throw new IllegalStateException("Saola failed to deploy (" + name + "); see " + log);
            }
            pause(500);
        }
        throw new IllegalStateException("Saola (" + name + ") not ready after " + START_TIMEOUT + "; see " + log);
    }

    /** A graceful stop (SIGTERM), so the server flushes what it holds, as an operator's stop would. */
    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops every server this JVM started, all at once: what holds their data (PostgreSQL) calls
     * it before it goes, so each server can still write what it holds while it stops.
     */
    static void stopAll() {
        STARTED.parallelStream().forEach(SaolaServer::stop);
    }

    /** The server's process, for a benchmark that kills it as a crash would. */
    public long pid() {
        return process.pid();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
