package vn.saola.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;

/**
 * Saola on several nodes, as the README's "Running several nodes" describes it: a real
 * PostgreSQL, a real OpenSearch, two Payara Micro nodes joined in one data grid (on loopback, by
 * TCP), and Debian's nginx balancing round robin in front. Started once per test run; every
 * node uses {@code config/several-nodes/saola.properties}, with this run's addresses put in.
 */
public final class SaolaCluster {

    private static SaolaCluster running;

    private final List<SaolaServer> nodes;
    private final TestNginx balancer;
    private final TestOpenSearch openSearch;
    private final String adminPassword;
    private final javax.sql.DataSource database;

    private SaolaCluster(List<SaolaServer> nodes, TestNginx balancer, TestOpenSearch openSearch, String adminPassword,
            javax.sql.DataSource database) {
        this.database = database;
        this.nodes = nodes;
        this.balancer = balancer;
        this.openSearch = openSearch;
        this.adminPassword = adminPassword;
    }

    /** The cluster of this test run; where nginx is not installed the test fails under CI, else is skipped. */
    public static synchronized SaolaCluster get() {
        TestTools.require(TestNginx.isInstalled(), "Several-nodes test: Debian's nginx-light is not installed"
                + " (.ci/install-test-tools installs it where it may)");
        if (running == null) {
            running = start(2);
        }
        return running;
    }

    /** A cluster of its own of {@code size} nodes (the benchmarks compare one and two). */
    public static SaolaCluster start(int size) {
        try {
            Path work = Path.of(System.getProperty("saola.it.workDir", "target/it")).resolve("cluster").toAbsolutePath();
            TestPostgres postgres = TestPostgres.get();
            String database = postgres.createDatabase("saola_cluster");
            TestOpenSearch openSearch = TestOpenSearch.start(work.resolve("opensearch"));
            String adminPassword = "it-" + UUID.randomUUID();
            String clusterName = "saola-it-" + UUID.randomUUID().toString().substring(0, 8);
            List<Integer> httpPorts = new ArrayList<>();
            List<Integer> gridPorts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                httpPorts.add(SaolaServer.freePort());
                gridPorts.add(SaolaServer.freePort());
            }
            StringBuilder members = new StringBuilder();
            gridPorts.forEach(port -> members.append(members.isEmpty() ? "" : ",").append("127.0.0.1:").append(port));
            List<SaolaServer> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Map<String, String> settings = new HashMap<>();
                settings.put("SAOLA_CONFIG_DIR", Path.of("config", "several-nodes").toAbsolutePath().toString());
                settings.put("SAOLA_DB_URL", postgres.jdbcUrl(database));
                settings.put("SAOLA_DB_USER", "postgres");
                settings.put("SAOLA_DB_PASSWORD", "");
                settings.put("SAOLA_SEARCH_ELASTICSEARCH_URIS", openSearch.uri().toString());
                settings.put("SAOLA_ADMIN_PASSWORD", adminPassword);
                // Pages stay in memory as long as by default: only the message from the node that
                // changed content may empty them, so the tests see whether it does.
                settings.put("SAOLA_CONTENT_CACHE_SECONDS", "30");
                // Retention on, so both nodes would fold old days if nothing stopped the second.
                settings.put("SAOLA_STATS_KEEP_DAYS", "3650");
                nodes.add(SaolaServer.clusterNode("node-" + (char) ('a' + i), httpPorts.get(i), settings, List.of(
                        "--clustername", clusterName,
                        "--clustermode", "tcpip:" + members,
                        "--startport", String.valueOf(gridPorts.get(i)),
                        "--interfaces", "127.0.0.1",
                        // Both nodes on one host: keep backups of the grid's data on the other node anyway.
                        "--nohostaware")));
            }
            TestNginx balancer = TestNginx.start(work.resolve("nginx"), httpPorts);
            SaolaCluster cluster = new SaolaCluster(nodes, balancer, openSearch, adminPassword, postgres.dataSource(database));
            cluster.awaitIndexingShared();
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the cluster", e);
        }
    }

    /**
     * Waits until the nodes have shared out the indexing between them: Hibernate Search's
     * outbox processors rebalance when a node joins, and hold the queue meanwhile (seconds).
     * A probe article, imported and found, says they are done; the wait is printed.
     */
    private void awaitIndexingShared() {
        Api api = new Api(balancer(), adminPassword);
        String id = "cluster-probe-" + UUID.randomUUID();
        String word = "probe" + id.substring(id.length() - 8);
        long start = System.nanoTime();
        api.importLines(Json.createObjectBuilder().add("id", id).add("lang", "vi").add("title", "Thăm dò " + word)
                .add("body", "Thăm dò chỉ mục.").add("category", "Thăm dò").build() + "\n");
        int found = api.awaitTotal(word, "vi", 1, Duration.ofMinutes(2));
        api.delete(id);
        if (found != 1) {
            throw new IllegalStateException("The nodes did not index a probe article within 2 minutes");
        }
        System.out.printf("[several nodes] indexing shared out: a probe article found %d ms after its import%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Where visitors go: the load balancer. */
    public URI balancer() {
        return balancer.uri();
    }

    public SaolaServer node(int index) {
        return nodes.get(index);
    }

    public List<SaolaServer> nodes() {
        return List.copyOf(nodes);
    }

    public URI openSearch() {
        return openSearch.uri();
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** The database the nodes share, to read what they wrote without asking any of them. */
    public javax.sql.DataSource database() {
        return database;
    }
}
