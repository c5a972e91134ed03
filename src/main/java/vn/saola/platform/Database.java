package vn.saola.platform;

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

    private HikariDataSource dataSource;
    private SessionFactory sessionFactory;

    @PostConstruct
    void open() {
        String jdbcUrl = DatabaseAddress.jdbcUrl(url.orElse(null), dataFolder.path());
        dataSource = pool(jdbcUrl);
        var migration = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrationLocations(jdbcUrl))
                .javaMigrations(contributors.stream().flatMap(feature -> feature.migrations().stream())
                        .toArray(JavaMigration[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database " + DatabaseAddress.redact(jdbcUrl) + " at schema version " + migration.targetSchemaVersion
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
