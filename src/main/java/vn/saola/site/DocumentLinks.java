package vn.saola.site;

import java.util.ArrayList;
import java.util.List;

import vn.saola.content.DocumentFilter;

/** The register's addresses for a filter: the same in both languages, since codes are. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    /** {@code ?type=quyet-dinh&year=2024}, or empty when nothing narrows or orders the list. */
    static String query(DocumentFilter filter) {
        List<String> parts = new ArrayList<>();
        // Codes are slugs and years digits: nothing in them needs escaping.
        if (!filter.type().isEmpty()) {
            parts.add("type=" + filter.type());
        }
        if (!filter.issuer().isEmpty()) {
            parts.add("issuer=" + filter.issuer());
        }
        if (!filter.field().isEmpty()) {
            parts.add("field=" + filter.field());
        }
        if (filter.year() != null) {
            parts.add("year=" + filter.year());
        }
        if (filter.oldestFirst()) {
            parts.add("sort=oldest");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
