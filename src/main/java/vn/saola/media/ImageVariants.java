package vn.saola.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * The narrower copies of an uploaded image that {@code srcset} offers ({@code 3f9c…e1-640w.jpg}
 * beside {@code 3f9c…e1.jpg}): a phone downloads a 320-pixel card image, not a 3,000-pixel photo.
 * WebP is read (through TwelveMonkeys) but ImageIO cannot write it, so its copies are JPEG.
 */
final class ImageVariants {

    /** The widths of the copies, each made only when the original is wider. */
    static final int[] WIDTHS = {320, 640, 1024};
    /** Beyond this many pixels an upload is refused before it is decoded: a small file can hold a huge image. */
    static final long MAX_PIXELS = 40_000_000L;

    record Size(int width, int height) {
    }

    private ImageVariants() {
    }

    /** The image's size from its header alone; empty when ImageIO cannot read it. */
    static Optional<Size> size(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the copies narrower than {@code size}; returns their paths. */
    static List<Path> make(Path original, ImageType type, Size size) throws IOException {
        List<Path> made = new ArrayList<>();
        BufferedImage image = null;
        for (int width : WIDTHS) {
            if (width >= size.width()) {
                continue;
            }
            if (image == null) {
                image = ImageIO.read(original.toFile());
            }
            Path copy = copyOf(original, type, width);
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).width(width).outputQuality(0.82);
            if (type != ImageType.PNG) {
                // JPEG holds no transparency: a WebP's is laid on white.
                builder.imageType(BufferedImage.TYPE_INT_RGB).outputFormat("jpg");
            } else {
                builder.outputFormat("png");
            }
            builder.toFile(copy.toFile());
            made.add(copy);
        }
        return made;
    }

    /** Where the copy {@code width} pixels wide of {@code original} is (whether or not it exists). */
    static Path copyOf(Path original, ImageType type, int width) {
        String name = original.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return original.resolveSibling(stem + "-" + width + "w." + (type == ImageType.PNG ? "png" : "jpg"));
    }

    static boolean exists(Path copy) {
        return Files.isRegularFile(copy);
    }
}
