package vn.saola.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What a feature brings to the one database: its entity classes, migrations written in Java
 * (beside the SQL ones under {@code db/migration}), and Hibernate settings of its own (the search
 * engine's, say). {@link Database} finds every contributor through CDI, so the
 * infrastructure names no feature and a new feature adds itself.
 */
public interface PersistenceContributor {

    List<Class<?>> entities();

    /** Migrations that need Java (Unicode normalisation, say); Flyway runs them in version order with the SQL ones. */
    default List<JavaMigration> migrations() {
        return List.of();
    }

    /**
     * @param dataFolder where files of the data live
     * @param databaseIsShared whether several nodes may share the database (PostgreSQL)
     */
    default Map<String, Object> hibernateSettings(Path dataFolder, boolean databaseIsShared) {
        return Map.of();
    }
}
