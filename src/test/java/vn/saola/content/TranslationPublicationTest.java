package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

/** The state of each translation, and how the article's own status and time follow theirs. */
class TranslationPublicationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
    private static final Instant FRIDAY = MONDAY.plusSeconds(4 * 86_400);

    private final Article article = new Article(null, null, ArticleStatus.DRAFT, null, MONDAY);
    private final ArticleTranslation vi = article.addTranslation(Language.VI, "Tin", "tin", null, "<p>Tin.</p>", MONDAY);
    private final ArticleTranslation en = article.addTranslation(Language.EN, "News", "news", null, "<p>News.</p>", MONDAY);

    @Test
    void oneLanguageIsPublishedWhileTheOtherStaysADraft() {
        article.publishNow(vi, MONDAY);
        assertEquals(PublicationState.PUBLISHED, vi.publication(TUESDAY));
        assertEquals(PublicationState.DRAFT, en.publication(TUESDAY));
        assertTrue(article.isPublicIn(Language.VI, TUESDAY));
        assertFalse(article.isPublicIn(Language.EN, TUESDAY));
        assertEquals(ArticleStatus.PUBLISHED, article.status(), "the article is published while one language is");
        assertEquals(MONDAY, article.publishedAt());
    }

    @Test
    void theArticlesTimeIsTheEarliestOfItsPublishedLanguages() {
        article.publishAt(en, FRIDAY, MONDAY);
        assertEquals(PublicationState.SCHEDULED, en.publication(TUESDAY));
        assertEquals(FRIDAY, article.publishedAt());
        article.publishNow(vi, TUESDAY);
        assertEquals(TUESDAY, article.publishedAt());
        assertFalse(article.isPublicIn(Language.EN, TUESDAY), "the English still waits for Friday");
        assertTrue(article.isPublicIn(Language.EN, FRIDAY));
    }

    @Test
    void takenDownItKeepsItsTimeAndComesBackWithIt() {
        article.publishNow(vi, MONDAY);
        article.unpublish(vi, TUESDAY);
        assertEquals(TranslationStatus.UNPUBLISHED, vi.status());
        assertEquals(ArticleStatus.DRAFT, article.status());
        assertEquals(MONDAY, article.publishedAt(), "kept");
        article.publishNow(vi, FRIDAY);
        assertEquals(MONDAY, vi.publishedAt(), "its first publication time");
    }

    @Test
    void aScheduleTakenBackWasNeverPublicSoItIsADraftAgain() {
        article.publishAt(vi, FRIDAY, MONDAY);
        article.unpublish(vi, TUESDAY);
        assertEquals(TranslationStatus.DRAFT, vi.status());
    }

    @Test
    void sentForApprovalItWaitsAndReturnedItIsADraftWithItsNote() {
        vi.submit("ctv", MONDAY);
        assertEquals(PublicationState.PENDING, vi.publication(TUESDAY));
        assertTrue(vi.awaitsApproval());
        vi.returnToAuthor("Thiếu nguồn.", "bientap");
        assertEquals(TranslationStatus.DRAFT, vi.status());
        assertFalse(vi.awaitsApproval());
        assertEquals("Thiếu nguồn.", vi.reviewNote());
        vi.submit("ctv", TUESDAY);
        assertNull(vi.reviewNote(), "sent again: the old note is done with");
        article.publishNow(vi, TUESDAY);
        assertFalse(vi.awaitsApproval(), "published: approved");
    }

    @Test
    void anEditOfPublishedWordsWaitsBesideThemWithoutChangingThem() {
        article.publishNow(vi, MONDAY);
        vi.keepPending("Tin mới", null, "<p>Tin mới.</p>", "ctv", TUESDAY);
        vi.submit("ctv", TUESDAY);
        assertEquals(TranslationStatus.PUBLISHED, vi.status(), "still public as it was");
        assertEquals("Tin", vi.title());
        assertTrue(vi.hasPendingEdit());
        vi.returnToAuthor("Chưa đúng.", "bientap");
        assertEquals(TranslationStatus.PUBLISHED, vi.status(), "returned: the public words stay");
        assertTrue(vi.hasPendingEdit(), "and the edit stays for its author to mend");
    }

    @Test
    void inTheTrashItStaysThereWhateverItsLanguagesDo() {
        article.publishNow(vi, MONDAY);
        article.trash("admin", TUESDAY);
        article.settle(TUESDAY);
        assertEquals(ArticleStatus.TRASHED, article.status());
        assertFalse(article.isPublicIn(Language.VI, TUESDAY));
        article.restore(FRIDAY);
        assertEquals(ArticleStatus.PUBLISHED, article.status());
        assertTrue(article.isPublicIn(Language.VI, FRIDAY));
    }
}
