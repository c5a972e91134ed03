package vn.saola.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java, named by its version and description like the SQL ones
 * ({@code V7 category name keys}), whatever its class is called.
 */
public abstract class CodeMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected CodeMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** No checksum: Flyway cannot tell whether a migration in Java was changed after it ran. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
