package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageKeyTest {

    private static final String KEY = "2026/11/" + "3f9c".repeat(8);

    @Test
    void anOriginalAndItsCopiesShareTheirKey() {
        assertEquals(Optional.of(KEY), ImageStore.keyOf("/uploads/" + KEY + ".webp"));
        assertEquals(Optional.of(KEY), ImageStore.keyOf("/uploads/" + KEY + "-1024w.jpg"));
    }

    @Test
    void anythingElseHasNone() {
        for (String address : new String[] {null, "", "/files/" + "a".repeat(32) + "/x.pdf", "/uploads/" + KEY + ".gif",
                "/uploads/../" + KEY + ".png", "/uploads/2026/11/short.png", "/uploads/" + KEY.toUpperCase() + ".png"}) {
            assertEquals(Optional.empty(), ImageStore.keyOf(address), address);
        }
    }
}
