package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void routePatternsNameEveryLanguagesSegments() {
        for (Language language : Language.values()) {
            assertTrue(language.articlesSegment().matches(Language.ARTICLE_SEGMENTS), language.toString());
            assertTrue(language.categoriesSegment().matches(Language.CATEGORY_SEGMENTS), language.toString());
        }
        assertEquals(Language.values().length, Language.ARTICLE_SEGMENTS.split("\\|").length);
        assertEquals(Language.values().length, Language.CATEGORY_SEGMENTS.split("\\|").length);
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
        assertEquals("Bỏ qua để đến nội dung", vi.getString("layout.skip"));
        assertEquals("Tiếng Việt", Messages.bundle(Language.EN).getString("language.vi"));
        assertTrue(Arrays.stream(Language.values()).allMatch(l -> Messages.get(l, "pager.position", 2, 5)
                .contains("2")));
    }
}
