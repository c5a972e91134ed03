package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void aNumberIsLookedUpTheSameHoweverItIsTyped() {
        assertEquals("2146QDTTG", DocumentNumbers.key("2146/QĐ-TTg"));
        assertEquals("2146QDTTG", DocumentNumbers.key("2146/qd-ttg"));
        assertEquals("2146QDTTG", DocumentNumbers.key("2146 QĐ TTg"));
        assertEquals("2146QDTTG", DocumentNumbers.key("2146/Q\u0110-TTg"));
        assertEquals("2146QDTTG", DocumentNumbers.key("2146/qđ-ttg"));
        assertEquals("012021TTBCT", DocumentNumbers.key("01/2021/TT-BCT"));
        assertEquals("", DocumentNumbers.key("2024"), "a year alone is no number");
        assertEquals("", DocumentNumbers.key("quyết định"), "nor are words alone");
        assertEquals("", DocumentNumbers.key(null));
    }

    @Test
    void theFormTakesNumbersAsStateBodiesWriteThem() {
        for (String good : new String[] {"2146/QĐ-TTg", "873/QĐ-UBND", "01/2021/TT-BCT", "15/CT-TTg", "30/2020/NĐ-CP", "123/KH"}) {
            assertTrue(DocumentNumbers.isWellFormed(good), good);
        }
        for (String bad : new String[] {"", "2146", "QĐ-TTg", "2146/", "2146//QĐ", "kế hoạch số 5", "2146/QĐ TTg", "1".repeat(61)}) {
            assertFalse(DocumentNumbers.isWellFormed(bad), bad);
        }
    }

    @Test
    void knownNumbersInTextBecomeLinksAndNothingElseChanges() {
        Map<String, String> known = Map.of("2146QDTTG", "/vi/van-ban/qd-2146", "873QDUBND", "/vi/van-ban/kh-873");
        assertEquals("<p>Theo Quyết định số <a href=\"/vi/van-ban/qd-2146\">2146/QĐ-TTg</a> và "
                        + "<a href=\"/vi/van-ban/kh-873\">873/QĐ-UBND</a>, ngày 12/5/2024.</p>",
                DocumentNumbers.linked("<p>Theo Quyết định số 2146/QĐ-TTg và 873/QĐ-UBND, ngày 12/5/2024.</p>", known::get));
        String unknownOnly = "<p>Theo Quyết định số 999/QĐ-TTg.</p>";
        assertEquals(unknownOnly, DocumentNumbers.linked(unknownOnly, known::get), "an unknown number stays text");
        String linkedAlready = "<p><a href=\"/x\" rel=\"noopener\">2146/QĐ-TTg</a></p>";
        assertEquals(linkedAlready, DocumentNumbers.linked(linkedAlready, known::get), "no link inside a link");
        assertEquals("<p>Mã 12146/QĐ-TTgX</p>", DocumentNumbers.linked("<p>Mã 12146/QĐ-TTgX</p>", known::get),
                "not part of a longer code");
        assertEquals("<p><strong>Số <a href=\"/vi/van-ban/qd-2146\">2146/QĐ-TTg</a></strong> &amp; &lt;b&gt;</p>",
                DocumentNumbers.linked("<p><strong>Số 2146/QĐ-TTg</strong> &amp; &lt;b&gt;</p>", known::get),
                "the rest of the markup and its escapes stay");
        assertEquals("<p>Số 2146/QĐ-TTg</p>", DocumentNumbers.linked("<p>Số 2146/QĐ-TTg</p>", key -> null));
    }
}
