package vn.saola.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages Saola publishes in, with the words each uses in its URLs.
 * Vietnamese comes first: it is the site's own language and the fallback of every choice.
 */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi-VN"), "bai-viet", "chuyen-muc", "tim-kiem", "so-do-cong", "van-ban"),
    EN("en", Locale.forLanguageTag("en-GB"), "articles", "categories", "search", "site-map", "documents");

    /** Every language's articles segment, as a JAX-RS path pattern (annotations need a constant). */
    public static final String ARTICLE_SEGMENTS = "bai-viet|articles";
    /** Every language's categories segment, as a JAX-RS path pattern. */
    public static final String CATEGORY_SEGMENTS = "chuyen-muc|categories";
    /** Every language's segment of the site map for people, as a JAX-RS path pattern. */
    public static final String SITE_MAP_SEGMENTS = "so-do-cong|site-map";
    /** Every language's segment of the register of official documents, as a JAX-RS path pattern. */
    public static final String DOCUMENT_SEGMENTS = "van-ban|documents";
    /**
     * The first segments after the language that Saola's own addresses use: no page may take one,
     * whatever the language (a test checks every segment above is here).
     */
    public static final String RESERVED_SEGMENTS = ARTICLE_SEGMENTS + "|" + CATEGORY_SEGMENTS + "|tim-kiem|search|"
            + SITE_MAP_SEGMENTS + "|" + DOCUMENT_SEGMENTS;
    /**
     * A page's address after the language, as a JAX-RS path pattern: one to four slugs (a page and
     * its parents), the first not a reserved segment, so no page address can shadow another page of the site.
     */
    public static final String PAGE_PATH = "(?!(?:" + RESERVED_SEGMENTS + ")(?:/|$))[a-z0-9-]{1,120}(?:/[a-z0-9-]{1,120}){0,3}";

    private static final Set<String> RESERVED = Set.of(RESERVED_SEGMENTS.split("\\|"));

    private final String code;
    private final Locale locale;
    private final String articlesSegment;
    private final String categoriesSegment;
    private final String searchSegment;
    private final String siteMapSegment;
    private final String documentsSegment;

    Language(String code, Locale locale, String articlesSegment, String categoriesSegment, String searchSegment,
            String siteMapSegment, String documentsSegment) {
        this.code = code;
        this.locale = locale;
        this.articlesSegment = articlesSegment;
        this.categoriesSegment = categoriesSegment;
        this.searchSegment = searchSegment;
        this.siteMapSegment = siteMapSegment;
        this.documentsSegment = documentsSegment;
    }

    public static Language primary() {
        return VI;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == VI ? EN : VI;
    }

    public String homePath() {
        return "/" + code + "/";
    }

    public String articlePath(String slug) {
        return "/" + code + "/" + articlesSegment + "/" + slug;
    }

    public String categoryPath(String slug) {
        return "/" + code + "/" + categoriesSegment + "/" + slug;
    }

    /** The register of official documents ("Văn bản"). */
    public String documentsPath() {
        return "/" + code + "/" + documentsSegment;
    }

    public String documentPath(String slug) {
        return documentsPath() + "/" + slug;
    }

    public String documentsSegment() {
        return documentsSegment;
    }

    /** A page under its parents: {@code /vi/gioi-thieu/co-cau-to-chuc} for the slugs of the parent, then the page. */
    public String pagePath(List<String> slugs) {
        return "/" + code + "/" + String.join("/", slugs);
    }

    /** Whether a page may not take {@code slug}: it is the first segment of another kind of address. */
    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }

    public String searchPath() {
        return "/" + code + "/" + searchSegment;
    }

    /** The site map for people ("Sơ đồ cổng thông tin"), not the XML one for search engines. */
    public String siteMapPath() {
        return "/" + code + "/" + siteMapSegment;
    }

    public String siteMapSegment() {
        return siteMapSegment;
    }

    public String articlesSegment() {
        return articlesSegment;
    }

    public String categoriesSegment() {
        return categoriesSegment;
    }

    public String searchSegment() {
        return searchSegment;
    }
}
