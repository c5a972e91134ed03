package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.i18n.Language;
import vn.saola.platform.BackgroundWork;
import vn.saola.platform.DataFolder;

/**
 * WordPress imports as the administrators' page runs them: the files sent are kept in the data
 * folder ({@code imports/}) under a random key while the administrator reads the preview and maps the
 * authors, then imported in the background, the report kept for the page to show. Also the one
 * place a sent file is copied and checked, for the page and the API alike.
 */
@ApplicationScoped
public class WordPressImports {

    private static final Logger LOG = Logger.getLogger(WordPressImports.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DataFolder data;

    @Inject
    WordPressImporter importer;

    @Inject
    BackgroundWork background;

    @Inject
    @ConfigProperty(name = "saola.import.wxr-max-bytes", defaultValue = "1073741824")
    long maxWxrBytes;

    @Inject
    @ConfigProperty(name = "saola.import.zip-max-bytes", defaultValue = "2147483648")
    long maxZipBytes;

    /** Files sent and surveyed, waiting for the administrator to start; then the import's report. */
    static final class Staged {
        final String key;
        final Path wxr;
        final Path uploads;
        final WxrSurvey survey;
        final String by;
        final Instant stagedAt = Instant.now();
        volatile WordPressReport report;
        volatile String failure;
        volatile boolean finished;

        Staged(String key, Path wxr, Path uploads, WxrSurvey survey, String by) {
            this.key = key;
            this.wxr = wxr;
            this.uploads = uploads;
            this.survey = survey;
            this.by = by;
        }

        boolean running() {
            return report != null && !finished;
        }
    }

    /** Staged imports kept at once: the oldest not running is forgotten, and its files deleted, beyond this. */
    static final int KEPT = 10;

    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    /** A file sent larger than the limit, or not what it should be: said in the import's words. */
    static final class Refused extends Exception {
        final transient Rejection why;

        Refused(Rejection why) {
            super(why.key(), null, false, false);
            this.why = why;
        }
    }

    /** Copies a sent export into the imports folder, refusing one over {@code saola.import.wxr-max-bytes}. */
    Path keepExport(InputStream sent) throws IOException, Refused {
        return keep(sent, ".xml", maxWxrBytes, "wxrTooLarge");
    }

    /** Copies a sent uploads ZIP, refusing one over {@code saola.import.zip-max-bytes} or one that is no ZIP. */
    Path keepUploads(InputStream sent) throws IOException, Refused {
        Path zip = keep(sent, ".zip", maxZipBytes, "zipTooLarge");
        try (ZipFile ignored = new ZipFile(zip.toFile())) {
            return zip;
        } catch (ZipException notAZip) {
            Files.deleteIfExists(zip);
            throw new Refused(new Rejection("uploadsNotAZip"));
        }
    }

    private Path keep(InputStream sent, String suffix, long max, String tooLarge) throws IOException, Refused {
        Path folder = Files.createDirectories(data.path().resolve("imports"));
        forgetLeftovers(folder);
        Path copy = Files.createTempFile(folder, "wordpress", suffix);
        try (InputStream in = sent; OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                size += read;
                if (size > max) {
                    throw new Refused(new Rejection(tooLarge, max / (1024 * 1024)));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | Refused | RuntimeException failed) {
            Files.deleteIfExists(copy);
            throw failed;
        }
        return copy;
    }

    /** Surveys a kept export and keeps it under a new key for the preview; a refused file is deleted with its ZIP. */
    Staged stage(Path wxr, Path uploads, String by) throws IOException, WxrRefused {
        try {
            WxrSurvey survey = WxrSurvey.of(wxr);
            Staged made = new Staged(HexFormat.of().formatHex(bytes()), wxr, uploads, survey, by);
            forgetOldest();
            staged.put(made.key, made);
            return made;
        } catch (WxrRefused | IOException | RuntimeException refused) {
            delete(wxr, uploads);
            throw refused;
        }
    }

    /** Files a stopped server left (its staged imports are gone with it): deleted once a day old. */
    private void forgetLeftovers(Path folder) throws IOException {
        Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
        Set<Path> inUse = new HashSet<>();
        staged.values().forEach(s -> {
            inUse.add(s.wxr);
            inUse.add(s.uploads);
        });
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!inUse.contains(file) && Files.getLastModifiedTime(file).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void forgetOldest() {
        while (staged.size() >= KEPT) {
            Optional<Staged> oldest = staged.values().stream().filter(s -> !s.running())
                    .min(java.util.Comparator.comparing(s -> s.stagedAt));
            if (oldest.isEmpty()) {
                return;
            }
            staged.remove(oldest.get().key);
            if (oldest.get().report == null) {
                delete(oldest.get().wxr, oldest.get().uploads);
            }
        }
    }

    private static byte[] bytes() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return key;
    }

    Optional<Staged> staged(String key) {
        return Optional.ofNullable(key == null ? null : staged.get(key));
    }

    /** Starts the import of what was staged under {@code key}, once; false when it was started before. */
    synchronized boolean start(Staged import_, Map<String, String> bylines, Language language) {
        if (import_.report != null) {
            return false;
        }
        WordPressReport report = new WordPressReport(language, import_.survey.toImport());
        import_.report = report;
        background.onceDeployed("WordPress import " + import_.key, () -> {
            try {
                run(import_, bylines, report);
            } catch (WxrRefused refused) {
                import_.failure = refused.why.message(language);
            } catch (IOException | RuntimeException failed) {
                LOG.log(Level.WARNING, "WordPress import " + import_.key + " failed", failed);
                import_.failure = failed.getClass().getSimpleName() + ": " + failed.getMessage();
            } finally {
                import_.finished = true;
                delete(import_.wxr, import_.uploads);
            }
        });
        return true;
    }

    /** Imports now, in the caller's thread (the API), and deletes the files after. */
    WordPressReport importNow(Staged import_, Map<String, String> bylines, Language language)
            throws IOException, WxrRefused {
        WordPressReport report = new WordPressReport(language, import_.survey.toImport());
        import_.report = report;
        try {
            run(import_, bylines, report);
            return report;
        } finally {
            import_.finished = true;
            staged.remove(import_.key);
            delete(import_.wxr, import_.uploads);
        }
    }

    private void run(Staged import_, Map<String, String> bylines, WordPressReport report) throws IOException, WxrRefused {
        if (import_.uploads == null) {
            importer.importSite(import_.wxr, import_.survey, null, bylines, import_.by, report);
            return;
        }
        try (ZipFile zip = new ZipFile(import_.uploads.toFile())) {
            importer.importSite(import_.wxr, import_.survey, zip, bylines, import_.by, report);
        }
    }

    private static void delete(Path wxr, Path uploads) {
        for (Path file : new Path[] {wxr, uploads}) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException stays) {
                LOG.warning(() -> "Could not delete " + file + ": " + stays);
            }
        }
    }
}
