package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractionTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(folder.resolve("file.pdf"), bytes);
    }

    @Test
    void everyPagesTextIsRead() throws IOException {
        Path pdf = file(TestDocuments.pdfPages("Tai co cau nganh cong thuong", "Quyet dinh so 2146/QD-TTg"));
        String text = TextExtraction.pdfText(pdf, 100, 1_000_000, MINUTE).orElseThrow();
        assertTrue(text.contains("Tai co cau nganh cong thuong"), text);
        assertTrue(text.contains("2146/QD-TTg"), text);
    }

    @Test
    void onlySoManyPagesAreRead() throws IOException {
        String[] pages = IntStream.rangeClosed(1, 5).mapToObj(i -> "trang" + i + "x").toArray(String[]::new);
        String text = TextExtraction.pdfText(file(TestDocuments.pdfPages(pages)), 2, 1_000_000, MINUTE).orElseThrow();
        assertTrue(text.contains("trang2x"), text);
        assertFalse(text.contains("trang3x"), text);
    }

    @Test
    void readingStopsAtItsCharacterLimitAndKeepsWhatItRead() throws IOException {
        String[] pages = new String[20];
        Arrays.fill(pages, "abcdefghij".repeat(8));
        String text = TextExtraction.pdfText(file(TestDocuments.pdfPages(pages)), 100, 500, MINUTE).orElseThrow();
        assertTrue(text.length() >= 400 && text.length() <= 520, "read: " + text.length());
    }

    @Test
    void readingThatRunsOutOfTimeStopsWithoutAnError() throws IOException {
        Path pdf = file(TestDocuments.pdfPages("mot", "hai"));
        assertEquals(Optional.empty(), TextExtraction.pdfText(pdf, 100, 1_000_000, Duration.ZERO));
    }

    @Test
    void aLockedOrBrokenFileHasNoText() throws IOException {
        assertEquals(Optional.empty(), TextExtraction.pdfText(file(TestDocuments.lockedPdf("mat-khau", "bi mat")), 100,
                1_000_000, MINUTE));
        byte[] whole = TestDocuments.pdfPages("cat ngang");
        assertEquals(Optional.empty(), TextExtraction.pdfText(file(Arrays.copyOf(whole, whole.length / 3)), 100,
                1_000_000, MINUTE), "cut short");
        assertEquals(Optional.empty(), TextExtraction.pdfText(file(TestDocuments.html()), 100, 1_000_000, MINUTE));
    }

    private Optional<String> text(byte[] bytes, AttachmentType type) throws IOException {
        TextExtraction extraction = new TextExtraction();
        extraction.maxPages = 100;
        extraction.maxSeconds = 60;
        return extraction.text(Files.write(folder.resolve("file." + type.extension()), bytes), type);
    }

    @Test
    void wordExcelAndOpenDocumentFilesAreReadInVietnamese() throws IOException {
        assertTrue(text(TestDocuments.wordDocument("Tái cơ cấu ngành Công Thương", "giai đoạn đến năm 2030"), AttachmentType.DOCX)
                .orElseThrow().contains("Tái cơ cấu ngành Công Thương\ngiai đoạn đến năm 2030"));
        assertTrue(text(TestDocuments.spreadsheet(false, "Kế hoạch 873/QĐ-UBND", "Sở Công Thương"), AttachmentType.XLSX)
                .orElseThrow().contains("Kế hoạch 873/QĐ-UBND"));
        assertTrue(text(TestDocuments.spreadsheet(true, "Quyết định 1379/QĐ-UBND"), AttachmentType.XLS)
                .orElseThrow().contains("Quyết định 1379/QĐ-UBND"));
        String odt = text(TestDocuments.odt("Quyết định<text:s/>số 2146/QĐ-TTg", "ngày 01/12/2014"), AttachmentType.ODT).orElseThrow();
        assertEquals("Quyết định số 2146/QĐ-TTg\nngày 01/12/2014", odt);
    }

    @Test
    void zipBombsAndBrokenOfficeFilesHaveNoTextAndDoNotExhaustMemory() throws IOException {
        assertEquals(Optional.empty(), text(TestDocuments.zipBombDocx(200), AttachmentType.DOCX), "200 MB of one paragraph again and again, in a few hundred KB");
        assertEquals(Optional.empty(), text(TestDocuments.zip(), AttachmentType.ZIP), "a ZIP has no text of its own");
        assertEquals(Optional.empty(), text(TestDocuments.ole2(), AttachmentType.DOC), "a Word 97 signature and nothing else");
        assertEquals(Optional.empty(), text(TestDocuments.html(), AttachmentType.XLSX));
        byte[] bomb = TestDocuments.odt("x".repeat(10));
        assertEquals(Optional.empty(), text(Arrays.copyOf(bomb, bomb.length / 2), AttachmentType.ODT), "cut short");
    }
}
