package vn.saola.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.saola.i18n.Language;

/**
 * A document listed under an article's or a page's text: the stored file's address, name, type and
 * size (as the media feature stored it), its place in the list, and its title in each language
 * (empty: the file's name is shown).
 */
@Entity
@Table(name = "attachment")
class Attachment {

    static final int TITLE = 300;
    static final int ADDRESS = 1000;
    static final int NAME = 300;
    /** Text read out of one file, at most: a 300-page decision fits. */
    static final int TEXT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = ADDRESS)
    private String address;

    @Column(name = "file_name", nullable = false, length = NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "title_vi", length = TITLE)
    private String titleVi;

    @Column(name = "title_en", length = TITLE)
    private String titleEn;

    /** Whether the file's text was read (or found unreadable): until then a background task has it to do. */
    @Column(nullable = false)
    private boolean extracted;

    /** The file's text, for search only (never shown): null when none could be read. */
    @Column(name = "extracted_text", length = TEXT)
    private String extractedText;

    /** When it was attached: the library's filter by month. */
    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected Attachment() {
    }

    Attachment(Article article, int position, AttachedFile file, Instant now) {
        this.attachedAt = now;
        this.article = article;
        this.position = position;
        this.address = file.address();
        this.fileName = file.name();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
    }

    Instant attachedAt() {
        return attachedAt;
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    String title(Language language) {
        return language == Language.VI ? titleVi : titleEn;
    }

    void setTitle(Language language, String title) {
        String kept = title == null || title.isBlank() ? null : title.strip();
        if (language == Language.VI) {
            titleVi = kept;
        } else {
            titleEn = kept;
        }
    }

    long articleId() {
        return article.id();
    }

    String address() {
        return address;
    }

    String extractedText() {
        return extractedText;
    }

    /** The text read out of the file ({@code null}: none could be read); cut at {@link #TEXT} characters. */
    /** Lists {@code file} instead of the one it listed (a replacement): its text is to be read again. */
    void takeFile(AttachedFile file) {
        this.address = file.address();
        this.fileName = file.name();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.extracted = false;
        this.extractedText = null;
    }

    void setExtractedText(String text) {
        this.extracted = true;
        this.extractedText = text == null || text.isBlank() ? null
                : text.length() > TEXT ? text.substring(0, TEXT) : text;
    }

    /** {@code PDF}, {@code DOCX}: a stored name's extension, which the stored content decided. */
    static String typeLabel(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return fileName;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    Article article() {
        return article;
    }

    AttachmentLink link(Language language) {
        String title = title(language);
        return new AttachmentLink(id, title == null ? fileName : title, title(Language.VI), title(Language.EN),
                address, fileName, mediaType, sizeBytes);
    }
}
