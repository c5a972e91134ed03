package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.content.ArticleKind;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.TranslationStatus;
import vn.saola.i18n.Language;

class WordPressItemsTest {

    private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theClassicEditorsTextIsPutInParagraphs() {
        assertEquals("<p>Dòng một<br>\ndòng hai</p>\n<p>Đoạn hai</p>", WordPressItems.paragraphs("Dòng một\ndòng hai\n\nĐoạn hai"));
        assertEquals("<h2>Tiêu đề</h2>\n<p>Đoạn</p>", WordPressItems.paragraphs("<h2>Tiêu đề</h2>\n\nĐoạn"));
        // The block editor's paragraphs are already there; its comments go.
        assertEquals("<p>Một</p>\n<p>Hai</p>", WordPressItems.paragraphs(
                "<!-- wp:paragraph -->\n<p>Một</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Hai</p>\n<!-- /wp:paragraph -->"));
        assertEquals("<ul><li>Văn phòng</li></ul>", WordPressItems.paragraphs("<ul><li>Văn phòng</li></ul>"));
        assertEquals("", WordPressItems.paragraphs(null));
    }

    @Test
    void aCaptionShortcodeBecomesAFigure() {
        assertEquals("<figure><img src=\"/a.png\" alt=\"Hội chợ\"><figcaption>Khai mạc hội chợ</figcaption></figure>",
                WordPressItems.paragraphs("[caption id=\"attachment_5\" align=\"aligncenter\" width=\"300\"]"
                        + "<img src=\"/a.png\" alt=\"Hội chợ\"> Khai mạc hội chợ[/caption]"));
    }

    @Test
    void statusesAndTimesAreTheOldSitesAsItShowedThem() {
        assertEquals(TranslationStatus.PUBLISHED, WordPressItems.status("publish"));
        assertEquals(TranslationStatus.PUBLISHED, WordPressItems.status("future"));
        assertEquals(TranslationStatus.DRAFT, WordPressItems.status("draft"));
        assertEquals(TranslationStatus.DRAFT, WordPressItems.status("pending"));
        assertEquals(TranslationStatus.DRAFT, WordPressItems.status("private"));
        assertEquals(Instant.parse("2024-02-02T01:01:00Z"), WordPressItems.time("2024-02-02 08:01:00", SAIGON));
        assertNull(WordPressItems.time("0000-00-00 00:00:00", SAIGON));
        assertNull(WordPressItems.time("hôm qua", SAIGON));
    }

    @Test
    void whatIsNotContentIsSkippedWithItsReason() {
        assertNull(WordPressItems.whySkipped(item("post", "publish", Map.of(), List.of())));
        assertNull(WordPressItems.whySkipped(item("page", "draft", Map.of(), List.of())));
        assertEquals("trash", WordPressItems.whySkipped(item("post", "trash", Map.of(), List.of())));
        assertEquals("autoDraft", WordPressItems.whySkipped(item("post", "auto-draft", Map.of(), List.of())));
        assertEquals("menu", WordPressItems.whySkipped(item("nav_menu_item", "publish", Map.of(), List.of())));
        assertEquals("revision", WordPressItems.whySkipped(item("revision", "inherit", Map.of(), List.of())));
        assertEquals("type", WordPressItems.whySkipped(item("wp_block", "publish", Map.of(), List.of())));
    }

    @Test
    void aPostBecomesNewsWithItsTagsAsKeywordsAndItsFeaturedImage() {
        WxrSurvey survey = new WxrSurvey();
        survey.author("bientap", "Phòng Quản lý Thương mại");
        survey.item(new WxrItem(1706, "attachment", "inherit", "Ảnh", "", "", "", "", "", "", "", "", 0, "",
                List.of(), Map.of("_wp_attached_file", "2026/11/a.png", "_wp_attachment_image_alt", "Gian hàng"), 0, false));
        WxrItem post = item("post", "future", Map.of("_thumbnail_id", "1706"), List.of(
                new WxrItem.Term("category", "tin-tuc", "Tin tức"), new WxrItem.Term("post_tag", "cds", "chuyển đổi số"),
                new WxrItem.Term("post_tag", "xk", "xuất khẩu")));
        var context = new WordPressItems.Context("wordpress:old.example", SAIGON, Map.of(), survey, body -> body,
                Map.of(1706L, "/uploads/2026/11/b.png"));
        ImportedTranslation made = WordPressItems.translation(post, context);
        assertEquals(ArticleKind.ARTICLE, made.kind());
        assertEquals("wordpress:old.example#9", made.importId());
        assertEquals(Language.VI, made.language());
        assertEquals("Tin tức", made.category());
        assertEquals("chuyển đổi số, xuất khẩu", made.keywords());
        assertEquals("/uploads/2026/11/b.png", made.featuredImage());
        assertEquals("Gian hàng", made.imageAlt());
        assertEquals("Phòng Quản lý Thương mại", made.author());
        assertEquals("tin-hen-gio", made.slug());
        assertEquals(TranslationStatus.PUBLISHED, made.status());
        assertEquals(Instant.parse("2030-01-02T01:00:00Z"), made.publishedAt());
        assertEquals("<p>Nội dung</p>", made.body());

        var mapped = new WordPressItems.Context("wordpress:old.example", SAIGON, Map.of("bientap", "Văn phòng Sở"), survey,
                body -> body, Map.of());
        assertEquals("Văn phòng Sở", WordPressItems.translation(post, mapped).author());
    }

    private static WxrItem item(String type, String status, Map<String, String> meta, List<WxrItem.Term> terms) {
        return new WxrItem(9, type, status, "Tin hẹn giờ", "http://old.example/?p=9", "", "tin-hen-gio",
                "2030-01-02 08:00:00", "2030-01-02 08:00:00", "bientap", "Nội dung", "", 0, "", terms, meta, 0, false);
    }
}
