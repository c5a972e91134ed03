package vn.saola.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backups of the whole site while it runs: one dated archive ({@link BackupArchive}) in the data
 * folder's {@code backups/}, made of the database's dump (taken first, in one transaction or one
 * {@code pg_dump} snapshot) and then the files, which are written once under names never reused,
 * so every file the dump names is there. {@code saola.restore.from} brings an archive back into an
 * empty installation ({@link Restore}).
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'saola-'yyyy-MM-dd-HHmmss'.zip'");

    /** A backup kept in the data folder. */
    public record Backup(String name, long size, Instant madeAt) {
    }

    @Inject
    DataFolder data;

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    @Inject
    @ConfigProperty(name = "saola.backup.keep", defaultValue = "7")
    int keep;

    Clock clock = Clock.systemUTC();

    /** Makes a backup now; one at a time. @return the archive, named by the site's date and time */
    public synchronized Path create() throws IOException {
        long start = System.nanoTime();
        Path folder = Files.createDirectories(data.path().resolve("backups"));
        Path archive = folder.resolve(NAME.format(ZonedDateTime.now(clock).withZoneSameInstant(settings.zone())));
        Path partial = folder.resolve(archive.getFileName() + ".part");
        Path dump = Files.createTempFile(folder, "dump", ".tmp");
        try {
            String kind = database.dumpTo(dump);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest(zip, kind);
                copy(zip, "postgresql".equals(kind) ? BackupArchive.POSTGRES_DUMP : BackupArchive.H2_SCRIPT, dump);
                files(zip, data.path(), BackupArchive.DATA, true);
                files(zip, SaolaConfigSource.configDirectory(), BackupArchive.CONFIG, false);
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(partial);
        }
        LOG.info(() -> String.format("Backup %s made in %.1f s (%d MB)", archive, (System.nanoTime() - start) / 1e9,
                size(archive) / (1024 * 1024)));
        forgetOld();
        return archive;
    }

    /** Only the newest {@code saola.backup.keep} stay in the data folder: copies elsewhere are the operator's. */
    private void forgetOld() throws IOException {
        List<Backup> kept = list();
        for (Backup old : kept.subList(Math.min(Math.max(keep, 1), kept.size()), kept.size())) {
            Files.deleteIfExists(data.path().resolve("backups").resolve(old.name()));
            LOG.info(() -> "Backup " + old.name() + " deleted: saola.backup.keep is " + keep);
        }
    }

    /** The backups kept, newest first. */
    public List<Backup> list() throws IOException {
        Path folder = data.path().resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("saola-[0-9-]+\\.zip")).toList()) {
                backups.add(new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            }
        }
        backups.sort(Comparator.comparing(Backup::name).reversed());
        return backups;
    }

    /** The backup named {@code name}, if it is one of the kept ones. */
    public Optional<Path> find(String name) {
        if (name == null || !name.matches("saola-[0-9-]+\\.zip")) {
            return Optional.empty();
        }
        Path file = data.path().resolve("backups").resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void manifest(ZipOutputStream zip, String kind) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", "1");
        manifest.setProperty("database", kind);
        manifest.setProperty("madeAt", clock.instant().toString());
        manifest.setProperty("schemaVersion", database.schemaVersion());
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
        manifest.store(zip, "Saola backup");
        zip.closeEntry();
    }

    private static void files(ZipOutputStream zip, Path root, String prefix, boolean dataFolder) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).filter(f -> !dataFolder || kept(root.relativize(f))).sorted().toList();
        }
        for (Path file : found) {
            try {
                copy(zip, prefix + root.relativize(file).toString().replace('\\', '/'), file);
            } catch (java.nio.file.NoSuchFileException gone) {
                // Deleted since the walk (an image removed from the library): the dump no longer needs it either.
                LOG.fine(() -> "Left out of the backup, deleted meanwhile: " + file);
            }
        }
    }

    private static boolean kept(Path relative) {
        return !BackupArchive.NOT_KEPT.contains(relative.getName(0).toString())
                && !relative.getFileName().toString().endsWith(".part");
    }

    private static void copy(ZipOutputStream zip, String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Streams a kept backup. */
    public static void send(Path backup, OutputStream out) throws IOException {
        Files.copy(backup, out);
    }
}
