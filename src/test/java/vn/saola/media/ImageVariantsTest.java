package vn.saola.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageVariantsTest {

    @TempDir
    Path folder;

    private Path picture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, height / 2, 0x80A3171B);
        }
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void copiesNarrowerThanTheOriginalAreMadeInItsProportions() throws IOException {
        Path original = picture("3f9c.png", 800, 400);
        ImageVariants.Size size = ImageVariants.size(original).orElseThrow();
        assertEquals(new ImageVariants.Size(800, 400), size);
        List<Path> made = ImageVariants.make(original, ImageType.PNG, size);
        assertEquals(List.of(folder.resolve("3f9c-320w.png"), folder.resolve("3f9c-640w.png")), made,
                "none as wide as the original or wider");
        BufferedImage narrow = ImageIO.read(made.get(0).toFile());
        assertEquals(320, narrow.getWidth());
        assertEquals(160, narrow.getHeight());
    }

    @Test
    void theCopiesOfAWebpAreJpegForImageIoCannotWriteWebp() throws IOException {
        // A WebP cannot be written by ImageIO: its copies are JPEG, transparency laid on a plain background.
        Path original = picture("5e1d.webp", 700, 350);
        List<Path> made = ImageVariants.make(original, ImageType.WEBP, new ImageVariants.Size(700, 350));
        assertEquals(List.of(folder.resolve("5e1d-320w.jpg"), folder.resolve("5e1d-640w.jpg")), made);
        assertEquals(320, ImageIO.read(made.get(0).toFile()).getWidth());
    }

    @Test
    void whatIsNotAnImageHasNoSize() throws IOException {
        Path text = Files.writeString(folder.resolve("x.png"), "\u0089PNG but not really");
        assertFalse(ImageVariants.size(text).isPresent());
    }
}
