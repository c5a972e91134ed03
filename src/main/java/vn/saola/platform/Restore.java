package vn.saola.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

/**
 * Brings a backup ({@link Backups}) into an empty installation as it starts, before the migrations
 * run: the files into the data folder, the dump into the database; then Flyway takes the schema
 * from the archive's version to this build's, so an older backup restores into a newer Saola. An
 * installation that already holds a site is not overwritten: the start is refused, saying why. Once
 * restored, a marker in the data folder ({@code restored-from}) lets later starts with the same
 * setting go on.
 */
final class Restore {

    private static final Logger LOG = Logger.getLogger(Restore.class.getName());
    static final String MARKER = "restored-from";

    /** Loads a dump into the database: {@code postgres} says which tool. */
    @FunctionalInterface
    interface Loader {
        void load(Path dump, boolean postgres) throws IOException, SQLException;
    }

    private Restore() {
    }

    static void ifAsked(Optional<String> from, DataSource database, Path dataFolder, Loader loader)
            throws IOException, SQLException {
        if (from.isEmpty()) {
            return;
        }
        Path archive = Path.of(from.get()).toAbsolutePath();
        Path marker = dataFolder.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(archive.toString())) {
            LOG.info(() -> "Restored from " + archive + " before; starting as it is (saola.restore.from can be removed)");
            return;
        }
        if (!Files.isRegularFile(archive)) {
            throw new IOException("there is no file " + archive);
        }
        boolean postgres;
        try (Connection connection = database.getConnection()) {
            postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
            if (holdsASite(connection)) {
                throw new IOException("the database already holds a site; a backup is restored into an empty"
                        + " installation only (a new database and data folder)");
            }
        }
        long start = System.nanoTime();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Properties manifest = manifest(zip);
            String kind = manifest.getProperty("database", "");
            if (postgres != "postgresql".equals(kind)) {
                throw new IOException("the archive holds a " + kind + " database and this installation runs on "
                        + (postgres ? "postgresql" : "h2") + "; restore it into the same kind of database");
            }
            files(zip, dataFolder);
            Path dump = Files.createTempFile(dataFolder, "restore", ".tmp");
            try {
                ZipEntry entry = zip.getEntry(postgres ? BackupArchive.POSTGRES_DUMP : BackupArchive.H2_SCRIPT);
                if (entry == null) {
                    throw new IOException("the archive has no database dump");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
                }
                loader.load(dump, postgres);
            } finally {
                Files.deleteIfExists(dump);
            }
            Files.writeString(marker, archive + "\n", StandardCharsets.UTF_8);
            LOG.info(() -> String.format("Restored %s (made %s at schema version %s) in %.1f s", archive,
                    manifest.getProperty("madeAt"), manifest.getProperty("schemaVersion"), (System.nanoTime() - start) / 1e9));
        }
    }

    private static boolean holdsASite(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if ("flyway_schema_history".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        if (entry == null) {
            throw new IOException("not a Saola backup (no " + BackupArchive.MANIFEST + ")");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        if (!"1".equals(manifest.getProperty("format"))) {
            throw new IOException("a backup of an unknown format " + manifest.getProperty("format"));
        }
        return manifest;
    }

    /** The data folder's files, each only where it belongs: an entry naming a place outside is refused. */
    private static void files(ZipFile zip, Path dataFolder) throws IOException {
        Path root = dataFolder.toAbsolutePath().normalize();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(BackupArchive.DATA)) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring(BackupArchive.DATA.length())).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("the archive names a file outside the data folder: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
