package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFolderTest {

    @TempDir
    Path root;

    @Test
    void anIndexWithoutTheWordPairsIsSetAsideToBeRebuilt() throws IOException {
        write(new StoredField("article_id", 7L), new TextField("all_folded", "cong cu", Field.Store.NO));
        IndexFolder.setAsideIfUnreadable(root);
        assertFalse(Files.exists(root.resolve(SearchMapping.INDEX)));
        try (var entries = Files.list(root)) {
            assertEquals(1, entries.filter(p -> p.getFileName().toString().startsWith(SearchMapping.INDEX + ".unreadable-")).count());
        }
    }

    @Test
    void anIndexOfThisLayoutIsKept() throws IOException {
        write(new NumericDocValuesField("article_id", 7L), new TextField("all_pairs", "cong cu", Field.Store.NO),
                new StringField("kind", "ARTICLE", Field.Store.NO), new LongPoint("visible_from", 7L));
        IndexFolder.setAsideIfUnreadable(root);
        assertTrue(Files.isDirectory(root.resolve(SearchMapping.INDEX)));
    }

    @Test
    void anIndexThatCannotTellPagesFromNewsIsSetAsideToBeRebuilt() throws IOException {
        write(new NumericDocValuesField("article_id", 7L), new TextField("all_pairs", "cong cu", Field.Store.NO));
        IndexFolder.setAsideIfUnreadable(root);
        assertFalse(Files.exists(root.resolve(SearchMapping.INDEX)));
    }

    @Test
    void anIndexWithoutEachLanguagesOwnTimeIsSetAsideToBeRebuilt() throws IOException {
        write(new NumericDocValuesField("article_id", 7L), new TextField("all_pairs", "cong cu", Field.Store.NO),
                new StringField("kind", "ARTICLE", Field.Store.NO));
        IndexFolder.setAsideIfUnreadable(root);
        assertFalse(Files.exists(root.resolve(SearchMapping.INDEX)));
    }

    private void write(Field... fields) throws IOException {
        try (FSDirectory directory = FSDirectory.open(root.resolve(SearchMapping.INDEX));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document document = new Document();
            List.of(fields).forEach(document::add);
            writer.addDocument(document);
        }
    }
}
