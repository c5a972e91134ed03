package vn.saola.stats;

import java.util.Locale;

/**
 * What a view is (DESIGN.md, "View counting"): one successful GET of a public HTML page by a
 * client that is not a known bot and not a prefetch.
 */
final class CountingRules {

    private final BotList bots;

    CountingRules(BotList bots) {
        this.bots = bots;
    }

    /**
     * @param purpose the {@code Sec-Purpose} or {@code Purpose} (or {@code X-Purpose}, {@code X-Moz})
     *                header, whichever the client sent; null when none
     */
    boolean isView(String method, int status, String contentType, String userAgent, String purpose) {
        return "GET".equals(method)
                // 304: the reader's browser asked whether its copy is current and shows it again
                && (status == 200 || status == 304)
                && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
                && !isPrefetch(purpose)
                && !bots.isBot(userAgent);
    }

    /** Browsers announce pages they load ahead ({@code prefetch}, {@code prerender}, {@code preview}). */
    static boolean isPrefetch(String purpose) {
        if (purpose == null) {
            return false;
        }
        String value = purpose.toLowerCase(Locale.ROOT);
        return value.contains("prefetch") || value.contains("prerender") || value.contains("preview");
    }
}
