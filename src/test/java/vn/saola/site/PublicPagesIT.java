package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.SaolaServer;

/** The public pages of the demo site, read the way a visitor reads them. */
class PublicPagesIT {

    static final String SEED_TITLE_VI = "Sở Công Thương phấn đấu thực hiện có hiệu quả Đề án tái cơ cấu ngành Công thương giai đoạn đến năm 2030";
    static final String SEED_TITLE_EN = "Department of Industry and Trade strives to implement effectively the scheme to restructure the Industry and Trade sector through 2030";
    static final String UNTRANSLATED_TITLE = "Lịch tiếp công dân của Giám đốc Sở Công Thương năm 2024";

    private final SaolaServer server = SaolaServer.embedded();
    private final Browser browser = new Browser(server);

    @Test
    void vietnameseHomeListsNewestArticlesWithVietnameseDates() {
        Page home = browser.get("/vi/");
        assertEquals(200, home.status());
        assertEquals("vi", home.document().select("html").attr("lang"));
        assertEquals("Tin mới nhất", home.document().selectFirst("main h1").text());
        Element first = home.document().selectFirst("main .article-card");
        assertEquals(SEED_TITLE_VI, first.selectFirst("h2").text());
        assertEquals("12/06/2024", first.selectFirst("time").text());
        assertEquals(SaolaServer.PAGE_SIZE, home.document().select("main .article-card").size());
        List<String> categories = home.document().select(".category-nav a").eachText();
        assertTrue(categories.containsAll(List.of("Trang chủ", "Tin tức – Sự kiện", "Công nghiệp", "Năng lượng")),
                categories.toString());
    }

    @Test
    void skipLinkIsTheFirstFocusableElement() {
        Element firstLink = browser.get("/vi/").document().selectFirst("body a, body button, body input");
        assertEquals("Chuyển đến nội dung chính", firstLink.text());
        assertEquals("#main", firstLink.attr("href"));
        Element englishFirst = browser.get("/en/").document().selectFirst("body a, body button, body input");
        assertEquals("Skip to content", englishFirst.text());
    }

    @Test
    void englishHomeSpeaksEnglishWithEnglishDates() {
        Page home = browser.get("/en/");
        assertEquals("en", home.document().select("html").attr("lang"));
        assertEquals("Latest news", home.document().selectFirst("main h1").text());
        Element first = home.document().selectFirst("main .article-card");
        assertEquals(SEED_TITLE_EN, first.selectFirst("h2").text());
        assertEquals("12 June 2024", first.selectFirst("time").text());
        assertTrue(home.document().select(".category-nav a").eachText().contains("News and Events"));
    }

    @Test
    void seedArticleShowsTitleAuthorBodyAndItsNeighbours() {
        Page article = openSeedArticle();
        assertEquals(SEED_TITLE_VI, article.document().selectFirst("main h1").text());
        assertEquals(SEED_TITLE_VI + " – Sở Công Thương tỉnh Bắc Kạn", article.document().title());
        assertEquals("HST", article.document().selectFirst(".article__byline").text());
        assertTrue(article.document().selectFirst("main time").text().endsWith("12/06/2024"));
        String body = article.document().selectFirst(".article__body").text();
        // the source's quirks are served as they are
        assertTrue(body.contains("sảnphẩmcôngnghiệp"), body);
        assertTrue(body.contains("Năm là, cải cách tổ chức bộ máy"), body);

        List<String> sameCategory = article.document().select("[aria-labelledby=same-category] .article-card h3 a").eachText();
        assertFalse(sameCategory.isEmpty());
        assertTrue(sameCategory.size() <= 5);
        assertFalse(sameCategory.contains(SEED_TITLE_VI));
        assertTrue(sameCategory.contains("Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024"));

        List<String> newest = article.document().select("[aria-labelledby=newest] .article-card h3 a").eachText();
        assertEquals(5, newest.size());
        assertFalse(newest.contains(SEED_TITLE_VI));
        assertEquals("Khai mạc Hội chợ Thương mại – Du lịch tỉnh Bắc Kạn năm 2024", newest.get(0));
    }

    @Test
    void switcherLeadsToTheSameArticleInEnglish() {
        Page article = openSeedArticle();
        Element switcher = article.document().selectFirst(".language-switcher a");
        assertEquals("English", switcher.text());
        assertEquals("en", switcher.attr("hreflang"));
        String target = URLDecoder.decode(switcher.attr("href").substring(switcher.attr("href").indexOf("to=") + 3),
                StandardCharsets.UTF_8);
        assertTrue(target.startsWith("/en/articles/department-of-industry-and-trade-strives"), target);
        assertTrue(article.document().select(".language-switcher__note").isEmpty());

        Page redirect = browser.get(switcher.attr("href"));
        assertEquals(303, redirect.status());
        Page english = browser.follow(redirect);
        assertEquals(SEED_TITLE_EN, english.document().selectFirst("main h1").text());
        assertEquals("en", english.document().select("html").attr("lang"));

        Element back = english.document().selectFirst(".language-switcher a");
        assertEquals("Tiếng Việt", back.text());
        assertEquals("vi", back.attr("lang"));
        assertEquals(SEED_TITLE_VI, browser.follow(browser.get(back.attr("href"))).document().selectFirst("main h1").text());
    }

    @Test
    void untranslatedArticleSwitcherSaysSoAndLeadsToTheEnglishHome() {
        Page article = openVietnameseArticle(UNTRANSLATED_TITLE);
        Element switcher = article.document().selectFirst(".language-switcher a");
        assertEquals("/switch/en?to=%2Fen%2F", switcher.attr("href"));
        assertEquals("Trang này chưa có bản tiếng Anh; liên kết dẫn đến trang chủ tiếng Anh.",
                article.document().selectFirst(".language-switcher__note").text());
        Page landing = browser.follow(browser.get(switcher.attr("href")));
        assertEquals(200, landing.status());
        assertEquals("Latest news", landing.document().selectFirst("main h1").text());
    }

    @Test
    void headCarriesCanonicalAndHreflangForTheTranslationsThatExist() {
        Page translated = openSeedArticle();
        String canonical = translated.document().selectFirst("link[rel=canonical]").attr("href");
        assertTrue(canonical.startsWith(server.base() + "/vi/bai-viet/so-cong-thuong-phan-dau"), canonical);
        assertEquals(canonical, translated.document().selectFirst("link[hreflang=vi]").attr("href"));
        assertTrue(translated.document().selectFirst("link[hreflang=en]").attr("href")
                .startsWith(server.base() + "/en/articles/department-of-industry"));
        assertEquals(canonical, translated.document().selectFirst("link[hreflang=x-default]").attr("href"));
        assertFalse(translated.document().selectFirst("meta[name=description]").attr("content").isBlank());

        Page untranslated = openVietnameseArticle(UNTRANSLATED_TITLE);
        assertNotNull(untranslated.document().selectFirst("link[hreflang=vi]"));
        assertTrue(untranslated.document().select("link[hreflang=en]").isEmpty());
        assertNotNull(untranslated.document().selectFirst("link[hreflang=x-default]"));
    }

    @Test
    void categoryPagesPageThroughTheirArticles() {
        Page first = browser.get("/vi/chuyen-muc/thuong-mai-xuat-nhap-khau");
        assertEquals(200, first.status());
        assertEquals("Thương mại – Xuất nhập khẩu", first.document().selectFirst("main h1").text());
        assertEquals(3, first.document().select("main .article-card").size());
        assertEquals("Trang 1 / 2", first.document().selectFirst(".pager span").text());
        Element next = first.document().selectFirst(".pager a[rel=next]");
        assertEquals("/vi/chuyen-muc/thuong-mai-xuat-nhap-khau?page=2", next.attr("href"));

        Page second = browser.get(next.attr("href"));
        assertEquals(List.of("Bảo đảm cung ứng xăng dầu dịp Tết Nguyên đán"),
                second.document().select("main .article-card h2").eachText());
        assertEquals("/vi/chuyen-muc/thuong-mai-xuat-nhap-khau",
                second.document().selectFirst(".pager a[rel=prev]").attr("href"));

        Page english = browser.get("/en/categories/trade-and-exports");
        assertEquals("Trade and Exports", english.document().selectFirst("main h1").text());
        assertEquals("Page 1 of 2", english.document().selectFirst(".pager span").text());
    }

    @Test
    void categorySwitcherLeadsToTheSameCategory() {
        Element switcher = browser.get("/vi/chuyen-muc/cong-nghiep").document().selectFirst(".language-switcher a");
        assertEquals("/switch/en?to=%2Fen%2Fcategories%2Findustry", switcher.attr("href"));
    }

    @Test
    void theSiteMapForPeopleIsLinkedFromEveryPageAndShowsEveryCategoryInTheTree() {
        Page home = browser.get("/vi/");
        assertEquals("/vi/so-do-cong", home.document().selectFirst(".footer-menu__site-map a").attr("href"));
        assertEquals("Sơ đồ cổng thông tin", home.document().selectFirst(".footer-menu__site-map a").text());
        Page map = browser.get("/vi/so-do-cong");
        assertEquals(200, map.status());
        assertEquals("Sơ đồ cổng thông tin", map.document().selectFirst("main h1").text());
        Element tree = map.document().selectFirst(".site-map");
        assertEquals("/vi/", tree.selectFirst("li > a").attr("href"));
        List<String> categories = home.document().select(".category-nav li a").eachAttr("href").stream()
                .filter(href -> href.startsWith("/vi/chuyen-muc/")).toList();
        assertFalse(categories.isEmpty());
        for (String category : categories) {
            assertNotNull(tree.selectFirst("a[href=" + category + "]"), category);
            assertNotNull(tree.selectFirst("a[href=" + category + "/rss.xml]"), category + "'s feed");
        }
        assertNotNull(tree.selectFirst("a[href=/vi/tim-kiem]"));
        assertNotNull(tree.selectFirst("a[href=/vi/rss.xml]"));
        assertEquals("/switch/en?to=%2Fen%2Fsite-map", map.document().selectFirst(".language-switcher a").attr("href"));
        Page english = browser.get("/en/site-map");
        assertEquals("Site map", english.document().selectFirst("main h1").text());
        assertEquals(404, browser.get("/en/so-do-cong").status(), "each language its own word");
    }

    private Page openSeedArticle() {
        return openVietnameseArticle(SEED_TITLE_VI);
    }

    /** Finds an article through the pages, as a visitor would: home, then its pages. */
    private Page openVietnameseArticle(String title) {
        for (int page = 1; page <= 10; page++) {
            Page home = browser.get("/vi/?page=" + page);
            for (Element link : home.document().select("main .article-card h2 a")) {
                if (link.text().equals(title)) {
                    Page article = browser.get(link.attr("href"));
                    assertEquals(200, article.status());
                    return article;
                }
            }
        }
        throw new AssertionError("No article titled " + title + " on the home pages");
    }
}
