package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void imagesAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(ImageType.JPEG), ImageType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1)));
        assertEquals(Optional.of(ImageType.PNG), ImageType.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.of("RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void anythingElseIsNotAnImageWhateverItIsCalled() {
        assertEquals(Optional.empty(), ImageType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageType.of("GIF89a......".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ImageType.of(bytes(0xFF, 0xD8)));
        assertEquals(Optional.empty(), ImageType.of(new byte[0]));
        assertEquals(Optional.empty(), ImageType.of(null));
    }
}
