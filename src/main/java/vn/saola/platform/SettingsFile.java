package vn.saola.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The operator's settings, read without a container: {@code saola.properties} from the folder
 * named by {@code SAOLA_CONFIG_DIR} (default {@code ./config}) over the copy packed into the WAR,
 * and environment variables and system properties over both, as MicroProfile Config orders them
 * in the server. The server reads them through {@link SaolaConfigSource}; command-line tools
 * (the password reset) read them here, so both see the same settings.
 */
public final class SettingsFile {

    static final String CONFIG_DIR_PROPERTY = "saola.config.dir";
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private SettingsFile() {
    }

    public static Path configDirectory() {
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SAOLA_CONFIG_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "config" : dir);
    }

    static Path file() {
        return configDirectory().resolve("saola.properties").toAbsolutePath().normalize();
    }

    /** The file's settings over the packed defaults. */
    static Map<String, String> load() {
        Path file = file();
        Map<String, String> values = new HashMap<>();
        try (InputStream packed = SettingsFile.class.getResourceAsStream("/saola/saola.properties")) {
            if (packed != null) {
                read(packed, values);
            }
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    read(in, values);
                }
            } else {
                LOG.info(() -> "No settings file at " + file + "; using the defaults packed in the WAR");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the settings file " + file, e);
        }
        values.remove("config_ordinal");
        return values;
    }

    /** One setting as the server would see it: system property, then environment variable, then the files. */
    public static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        if (value == null) {
            value = load().get(key);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static void read(InputStream in, Map<String, String> into) throws IOException {
        Properties props = new Properties();
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        props.stringPropertyNames().forEach(key -> into.put(key, props.getProperty(key)));
    }
}
