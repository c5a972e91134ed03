package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.content.ArticleLabel;
import vn.saola.i18n.Language;

class StatsCsvTest {

    @Test
    void excelReadsVietnameseTitlesAndNoTitleBecomesAFormula() {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        titles.put(Language.VI, "Sở Công Thương phấn đấu \"2030\"");
        titles.put(Language.EN, "=HYPERLINK(\"x\")");
        ArticleLabel label = new ArticleLabel(7, "seed-1", titles, new EnumMap<>(Language.class));
        String csv = StatsCsv.write(List.of(
                new StatsStore.ExportRow(LocalDate.of(2026, 11, 24), 0, 12, 3, 9),
                new StatsStore.ExportRow(LocalDate.of(2026, 11, 24), 7, 5, 1, 4)),
                Map.of(7L, label), "Toàn trang", "Ngày,Mã,VI,EN,a,b,c,d");
        assertTrue(csv.startsWith("\uFEFFNgày,Mã"), "a byte order mark, then the header");
        String[] lines = csv.split("\r\n");
        assertEquals("2026-11-24,\"\",\"Toàn trang\",\"\",12,3,15,9", lines[1]);
        assertEquals("2026-11-24,\"seed-1\",\"Sở Công Thương phấn đấu \"\"2030\"\"\",\"'=HYPERLINK(\"\"x\"\")\",5,1,6,4", lines[2]);
    }
}
