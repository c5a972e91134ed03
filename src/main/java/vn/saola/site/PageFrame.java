package vn.saola.site;

import java.util.List;

import vn.saola.content.CategoryLink;
import vn.saola.content.SiteIdentity;
import vn.saola.content.SiteMenus;
import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;

/**
 * What every public page shows around its own content: the head (title, description, canonical
 * and hreflang links), the header (logo, site name, the header menu or else the categories,
 * language switcher) and the footer with its menus, the agency's contacts ({@code identity}) and
 * the view counter ({@code counter}: null where the page shows none).
 */
public record PageFrame(
        Language language,
        String siteName,
        SiteIdentity.Text identity,
        String logo,
        String title,
        String description,
        String canonicalUrl,
        List<Alternate> alternates,
        String xDefaultUrl,
        Switcher switcher,
        List<CategoryLink> categories,
        SiteMenus menus,
        String homeUrl,
        Formats formats,
        CounterText counter) {

    /** One {@code <link rel="alternate" hreflang>}: a translation of this page that exists. */
    public record Alternate(String hreflang, String url) {
    }

    /**
     * The link to the other language: the same page there when it exists ({@code translated}),
     * else that language's home page, and the switcher says so.
     */
    public record Switcher(Language target, String href, boolean translated) {

        public String code() {
            return target.code();
        }
    }
}
