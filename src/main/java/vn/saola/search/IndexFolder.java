package vn.saola.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index on disk. An index Lucene cannot open (cut short by a full disk, copied
 * half-way, from another Lucene version), or one written by an earlier Saola without the fields
 * search now ranks by, is moved aside before Hibernate Search starts, so the site starts anyway
 * with an empty index that {@link SearchIndex} then rebuilds.
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
        boolean earlierLayout;
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                earlierLayout = reader.numDocs() > 0 && !hasThisLayout(FieldInfos.getMergedFieldInfos(reader));
            }
        } catch (IOException | RuntimeException unreadable) {
            moveAside(root, index, "cannot be read (" + unreadable + ")");
            return;
        }
        if (earlierLayout) {
            moveAside(root, index, "was written by an earlier version, without the fields this one ranks by");
        }
    }

    private static void moveAside(Path root, Path index, String why) {
        Path aside = root.resolve(SearchMapping.INDEX + ".unreadable-" + Instant.now().toEpochMilli());
        LOG.warning(() -> "Search index " + index + " " + why + "; moved to " + aside + " and rebuilt from the database");
        try {
            Files.move(index, aside);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot move the search index " + index + " aside", e);
        }
    }

    /**
     * The word pairs (issue 18), the ids that order equal scores the same way on every page, and
     * the kind that tells pages from news (issue 19), the time each language is public from (issue 21).
     */
    private static boolean hasThisLayout(FieldInfos fields) {
        FieldInfo pairs = fields.fieldInfo("all_pairs");
        FieldInfo articleId = fields.fieldInfo("article_id");
        return pairs != null && articleId != null && articleId.getDocValuesType() != DocValuesType.NONE
                && fields.fieldInfo("kind") != null && fields.fieldInfo("visible_from") != null;
    }
}
