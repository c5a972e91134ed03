package vn.saola.media;

import java.util.List;

/** One page of the library's images, and how many match in all. */
public record ImagePage(List<LibraryImageView> images, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
