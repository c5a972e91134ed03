package vn.saola.site;

import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;
import vn.saola.site.CounterSlots.SplitPage;

/**
 * A public page as it was rendered for an anonymous reader, kept to answer the next ones: its
 * headers, its body cut at the counter slots, and what the slots need (language, article).
 *
 * @param headers the headers the render set, but for those about this one answer (cookies, CSRF)
 * @param articleId the article the page shows, which a view of it counts to; null for other pages
 * @param keptAt when it was rendered, as {@link System#nanoTime()} (for the {@code Age} header)
 * @param tag a digest of the page around its numbers (for its {@code ETag}); null for a page that is not kept
 * @param gzip the body's pieces compressed ({@link GzipPieces}); null for a page that is not kept
 */
record KeptPage(String contentType, Map<String, List<String>> headers, SplitPage body,
        Language language, Long articleId, long keptAt, String tag, List<byte[]> gzip) {

    /** About what the page costs in memory. */
    int weight() {
        int bytes = 200;
        for (byte[] piece : body.pieces()) {
            bytes += piece.length + 16;
        }
        if (gzip != null) {
            for (byte[] piece : gzip) {
                bytes += piece.length + 16;
            }
        }
        return bytes;
    }
}
