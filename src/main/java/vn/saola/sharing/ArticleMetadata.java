package vn.saola.sharing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.json.spi.JsonProvider;

import vn.saola.content.ArticleView;
import vn.saola.content.SiteIdentity;
import vn.saola.i18n.Language;

/**
 * What an article page tells link previews, feed readers and search engines about itself: Open
 * Graph and Twitter card values, and a schema.org {@code NewsArticle} in JSON-LD. Absolute URLs
 * throughout ({@code base} is the site's public address).
 */
public record ArticleMetadata(String title, String description, String url, String image, String locale,
        List<String> alternateLocales, String publishedTime, String modifiedTime, String section, String author,
        String jsonLd) {

    private static final JsonProvider JSON = JsonProvider.provider();
    static final String DEFAULT_IMAGE = "/assets/og-default.png";

    public static ArticleMetadata of(ArticleView article, String description, String base, SiteIdentity identity,
            ZoneId zone) {
        String publisher = identity.publisher(article.language());
        String logo = base + (identity.logo() != null ? identity.logo() : DEFAULT_IMAGE);
        String url = base + article.url();
        String image = base + (article.featuredImage() != null ? article.featuredImage() : DEFAULT_IMAGE);
        List<String> alternates = article.urls().keySet().stream().filter(l -> l != article.language())
                .map(ArticleMetadata::locale).toList();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String published = article.publishedAt() == null ? null : iso.format(article.publishedAt().atZone(zone).withNano(0));
        String modified = article.updatedAt() == null ? published : iso.format(article.updatedAt().atZone(zone).withNano(0));
        var ld = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.title())
                .add("description", description == null ? "" : description)
                .add("inLanguage", article.language().code())
                .add("url", url)
                .add("mainEntityOfPage", url)
                .add("image", JSON.createArrayBuilder().add(image))
                .add("articleSection", article.category().name())
                .add("publisher", JSON.createObjectBuilder().add("@type", "GovernmentOrganization").add("name", publisher)
                        .add("url", base + article.language().homePath())
                        .add("logo", JSON.createObjectBuilder().add("@type", "ImageObject").add("url", logo)));
        if (published != null) {
            ld.add("datePublished", published).add("dateModified", modified);
        }
        ld.add("author", article.author() == null
                ? JSON.createObjectBuilder().add("@type", "GovernmentOrganization").add("name", publisher)
                : JSON.createObjectBuilder().add("@type", "Person").add("name", article.author()));
        return new ArticleMetadata(article.title(), description, url, image, locale(article.language()), alternates,
                published, modified, article.category().name(), article.author(), scriptSafe(ld.build().toString()));
    }

    /** {@code vi_VN}, {@code en_US}: Open Graph's way of naming a language. */
    static String locale(Language language) {
        return Map.of(Language.VI, "vi_VN", Language.EN, "en_US").get(language);
    }

    /** JSON that cannot end its {@code <script>} element early, whatever a title holds. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
