package vn.saola.media;

/**
 * An uploaded image as an {@code <img>} shows it: the original's address and size (so the page
 * keeps its place before the image arrives) and the narrower copies a browser may choose instead
 * ({@code srcset}, with the original last).
 */
public record Picture(String src, String srcset, int width, int height) {
}
