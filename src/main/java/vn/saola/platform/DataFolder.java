package vn.saola.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The folder that holds everything Saola stores on disk: the H2 database, the search index, uploads. */
@ApplicationScoped
public class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class.getName());

    @Inject
    @ConfigProperty(name = "saola.data.dir", defaultValue = "./data")
    String configured;

    private Path path;

    @PostConstruct
    void create() {
        path = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + path
                    + " (setting saola.data.dir / SAOLA_DATA_DIR)", e);
        }
        // The first thing an operator looks for in the log: where this installation keeps its data.
        LOG.info(() -> "Data folder " + path + " (saola.data.dir / SAOLA_DATA_DIR)");
    }

    public Path path() {
        return path;
    }
}
