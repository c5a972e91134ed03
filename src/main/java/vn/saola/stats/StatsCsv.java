package vn.saola.stats;

import java.util.List;
import java.util.Map;

import vn.saola.content.ArticleLabel;
import vn.saola.i18n.Language;
import vn.saola.platform.CsvCells;

/** The export's text: comma-separated, every text field quoted, a byte order mark first for Excel. */
public final class StatsCsv {

    private StatsCsv() {
    }

    /**
     * @param siteName what the site's own rows are called
     * @param header   the column names, already comma-separated
     */
    public static String write(List<StatsStore.ExportRow> rows, Map<Long, ArticleLabel> labels, String siteName,
            String header) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(header).append("\r\n");
        for (StatsStore.ExportRow row : rows) {
            ArticleLabel label = labels.get(row.articleId());
            boolean site = row.articleId() == ViewLedger.SITE;
            csv.append(row.day()).append(',')
                    .append(CsvCells.quote(site ? "" : label == null ? String.valueOf(row.articleId()) : label.publicId())).append(',')
                    .append(CsvCells.quote(site ? siteName : label == null ? "#" + row.articleId() : label.titles().getOrDefault(Language.VI, ""))).append(',')
                    .append(CsvCells.quote(site || label == null ? "" : label.titles().getOrDefault(Language.EN, ""))).append(',')
                    .append(row.viViews()).append(',')
                    .append(row.enViews()).append(',')
                    .append(row.viViews() + row.enViews()).append(',')
                    .append(row.visitors()).append("\r\n");
        }
        return csv.toString();
    }
}
