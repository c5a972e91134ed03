package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ImageKeysTest {

    private static final String A = "2026/11/" + "a".repeat(32);
    private static final String B = "2025/01/" + "0123456789abcdef".repeat(2);

    @Test
    void originalsCopiesAndFeaturedImagesNameTheirImageOnce() {
        String body = "<p><img src=\"/uploads/" + A + ".jpg\" alt=\"x\"> <img src=\"/uploads/" + A + "-640w.jpg\"></p>"
                + "<figure><img src=\"https://cu.example.vn/uploads/" + B + ".webp\"></figure>";
        assertEquals(Set.of(A, B), ImageKeys.in(List.of(body)));
        assertEquals(List.of(B, A), List.copyOf(ImageKeys.in(Arrays.asList(null, "/uploads/" + B + ".png", body))),
                "in the order they first appear");
    }

    @Test
    void whatIsNotAnUploadIsNoImageOfTheLibrary() {
        assertEquals(Set.of(), ImageKeys.in(List.of("<img src=\"/uploads/" + A + ".gif\">", "/uploads/2026/11/short.jpg",
                "/files/" + "a".repeat(32) + "/qd.pdf", "")));
        assertNull(ImageKeys.column(Set.of()));
        assertEquals(A + " " + B, ImageKeys.column(new java.util.LinkedHashSet<>(List.of(A, B))));
    }

    @Test
    void aReplacedImageIsNamedByItsNewAddressWhereverTheOldOneOrItsCopiesStood() {
        String body = "<img src=\"/uploads/" + A + ".jpg\"><img src=\"/uploads/" + A + "-320w.jpg\"><img src=\"/uploads/" + B + ".png\">";
        String now = "/uploads/2026/12/" + "c".repeat(32) + ".png";
        assertEquals("<img src=\"" + now + "\"><img src=\"" + now + "\"><img src=\"/uploads/" + B + ".png\">",
                ImageKeys.replace(body, A, now));
        assertEquals("<p>no image</p>", ImageKeys.replace("<p>no image</p>", A, now));
        assertNull(ImageKeys.replace(null, A, now));
        assertEquals("$1 \\ " + now, ImageKeys.replace("$1 \\ /uploads/" + A + ".png", A, now), "nothing read as a pattern");
    }
}
