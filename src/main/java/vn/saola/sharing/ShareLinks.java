package vn.saola.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each share button of an article leads: plain links with the article's canonical URL (in
 * the language being read) encoded into them, so they work without JavaScript and nothing is
 * fetched from a third party until the reader chooses to share.
 *
 * <p>Zalo documents no share address of its own, only its share button: a script from
 * {@code sp.zalo.me} that draws the button for a {@code data-href}. Loading that script with
 * every page would send every reader's visit to Zalo, so the page loads it only when the reader
 * presses "Zalo" ({@code assets/article.js}); without JavaScript that button leads to the
 * article's address, ready to copy into a Zalo chat ({@link #zalo()}).
 */
public record ShareLinks(String url, String facebook, String zalo, String x, String linkedIn, String email) {

    /** @param siteName signs the e-mail: where the link leads, for a reader who does not know the address */
    public static ShareLinks of(String canonicalUrl, String title, String summary, String siteName) {
        String url = encode(canonicalUrl);
        String body = (summary == null || summary.isBlank() ? "" : summary.strip() + "\n\n") + canonicalUrl
                + (siteName == null || siteName.isBlank() ? "" : "\n\n– " + siteName.strip());
        return new ShareLinks(canonicalUrl,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "#share-address",
                "https://twitter.com/intent/tweet?text=" + encode(title) + "&url=" + url,
                "https://www.linkedin.com/sharing/share-offsite/?url=" + url,
                "mailto:?subject=" + encode(title) + "&body=" + encode(body));
    }

    /** Percent-encoding for a query or a {@code mailto:} field: spaces as {@code %20}, never {@code +}. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
