package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

import vn.saola.accounts.AccountEntities;
import vn.saola.content.ContentEntities;
import vn.saola.testing.TestPostgres;

/**
 * One migration history for both databases: it applies on an empty H2 and an empty PostgreSQL,
 * and Hibernate finds on each exactly the tables and columns the entities map.
 */
class SchemaIT {

    @Test
    void migrationsMatchTheEntitiesOnPostgres() {
        TestPostgres postgres = TestPostgres.get();
        String database = postgres.createDatabase("saola_schema");
        assertMigratesAndValidates(postgres.dataSource(database));
    }

    @Test
    void migrationsMatchTheEntitiesOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        assertMigratesAndValidates(h2);
    }

    private static void assertMigratesAndValidates(DataSource dataSource) {
        List<PersistenceContributor> features = List.of(new ContentEntities(), new AccountEntities());
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(features.stream().flatMap(feature -> feature.migrations().stream()).toArray(JavaMigration[]::new))
                .load().migrate();
        assertEquals(true, result.success);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting("hibernate.search.enabled", "false")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        features.forEach(feature -> feature.entities().forEach(sources::addAnnotatedClass));
        // buildSessionFactory fails with a SchemaManagementException naming the first mismatch
        sources.buildMetadata().buildSessionFactory().close();
    }
}
