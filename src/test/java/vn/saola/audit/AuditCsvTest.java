package vn.saola.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aLineIsOneRowInTheSitesTimeWithNothingASpreadsheetWouldRun() {
        AuditCsv csv = new AuditCsv("When,Who,Action,Subject id,Subject,Details", ZoneId.of("Asia/Ho_Chi_Minh"));
        csv.add(new AuditView(1, Instant.parse("2026-11-28T17:30:00Z"), "bientap", AuditAction.PUBLISH, "article:42",
                "=HYPERLINK(\"x\") \"Tin\"", null), "Xuất bản");
        assertEquals("\uFEFFWhen,Who,Action,Subject id,Subject,Details\r\n"
                + "2026-11-29 00:30:00,\"bientap\",\"Xuất bản\",\"article:42\",\"'=HYPERLINK(\"\"x\"\") \"\"Tin\"\"\",\"\"\r\n",
                csv.toString());
    }

    @Test
    void theArticleALineConcernsIsKnownByItsSubject() {
        assertEquals(42L, new AuditView(1, Instant.EPOCH, "a", AuditAction.DELETE, "article:42", "", "").articleId());
        assertEquals(null, new AuditView(1, Instant.EPOCH, "a", AuditAction.ACCOUNT_CREATED, "account:3", "", "").articleId());
        assertEquals(null, new AuditView(1, Instant.EPOCH, "a", AuditAction.SIGN_IN, null, null, null).articleId());
    }
}
