package vn.saola.platform;

import java.io.IOException;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database and the search index, opened once: a connection pool from the settings, the Flyway
 * migrations applied, then Hibernate ORM with the entities and settings every {@link PersistenceContributor} brings.
 *
 * <p>Hibernate is bootstrapped by the application rather than by the container, so that the
 * database is chosen by MicroProfile Config (environment included) and the very same code runs
 * on H2 and PostgreSQL. Work happens in {@link #read} and {@link #write}, one transaction each.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Inject
    DataFolder dataFolder;

    /** Every feature's entities and settings (content, accounts, the search engine…). */
    @Inject
    @Any
    Instance<PersistenceContributor> contributors;

    @Inject
    @ConfigProperty(name = "saola.db.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "saola.db.user", defaultValue = "sa")
    String user;

    @Inject
    @ConfigProperty(name = "saola.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "saola.db.pool-size", defaultValue = "10")
    int poolSize;

    @Inject
    @ConfigProperty(name = "saola.backup.pg-dump", defaultValue = "pg_dump")
    String pgDump;

    @Inject
    @ConfigProperty(name = "saola.backup.pg-restore", defaultValue = "pg_restore")
    String pgRestore;

    @Inject
    @ConfigProperty(name = "saola.restore.from")
    Optional<String> restoreFrom;

    private HikariDataSource dataSource;
    private SessionFactory sessionFactory;

    @PostConstruct
    void open() {
        String jdbcUrl = DatabaseAddress.jdbcUrl(url.orElse(null), dataFolder.path());
        dataSource = pool(jdbcUrl);
        try {
            Restore.ifAsked(restoreFrom.map(String::strip).filter(f -> !f.isEmpty()), dataSource, dataFolder.path(),
                    (from, postgres) -> {
                        if (postgres) {
                            PostgresTools.restore(pgRestore, jdbcUrl, user, password.orElse(""), from);
                        } else {
                            runScript(from);
                        }
                    });
        } catch (IOException | SQLException failed) {
            dataSource.close();
            throw new IllegalStateException("Restoring " + restoreFrom.orElse("") + " (saola.restore.from) failed: "
                    + failed.getMessage(), failed);
        }
        var migration = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrationLocations(jdbcUrl))
                .javaMigrations(contributors.stream().flatMap(feature -> feature.migrations().stream())
                        .toArray(JavaMigration[]::new))
                .load()
                .migrate();
        String version = schemaVersion();
        LOG.info(() -> "Database " + DatabaseAddress.redact(jdbcUrl) + " at schema version " + version
                + " (" + migration.migrationsExecuted + " migrations applied now)");
        sessionFactory = hibernate();
    }

    /** The migrations of every database, then those of PostgreSQL alone (the search outbox). */
    private static String[] migrationLocations(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:")
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }

    private HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setDriverClassName(DatabaseAddress.driverFor(jdbcUrl));
        config.setUsername(user);
        config.setPassword(password.orElse(""));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("saola");
        return new HikariDataSource(config);
    }

    private SessionFactory hibernate() {
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "32")
                // Payara has its own Jackson XML module, of another version than the Jackson Flyway brings:
                // left to detect Jackson, Hibernate fails with "VerifyError: ... XmlMapper is not assignable".
                .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, "jsonb")
                .applySetting(AvailableSettings.XML_FORMAT_MAPPER, "jaxb");
        contributors.forEach(feature -> feature.hibernateSettings(dataFolder.path(), isPostgres()).forEach(settings::applySetting));
        StandardServiceRegistry registry = settings.build();
        MetadataSources sources = new MetadataSources(registry);
        contributors.forEach(feature -> feature.entities().forEach(sources::addAnnotatedClass));
        return sources.buildMetadata().buildSessionFactory();
    }

    /** Runs {@code work} in a read-only transaction; entities it returns are detached. */
    public <T> T read(Function<Session, T> work) {
        return sessionFactory.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }

    /** Runs {@code work} in a session without a transaction, for reads that need no database (search). */
    public <T> T withSession(Function<Session, T> work) {
        return sessionFactory.fromSession(work);
    }

    public <T> T write(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void writeInTransaction(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    /** Plain SQL in one transaction, for what is no entity (the view counters' additive upserts). */
    public <T> T sql(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Writes the whole database to {@code file} while the site runs: H2's {@code SCRIPT} (one
     * transaction) or {@code pg_dump} (one snapshot). @return "h2" or "postgresql"
     */
    public String dumpTo(Path file) throws IOException {
        if (isPostgres()) {
            PostgresTools.dump(pgDump, dataSource.getJdbcUrl(), user, password.orElse(""), file);
            return "postgresql";
        }
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            return "h2";
        } catch (SQLException e) {
            throw new IOException("H2 could not write its script: " + e.getMessage(), e);
        }
    }

    private void runScript(Path script) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
        }
    }

    /** The schema version Flyway last applied (its table and columns are quoted lower case on H2 too). */
    public String schemaVersion() {
        return sql(connection -> {
            try (var statement = connection.createStatement()) {
                statement.setMaxRows(1);
                try (var rows = statement.executeQuery("select \"version\" from \"flyway_schema_history\""
                        + " where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
                    return rows.next() ? rows.getString(1) : "";
                }
            }
        });
    }

    /** Whether the database is PostgreSQL (else the embedded H2): for the few statements they spell differently. */
    public boolean isPostgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    @PreDestroy
    void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        LOG.info("Database closed");
    }
}
