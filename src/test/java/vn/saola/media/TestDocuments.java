package vn.saola.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small documents of each kind, made by the tests themselves: their first bytes are what a detector reads. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF whose page says {@code text}. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF made with PDFBox, one page a string (its lines on lines of the page), in a standard font (Latin letters only: the
     * Vietnamese texts are written without their marks, which search finds all the same).
     */
    public static byte[] pdfPages(String... pages) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                pdf.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 740);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, opened only with {@code password}. */
    public static byte[] lockedPdf(String password, String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfPages(text))) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-" + password, password,
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Office Open XML package: a Word document (or, by its name, a macro-enabled one). */
    public static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    /** An OpenDocument text: its first entry, stored, names its type. */
    public static byte[] odt() {
        return odt("");
    }

    /** An OpenDocument text whose body holds {@code paragraphs}, one {@code text:p} each. */
    public static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(paragraph).append("</text:p>");
        }
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + body + "</office:text></office:body></office:document-content>");
    }

    /** A Word document written by Apache POI, one paragraph a string. */
    public static byte[] wordDocument(String... paragraphs) {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet written by Apache POI (Excel 97 when {@code legacy}), one cell a string. */
    public static byte[] spreadsheet(boolean legacy, String... cells) {
        try (org.apache.poi.ss.usermodel.Workbook workbook = legacy ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                : new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Trang 1");
            for (int i = 0; i < cells.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(cells[i]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real Word document (written by POI) whose text part is replaced by {@code megabytes} of the
     * same paragraph: a few hundred kilobytes that inflate beyond any reason, a ZIP bomb.
     */
    public static byte[] zipBombDocx(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var source = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(wordDocument("x")));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = source.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
                            + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
                    byte[] paragraphs = "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(30_000).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < megabytes * 1024L * 1024; written += paragraphs.length) {
                        zip.write(paragraphs);
                    }
                    zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] zip() {
        return zip(false, "bao-cao.txt", "Báo cáo", "phu-luc.txt", "Phụ lục");
    }

    /** A Word 97 container's signature and nothing after it that a reader would need. */
    public static byte[] ole2() {
        byte[] bytes = new byte[1024];
        int[] signature = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        for (int i = 0; i < signature.length; i++) {
            bytes[i] = (byte) signature[i];
        }
        return bytes;
    }

    /** A Windows program's first bytes. */
    public static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Entries named and filled in pairs; {@code firstStored}: the first entry kept uncompressed, as OpenDocument asks. */
    private static byte[] zip(boolean firstStored, String... namesAndTexts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] text = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndTexts[i]);
                if (i == 0 && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(text);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(text.length);
                    entry.setCompressedSize(text.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(text);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
