package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void noPageMayTakeTheFirstSegmentOfAnotherAddressAndThePagePatternSaysTheSame() {
        Pattern page = Pattern.compile(Language.PAGE_PATH);
        for (Language language : Language.values()) {
            for (String segment : List.of(language.articlesSegment(), language.categoriesSegment(),
                    language.searchSegment(), language.siteMapSegment(), language.documentsSegment())) {
                assertTrue(Language.isReserved(segment), segment);
                assertFalse(page.matcher(segment).matches(), segment);
                assertFalse(page.matcher(segment + "/x").matches(), segment + "/x");
            }
        }
        assertEquals("/vi/van-ban/qd-2146", Language.VI.documentPath("qd-2146"));
        assertEquals("/en/documents", Language.EN.documentsPath());
        assertTrue(page.matcher("gioi-thieu/co-cau-to-chuc").matches());
        assertTrue(page.matcher("search-help").matches(), "a reserved word begins it, but it is another word");
        assertFalse(page.matcher("a/b/c/d/e").matches(), "deeper than pages go");
        assertFalse(page.matcher("rss.xml").matches());
        assertEquals("/vi/gioi-thieu/co-cau-to-chuc", Language.VI.pagePath(List.of("gioi-thieu", "co-cau-to-chuc")));
    }

    @Test
    void routePatternsNameEveryLanguagesSegments() {
        for (Language language : Language.values()) {
            assertTrue(language.articlesSegment().matches(Language.ARTICLE_SEGMENTS), language.toString());
            assertTrue(language.categoriesSegment().matches(Language.CATEGORY_SEGMENTS), language.toString());
            assertTrue(language.siteMapSegment().matches(Language.SITE_MAP_SEGMENTS), language.toString());
            assertTrue(language.documentsSegment().matches(Language.DOCUMENT_SEGMENTS), language.toString());
        }
        assertEquals(Language.values().length, Language.DOCUMENT_SEGMENTS.split("\\|").length);
        assertEquals(Language.values().length, Language.ARTICLE_SEGMENTS.split("\\|").length);
        assertEquals(Language.values().length, Language.CATEGORY_SEGMENTS.split("\\|").length);
        assertEquals(Language.values().length, Language.SITE_MAP_SEGMENTS.split("\\|").length);
    }

    @Test
    void pathsCarryTheLanguagePrefix() {
        assertEquals("/vi/bai-viet/tin-moi", Language.VI.articlePath("tin-moi"));
        assertEquals("/en/categories/industry", Language.EN.categoryPath("industry"));
        assertEquals("/en/", Language.EN.homePath());
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> vi = new TreeSet<>(Messages.bundle(Language.VI).keySet());
        Set<String> en = new TreeSet<>(Messages.bundle(Language.EN).keySet());
        assertEquals(vi, en);
    }

    @Test
    void vietnameseBundleIsWrittenWithDiacritics() {
        ResourceBundle vi = Messages.bundle(Language.VI);
        assertEquals("Chuyển đến nội dung chính", vi.getString("layout.skip"));
        assertEquals("Tiếng Việt", Messages.bundle(Language.EN).getString("language.vi"));
        assertTrue(Arrays.stream(Language.values()).allMatch(l -> Messages.get(l, "pager.position", 2, 5)
                .contains("2")));
    }

    /**
     * One convention for where the tone mark of oa, oe and uy goes, the one most state portals use
     * ({@code xóa, khóa, hủy, tùy}, not {@code xoá, khoá, huỷ, tuỳ}), and Vietnamese quotation marks.
     */
    @Test
    void vietnameseBundleKeepsOneSpellingConventionAndCurlyQuotes() {
        ResourceBundle vi = Messages.bundle(Language.VI);
        Pattern oldStyle = Pattern.compile("(?iu)(o[áàảãạ]|o[éèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])(?!\\p{L})");
        List<String> wrong = vi.keySet().stream().sorted()
                .filter(key -> oldStyle.matcher(vi.getString(key)).find() || vi.getString(key).contains("\""))
                .map(key -> key + "=" + vi.getString(key)).toList();
        assertEquals(List.of(), wrong);
        assertTrue(oldStyle.matcher("Xoá").find() && oldStyle.matcher("tuỳ").find() && !oldStyle.matcher("quý hoàn toàn xóa").find());
    }
}
