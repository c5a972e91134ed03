package vn.saola.platform;

import java.nio.file.Path;

/** Where the database is, from the settings: the URL given, or the embedded H2 file under the data folder. */
public final class DatabaseAddress {

    private DatabaseAddress() {
    }

    /** The JDBC URL of {@code configured} (saola.db.url), or of the embedded database under {@code dataDir}. */
    public static String jdbcUrl(String configured, Path dataDir) {
        return configured == null || configured.isBlank() ? embedded(dataDir) : configured;
    }

    static String embedded(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("saola").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Named explicitly: DriverManager does not see drivers of a web application's class loader ("No suitable driver"). */
    public static String driverFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalStateException("Unsupported database URL " + redact(jdbcUrl)
                + " (saola.db.url): Saola runs on H2 or PostgreSQL");
    }

    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
