package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentTypeTest {

    @TempDir
    Path folder;

    private Optional<AttachmentType> type(byte[] content, String name) throws IOException {
        Path file = Files.write(folder.resolve("upload.part"), content);
        return AttachmentType.of(file, name);
    }

    @Test
    void documentsAreKnownByTheirBytes() throws IOException {
        assertEquals(Optional.of(AttachmentType.PDF), type(TestDocuments.pdf("x"), "Quyết định 2146.pdf"));
        assertEquals(Optional.of(AttachmentType.PDF), type(TestDocuments.pdf("x"), "no-extension"), "the name is not needed");
        assertEquals(Optional.of(AttachmentType.PDF), type(TestDocuments.pdf("x"), "renamed.docx"), "nor believed");
        assertEquals(Optional.of(AttachmentType.ODT), type(TestDocuments.odt(), "bao-cao.zip"));
        assertEquals(Optional.of(AttachmentType.ZIP), type(TestDocuments.zip(), "ho-so.zip"));
    }

    @Test
    void theNameRefinesOnlyWhatTheBytesAlreadySay() throws IOException {
        assertEquals(Optional.of(AttachmentType.DOCX), type(TestDocuments.docx(), "to-trinh.docx"));
        assertEquals(Optional.of(AttachmentType.XLSX), type(TestDocuments.docx(), "so-lieu.xlsx"));
        assertEquals(Optional.of(AttachmentType.ZIP), type(TestDocuments.docx(), "goi.zip"), "an Office package not named as one is a ZIP");
        assertEquals(Optional.of(AttachmentType.DOC), type(TestDocuments.ole2(), "cong-van.doc"));
        assertEquals(Optional.of(AttachmentType.XLS), type(TestDocuments.ole2(), "bang.xls"));
        assertEquals(Optional.empty(), type(TestDocuments.ole2(), "trinh-chieu.ppt"), "a Word 97 container of another kind");
    }

    @Test
    void whatIsNotADocumentOfOursIsRefusedWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), type(TestDocuments.html(), "quyet-dinh.pdf"));
        assertEquals(Optional.empty(), type(TestDocuments.executable(), "quyet-dinh.pdf"));
        assertEquals(Optional.empty(), type(TestDocuments.executable(), "setup.zip"));
        assertEquals(Optional.empty(), type("chỉ là chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8), "van-ban.doc"));
        assertEquals(Optional.empty(), type(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "van-ban.pdf"));
        assertEquals(Optional.empty(), type(TestDocuments.docx(), "bao-cao.docm"), "Office files with macros are refused");
        assertEquals(Optional.empty(), type(FeaturedImageBytes.PNG, "anh.pdf"));
    }

    /** A PNG's signature: an image is the image store's, not an attachment. */
    private static final class FeaturedImageBytes {
        static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }
}
