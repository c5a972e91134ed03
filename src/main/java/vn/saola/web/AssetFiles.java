package vn.saola.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * The WAR's assets: the fingerprinted name each one is linked by ({@link AssetFingerprints} wrote
 * the list at build time) and the files themselves, held in memory once read.
 */
@ApplicationScoped
public class AssetFiles {

    private static final String PREFIX = "/assets/";

    @Inject
    ServletContext servletContext;

    private Map<String, String> fingerprinted = Map.of();
    /** The fingerprinted names alone, to tell one from a plain name without a search. */
    private Set<String> fingerprints = Set.of();
    private StaticFiles.Memory memory;

    @PostConstruct
    void readNames() {
        Properties names = new Properties();
        try (InputStream in = servletContext.getResourceAsStream("/" + AssetFingerprints.NAMES)) {
            // Without the list (a WAR built without its prepare-package step) pages link the plain names.
            if (in != null) {
                names.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> read = new HashMap<>();
        names.forEach((plain, name) -> read.put((String) plain, (String) name));
        fingerprinted = Map.copyOf(read);
        fingerprints = Set.copyOf(read.values());
        memory = new StaticFiles.Memory(file -> {
            byte[] identity = StaticFiles.readAll(servletContext.getResourceAsStream(PREFIX + file));
            return identity == null ? null : StaticFiles.HeldFile.of(file, identity,
                    StaticFiles.readAll(servletContext.getResourceAsStream(PREFIX + file + ".gz")));
        });
    }

    /** {@code /assets/saola.css} → {@code /assets/saola.3f9a0c12d4e7.css}; any other link as it is. */
    public String link(String link) {
        if (link.startsWith(PREFIX)) {
            String name = fingerprinted.get(link.substring(PREFIX.length()));
            if (name != null) {
                return PREFIX + name;
            }
        }
        return link;
    }

    /** Whether the name carries its content's hash, so that it never names other bytes. */
    boolean isFingerprinted(String file) {
        return fingerprints.contains(file);
    }

    Optional<StaticFiles.HeldFile> find(String file) {
        return memory.find(file);
    }
}
