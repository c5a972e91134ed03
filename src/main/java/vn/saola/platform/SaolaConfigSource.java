package vn.saola.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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

    private final Map<String, String> properties;
    private final String name;

    public SaolaConfigSource() {
        this.name = "saola-config:" + SettingsFile.file();
        this.properties = SettingsFile.load();
    }

    public static Path configDirectory() {
        return SettingsFile.configDirectory();
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
