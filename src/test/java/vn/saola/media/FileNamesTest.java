package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aVietnameseNameIsKeptInItsComposedFormWithTheRecognisedExtension() {
        String decomposed = Normalizer.normalize("Quyết định 2146 QĐ-TTg.PDF", Normalizer.Form.NFD);
        assertEquals("Quyết định 2146 QĐ-TTg.pdf", FileNames.safe(decomposed, "pdf"));
        assertEquals("bao-cao.zip", FileNames.safe("bao-cao.docx", "zip"), "the content decides the extension");
        assertEquals("Kế hoạch 873.QĐ-UBND.pdf", FileNames.safe("Kế hoạch 873.QĐ-UBND.pdf", "pdf"));
    }

    @Test
    void foldersControlCharactersAndReservedCharactersAreDropped() {
        assertEquals("passwd.pdf", FileNames.safe("../../etc/passwd", "pdf"));
        assertEquals("evil.pdf", FileNames.safe("C:\\Windows\\..\\evil.pdf", "pdf"));
        assertEquals("ab c.pdf", FileNames.safe("a\u0000b\r\n\tc.pdf", "pdf"));
        assertEquals("fdp.exe.pdf", FileNames.safe("\u202Efdp.exe.pdf", "pdf"), "no right-to-left override to disguise a name");
        assertEquals("name.pdf", FileNames.safe("na<>:\"|?*me.pdf", "pdf"));
        assertEquals("tai-lieu.pdf", FileNames.safe("...", "pdf"));
        assertEquals("tai-lieu.pdf", FileNames.safe(null, "pdf"));
        assertEquals("hidden.pdf", FileNames.safe(".hidden.pdf", "pdf"));
    }

    @Test
    void aThousandCharacterNameIsCutBeforeItsExtension() {
        String safe = FileNames.safe("đ".repeat(1000) + ".pdf", "pdf");
        assertEquals(FileNames.MAX_STEM + 4, safe.codePointCount(0, safe.length()));
        assertTrue(safe.endsWith("đ.pdf"));
    }

    @Test
    void theDispositionCarriesTheNameInUtf8AndInPlainLetters() {
        assertEquals("inline; filename=\"Quyet dinh 2146_QD-TTg.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%202146_Q%C4%90-TTg.pdf",
                FileNames.contentDisposition(true, "Quyết định 2146_QĐ-TTg.pdf"));
        assertEquals("attachment; filename=\"Tang 5_.xlsx\"; filename*=UTF-8''T%C4%83ng%205%25.xlsx",
                FileNames.contentDisposition(false, "Tăng 5%.xlsx"));
    }

    @Test
    void anAddressSegmentKeepsOnlyUnreservedCharacters() {
        assertEquals("Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20%231%3F.pdf", FileNames.pathSegment("Quyết định #1?.pdf"));
    }
}
