package vn.saola.content;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.saola.i18n.Language;

/**
 * An article's words in one language: title, slug (unique within the language), summary and
 * sanitised body. It is also the unit of search (one index document per published translation),
 * mapped by the search feature, not here.
 */
@Entity
@Table(name = "article_translation")
public class ArticleTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_translation_seq")
    @SequenceGenerator(name = "article_translation_seq", sequenceName = "article_translation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Convert(converter = LanguageConverter.class)
    @Column(name = "lang", nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = ArticleConstraints.TITLE)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(length = ArticleConstraints.SUMMARY)
    private String summary;

    /** Already sanitised HTML: it is written to pages as it is. */
    @Column(name = "body_html", nullable = false, length = ArticleConstraints.BODY)
    private String bodyHtml;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The featured image's text alternative in this language, or null (then it is decoration). */
    @Column(name = "image_alt", length = ArticleConstraints.IMAGE_ALT)
    private String imageAlt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    /** Counts the saves of the words; earlier revisions are kept as {@link ArticleRevision}s. */
    @Column(nullable = false)
    private int revision = 1;

    /** Optimistic lock: a save based on an older version than the stored one is refused, not merged. */
    @Version
    @Column(nullable = false)
    private long version;

    /** The language this translation was translated from; null for an original. */
    @Convert(converter = LanguageConverter.class)
    @Column(name = "source_lang", length = 2)
    private Language sourceLanguage;

    /** The revision of the source translation this one renders (or was marked up to date with). */
    @Column(name = "source_revision")
    private Integer sourceRevision;

    protected ArticleTranslation() {
    }

    ArticleTranslation(Article article, Language language, String title, String slug, String summary,
            String bodyHtml, Instant now) {
        this.article = article;
        this.language = language;
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String summary() {
        return summary;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version;
    }

    public Language sourceLanguage() {
        return sourceLanguage;
    }

    public Integer sourceRevision() {
        return sourceRevision;
    }

    /** Whether saving these words would change anything. */
    void replaceImage(String key, String address) {
        bodyHtml = ImageKeys.replace(bodyHtml, key, address);
    }

    boolean differsFrom(String title, String slug, String summary, String bodyHtml) {
        return !(this.title.equals(title) && this.slug.equals(slug) && Objects.equals(this.summary, summary)
                && this.bodyHtml.equals(bodyHtml));
    }

    /** New words, as the next revision; the caller archives the current one first (see {@link Revisions}). */
    void rewrite(String title, String slug, String summary, String bodyHtml, String by, Instant now) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.updatedBy = by;
        this.updatedAt = now;
        this.revision++;
    }

    void setUpdatedBy(String by) {
        this.updatedBy = by;
    }

    /** Records that these words render {@code revision} of the translation in {@code source}. */
    void translatedFrom(Language source, int revision) {
        this.sourceLanguage = source;
        this.sourceRevision = revision;
    }

    /**
     * Whether the translation it was made from has been saved again since: the editor has to
     * look at what changed there. An original is never outdated.
     */
    public boolean isOutdated() {
        if (sourceLanguage == null || sourceRevision == null) {
            return false;
        }
        return article.translation(sourceLanguage).map(source -> source.revision() > sourceRevision).orElse(false);
    }

    public String imageAlt() {
        return imageAlt;
    }

    void setImageAlt(String alt) {
        this.imageAlt = alt == null || alt.isBlank() ? null : alt.strip();
    }
}
