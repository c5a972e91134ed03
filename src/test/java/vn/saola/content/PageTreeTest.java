package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class PageTreeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private static final Instant BEFORE = NOW.minusSeconds(3600);

    private static PageTree.Node page(long id, Long parent, Instant visibleFrom, String viSlug, String viTitle,
            String enSlug, String enTitle) {
        Map<Language, String> slugs = new java.util.EnumMap<>(Language.class);
        Map<Language, String> titles = new java.util.EnumMap<>(Language.class);
        slugs.put(Language.VI, viSlug);
        titles.put(Language.VI, viTitle);
        if (enSlug != null) {
            slugs.put(Language.EN, enSlug);
            titles.put(Language.EN, enTitle);
        }
        Map<Language, Instant> visible = new java.util.EnumMap<>(Language.class);
        if (visibleFrom != null) {
            slugs.keySet().forEach(language -> visible.put(language, visibleFrom));
        }
        return new PageTree.Node(id, parent, visible, slugs, titles);
    }

    /** Giới thiệu › Cơ cấu tổ chức › Phòng Kế hoạch; Liên hệ (Vietnamese only); a draft with a published page under it. */
    private static final PageTree TREE = PageTree.of(List.of(
            page(1, null, BEFORE, "gioi-thieu", "Giới thiệu", "about", "About"),
            page(2, 1L, BEFORE, "co-cau-to-chuc", "Cơ cấu tổ chức", "organisation", "Organisation"),
            page(3, 2L, BEFORE, "phong-ke-hoach", "Phòng Kế hoạch", null, null),
            page(4, null, BEFORE, "lien-he", "Liên hệ", null, null),
            page(5, null, null, "du-thao", "Dự thảo", null, null),
            page(6, 5L, BEFORE, "duoi-du-thao", "Dưới dự thảo", null, null)));

    @Test
    void aPagesAddressIsItsParentsSlugsThenItsOwnInEachLanguage() {
        assertEquals(Optional.of("/vi/gioi-thieu/co-cau-to-chuc/phong-ke-hoach"), TREE.path(3, Language.VI));
        assertEquals(Map.of(Language.VI, "/vi/gioi-thieu/co-cau-to-chuc", Language.EN, "/en/about/organisation"),
                TREE.urls(2));
        assertEquals(Optional.empty(), TREE.path(4, Language.EN), "not written in English: no English address");
    }

    @Test
    void noPageGoesUnderItselfOrItsOwnPagesOrDeeperThanThreeLevels() {
        assertFalse(TREE.canMove(1, 1));
        assertFalse(TREE.canMove(1, 3), "under its own grandchild");
        assertFalse(TREE.canMove(4, 3), "a fourth level");
        assertFalse(TREE.canMove(1, 4), "three levels under a top page make four");
        assertTrue(TREE.canMove(4, 2));
        assertTrue(TREE.canMove(-1, 2), "a new page under the second level");
        assertEquals(3, TREE.height(1));
        assertEquals(3, TREE.depth(3));
    }

    @Test
    void thePublicTreeSkipsDraftsButKeepsWhatIsPublishedUnderThem() {
        List<PageLink> vietnamese = TREE.visible(Language.VI, NOW);
        assertEquals(List.of("Giới thiệu", "Liên hệ", "Dưới dự thảo"), vietnamese.stream().map(PageLink::title).toList());
        assertEquals("Phòng Kế hoạch", vietnamese.get(0).children().get(0).children().get(0).title());
        assertEquals(List.of("About"), TREE.visible(Language.EN, NOW).stream().map(PageLink::title).toList());
        assertEquals(List.of(new PageLink("Giới thiệu", "/vi/gioi-thieu"),
                new PageLink("Cơ cấu tổ chức", "/vi/gioi-thieu/co-cau-to-chuc")), TREE.visibleAncestors(3, Language.VI, NOW));
        assertEquals(List.of(), TREE.visible(Language.VI, BEFORE.minusSeconds(1)), "nothing published yet");
    }

    @Test
    void theEditorsSeeEveryParentBeforeThePagesUnderIt() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), TREE.inOrder().stream().map(PageTree.Node::id).toList());
    }

    @Test
    void aPageIsVisibleOnlyInTheLanguagesPublishedAndTheSwitcherNamesOnlyThose() {
        Map<Language, Instant> vietnameseOnly = new java.util.EnumMap<>(Language.class);
        vietnameseOnly.put(Language.VI, BEFORE);
        Map<Language, String> slugs = new java.util.EnumMap<>(Map.of(Language.VI, "lien-he", Language.EN, "contact"));
        Map<Language, String> titles = new java.util.EnumMap<>(Map.of(Language.VI, "Liên hệ", Language.EN, "Contact"));
        PageTree tree = PageTree.of(List.of(new PageTree.Node(9, null, vietnameseOnly, slugs, titles)));
        assertEquals(List.of("Liên hệ"), tree.visible(Language.VI, NOW).stream().map(PageLink::title).toList());
        assertEquals(List.of(), tree.visible(Language.EN, NOW), "the English is a draft");
        assertEquals(Map.of(Language.VI, "/vi/lien-he"), tree.visibleUrls(9, Language.VI, NOW));
        assertEquals(Map.of(Language.VI, "/vi/lien-he", Language.EN, "/en/contact"), tree.visibleUrls(9, Language.EN, NOW),
                "a preview of the English names itself");
    }
}
