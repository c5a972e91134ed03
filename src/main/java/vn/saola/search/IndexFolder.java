package vn.saola.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index on disk. An index Lucene cannot open (cut short by a full disk, copied
 * half-way, from another Lucene version) is moved aside before Hibernate Search starts, so the
 * site starts anyway with an empty index that {@link SearchIndex} then rebuilds.
 */
public final class IndexFolder {

    private static final Logger LOG = Logger.getLogger(IndexFolder.class.getName());

    private IndexFolder() {
    }

    public static void setAsideIfUnreadable(Path root) {
        Path index = root.resolve(SearchMapping.INDEX);
        if (!Files.isDirectory(index)) {
            return;
        }
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            DirectoryReader.open(directory).close();
        } catch (IOException | RuntimeException unreadable) {
            Path aside = root.resolve(SearchMapping.INDEX + ".unreadable-" + Instant.now().toEpochMilli());
            LOG.warning(() -> "Search index " + index + " cannot be read (" + unreadable
                    + "); moved to " + aside + " and rebuilt from the database");
            try {
                Files.move(index, aside);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot move the unreadable search index " + index + " aside", e);
            }
        }
    }
}
