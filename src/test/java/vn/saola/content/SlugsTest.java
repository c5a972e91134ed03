package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void vietnameseTitleLosesItsDiacritics() {
        assertEquals("so-cong-thuong-phan-dau-thuc-hien-co-hieu-qua-de-an-tai-co-cau-nganh-cong-thuong",
                Slugs.fromTitle("Sở Công Thương phấn đấu thực hiện có hiệu quả Đề án tái cơ cấu ngành Công thương"));
    }

    @Test
    void dWithStrokeBecomesD() {
        assertEquals("duong-dien-dan-den-de-an", Slugs.fromTitle("Đường điện dẫn đến Đề án"));
    }

    @Test
    void decomposedInputGivesTheSameSlugAsComposed() {
        String title = "Tăng cường kiểm soát hàng giả, hàng kém chất lượng";
        String nfd = Normalizer.normalize(title, Normalizer.Form.NFD);
        assertFalse(nfd.equals(title), "the test needs a decomposed form that differs");
        assertEquals(Slugs.fromTitle(title), Slugs.fromTitle(nfd));
        assertEquals("tang-cuong-kiem-soat-hang-gia-hang-kem-chat-luong", Slugs.fromTitle(nfd));
    }

    @Test
    void upperCaseWithDiacriticsIsLowered() {
        assertEquals("de-an-tai-co-cau-nganh", Slugs.fromTitle("ĐỀ ÁN TÁI CƠ CẤU NGÀNH"));
    }

    @Test
    void punctuationAndDashesCollapseToOneHyphen() {
        assertEquals("hoi-cho-thuong-mai-du-lich-2024", Slugs.fromTitle("  Hội chợ Thương mại – Du lịch (2024)!  "));
        assertEquals("quyet-dinh-so-2146-qd-ttg", Slugs.fromTitle("Quyết định số 2146/QĐ-TTg"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("Sở Công Thương phấn đấu thực hiện có hiệu quả Đề án tái cơ cấu ngành Công thương "
                + "giai đoạn đến năm 2030 trên địa bàn tỉnh Bắc Kạn theo Quyết định số 873/QĐ-UBND ngày 23/5/2024");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"));
        assertTrue(Slugs.isWellFormed(slug));
    }

    @Test
    void titleWithoutLettersOrDigitsGetsAFallbackWhenMadeUnique() {
        assertEquals("", Slugs.fromTitle("–––"));
        assertEquals("bai-viet", Slugs.unique(Slugs.fromTitle("–––"), s -> false));
    }

    @Test
    void collisionsGetANumberedSuffix() {
        Set<String> taken = Set.of("tin-moi", "tin-moi-2");
        assertEquals("tin-moi-3", Slugs.unique("tin-moi", taken::contains));
        assertEquals("tin-khac", Slugs.unique("tin-khac", taken::contains));
    }

    @Test
    void onlySlugsSlugsCouldMakeAreWellFormed() {
        assertTrue(Slugs.isWellFormed("so-cong-thuong-2030"));
        assertFalse(Slugs.isWellFormed("../etc/passwd"));
        assertFalse(Slugs.isWellFormed("Sở"));
        assertFalse(Slugs.isWellFormed("a".repeat(Slugs.MAX_LENGTH + 1)));
        assertFalse(Slugs.isWellFormed(""));
        assertFalse(Slugs.isWellFormed("-a"));
    }
}
