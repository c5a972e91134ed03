package vn.saola.media;

import java.time.Instant;

import vn.saola.i18n.Language;

/**
 * An image of the library as editors see it: its address and a small copy to show in lists, the name
 * it was uploaded under, its size, who uploaded it and when (and when it was last replaced), and its
 * text alternative and caption in each language (null: none given).
 */
public record LibraryImageView(long id, String key, String address, String thumbnail, String fileName, int width,
        int height, long size, Instant uploadedAt, String uploadedBy, Instant replacedAt, String altVi, String altEn,
        String captionVi, String captionEn) {

    public String alt(Language language) {
        return language == Language.VI ? altVi : altEn;
    }

    public String caption(Language language) {
        return language == Language.VI ? captionVi : captionEn;
    }

    /** {@code JPG}, {@code PNG}, {@code WEBP}. */
    public String typeLabel() {
        return address.substring(address.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
    }
}
