package vn.saola.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of Word and Excel files with Apache POI: Word 97 and later, Excel 97 and later (the
 * later spreadsheets read as a stream of events, not a workbook held in memory). Anything POI
 * refuses — a ZIP bomb caught by its guard, an encrypted or broken file — has no text.
 */
final class OfficeText {

    private static final Logger LOG = Logger.getLogger(OfficeText.class.getName());

    private OfficeText() {
    }

    static Optional<String> of(Path file, AttachmentType type) {
        try (POITextExtractor extractor = extractor(file, type)) {
            String text = extractor.getText().strip();
            if (text.length() > TextExtraction.MAX_CHARACTERS) {
                text = text.substring(0, TextExtraction.MAX_CHARACTERS);
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.xmlbeans.XmlException unreadable) {
            LOG.info(() -> file.getFileName() + ": not readable as " + type.label() + " (" + unreadable + ")");
            return Optional.empty();
        }
    }

    private static POITextExtractor extractor(Path file, AttachmentType type)
            throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException, org.apache.xmlbeans.XmlException {
        return switch (type) {
            case DOCX -> new XWPFWordExtractor(new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ)));
            case XLSX -> new XSSFEventBasedExcelExtractor(OPCPackage.open(file.toFile(), PackageAccess.READ));
            case DOC -> new WordExtractor(new POIFSFileSystem(file.toFile(), true));
            case XLS -> new ExcelExtractor(new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true)));
            default -> throw new IllegalArgumentException(type + " is not a Word or Excel file");
        };
    }
}
