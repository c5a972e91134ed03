package vn.saola.testing;

import java.io.IOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven Central, started by the test run itself), so the
 * PostgreSQL path is tested on any machine of this kind without installing anything.
 */
public final class TestPostgres {

    /** The database of the Saola server on PostgreSQL ({@link SaolaServer#onPostgres}). */
    public static final String SAOLA_DATABASE = "saola_it";

    private static TestPostgres instance;

    private final EmbeddedPostgres postgres;

    private TestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                instance = new TestPostgres(started);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        SaolaServer.stopAll();
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }, "stop-postgres"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the test PostgreSQL server", e);
            }
        }
        return instance;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public javax.sql.DataSource dataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    /** A fresh, empty database on this server. */
    public String createDatabase(String name) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            return name;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** The environment that points a Saola server at a fresh database on this PostgreSQL server. */
    Map<String, String> saolaSettings() {
        return saolaSettings(SAOLA_DATABASE);
    }

    /** The same, for a fresh database of that name. */
    public Map<String, String> saolaSettings(String name) {
        String database = createDatabase(name);
        return Map.of(
                "SAOLA_DB_URL", jdbcUrl(database),
                "SAOLA_DB_USER", "postgres",
                "SAOLA_DB_PASSWORD", "");
    }

    /** An outage of one database: no new connections, and those open are cut. */
    public void cutOff(String database) {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    /** The end of {@link #cutOff}. */
    public void restore(String database) {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void admin(String... statements) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + String.join("; ", statements), e);
        }
    }
}
