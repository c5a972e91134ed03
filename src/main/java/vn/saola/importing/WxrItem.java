package vn.saola.importing;

import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * One {@code <item>} of a WordPress export (WXR) as written: a post, page, attachment or anything
 * else WordPress keeps as a post. Text is as the export has it (HTML for {@code content}); dates are
 * WordPress's "Y-m-d H:i:s" strings. {@code oversized}: a field was longer than the reader keeps, and
 * holds only its beginning.
 */
record WxrItem(long id, String type, String status, String title, String link, String guid, String name,
        String date, String modified, String creator, String content, String excerpt, long parent,
        String attachmentUrl, List<Term> terms, Map<String, String> meta, int comments, boolean oversized) {

    /** A {@code <category domain="…" nicename="…">label</category>} of the item: a category, tag or other taxonomy's term. */
    record Term(String domain, String slug, String label) {
    }

    List<Term> termsOf(String domain) {
        return terms.stream().filter(t -> domain.equals(t.domain())).toList();
    }

    /** How a report names the item: "bài 4 “…”", "trang 3 “…”" in the report's language. */
    String label(Language language) {
        return label(language, type, id, title);
    }

    static String label(Language language, String type, long id, String title) {
        String shown = title == null ? "" : title.strip();
        String kind = switch (type) {
            case "post", "page", "attachment" -> type;
            default -> "other";
        };
        return Messages.get(language, "import.wordpress.item." + kind, id,
                shown.length() > 80 ? shown.substring(0, 80) + "…" : shown, type);
    }
}
