package vn.saola.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The operator's settings file, {@code config/saola.properties}, as a MicroProfile Config source,
 * laid over the copy of that file packed into the WAR (so every setting has a default).
 *
 * <p>Its ordinal (200) sits above the defaults packed into the WAR (100) and below environment
 * variables (300) and system properties (400), so an operator edits the file and a deployment
 * overrides single settings by environment.
 */
public class SaolaConfigSource implements ConfigSource {

    static final String CONFIG_DIR_PROPERTY = "saola.config.dir";
    private static final Logger LOG = Logger.getLogger(SaolaConfigSource.class.getName());

    private final Map<String, String> properties;
    private final String name;

    public SaolaConfigSource() {
        Path file = configDirectory().resolve("saola.properties").toAbsolutePath().normalize();
        this.name = "saola-config:" + file;
        this.properties = load(file);
    }

    public static Path configDirectory() {
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SAOLA_CONFIG_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "config" : dir);
    }

    private static Map<String, String> load(Path file) {
        Map<String, String> values = new HashMap<>();
        try (InputStream packed = SaolaConfigSource.class.getResourceAsStream("/saola/saola.properties")) {
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
        values.remove(CONFIG_ORDINAL);
        return values;
    }

    private static void read(InputStream in, Map<String, String> into) throws IOException {
        Properties props = new Properties();
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        props.stringPropertyNames().forEach(key -> into.put(key, props.getProperty(key)));
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
