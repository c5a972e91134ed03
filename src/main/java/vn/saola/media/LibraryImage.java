package vn.saola.media;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.saola.i18n.Language;

/**
 * One uploaded image in the library: the stored file (key, address, size), the name it was uploaded
 * under, who uploaded it and when, and what it shows and says in each language.
 */
@Entity
@Table(name = "media_image")
class LibraryImage {

    static final int ALT = 300;
    static final int CAPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_image_seq")
    @SequenceGenerator(name = "media_image_seq", sequenceName = "media_image_seq", allocationSize = 50)
    private Long id;

    @Column(name = "image_key", nullable = false, length = 50, unique = true)
    private String key;

    @Column(nullable = false, length = 100)
    private String address;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", length = 100)
    private String uploadedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "alt_vi", length = ALT)
    private String altVi;

    @Column(name = "alt_en", length = ALT)
    private String altEn;

    @Column(name = "caption_vi", length = CAPTION)
    private String captionVi;

    @Column(name = "caption_en", length = CAPTION)
    private String captionEn;

    /** What the library's search compares: {@link #comparable} of the name and every description. */
    @Column(nullable = false, length = 2200)
    private String words;

    protected LibraryImage() {
    }

    LibraryImage(StoredImage stored, String fileName, String by, Instant at) {
        this.uploadedAt = at;
        this.uploadedBy = by;
        takeFile(stored, fileName);
    }

    /** Now the library's image is this file (an upload, or a replacement). */
    void takeFile(StoredImage stored, String fileName) {
        this.key = stored.key();
        this.address = stored.address();
        this.width = stored.width();
        this.height = stored.height();
        this.sizeBytes = stored.size();
        this.fileName = fileName;
        noteWords();
    }

    void replaced(Instant at) {
        this.replacedAt = at;
    }

    void describe(Language language, String alt, String caption) {
        if (language == Language.VI) {
            altVi = alt;
            captionVi = caption;
        } else {
            altEn = alt;
            captionEn = caption;
        }
        noteWords();
    }

    private void noteWords() {
        StringJoiner all = new StringJoiner("\n");
        for (String text : new String[] {fileName, altVi, altEn, captionVi, captionEn}) {
            if (text != null) {
                all.add(text);
            }
        }
        words = comparable(all.toString());
    }

    /** Lower case, composed form: how typed words and stored ones are compared. */
    static String comparable(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    long id() {
        return id;
    }

    String key() {
        return key;
    }

    String address() {
        return address;
    }

    LibraryImageView view(String thumbnail) {
        return new LibraryImageView(id, key, address, thumbnail, fileName, width, height, sizeBytes, uploadedAt, uploadedBy,
                replacedAt, altVi, altEn, captionVi, captionEn);
    }
}
