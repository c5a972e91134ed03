package vn.saola.content;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * sanitised body, and its own publication status ({@link TranslationStatus}). It is also the unit
 * of search (one index document per published translation), mapped by the search feature, not here.
 *
 * <p>A contributor's edit of a published translation does not touch the public words: it waits in
 * the pending columns until an editor approves it (then it becomes the next revision) or returns it.
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

    /** Words it is found by beyond its own text (an imported post's tags), comma-separated, or null. */
    @Column(length = ArticleConstraints.KEYWORDS)
    private String keywords;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TranslationStatus status = TranslationStatus.DRAFT;

    /** When the public sees this language from (a time to come: scheduled); kept when it is taken down. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** When, and by whom, it was sent for approval; null while it does not await one. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    /** What the editor who returned it wrote to its author, and who that was. */
    @Column(name = "review_note", length = ArticleConstraints.REVIEW_NOTE)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "pending_title", length = ArticleConstraints.TITLE)
    private String pendingTitle;

    @Column(name = "pending_summary", length = ArticleConstraints.SUMMARY)
    private String pendingSummary;

    @Column(name = "pending_body_html", length = ArticleConstraints.BODY)
    private String pendingBodyHtml;

    @Column(name = "pending_by", length = 100)
    private String pendingBy;

    @Column(name = "pending_at")
    private Instant pendingAt;

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

    /** When the words were last changed, as another system knew it (an import). */
    void lastChangedAt(Instant when) {
        this.updatedAt = when;
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

    public String keywords() {
        return keywords;
    }

    void setKeywords(String words) {
        this.keywords = words == null || words.isBlank() ? null : words.strip();
    }

    public TranslationStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Whether the public sees this language now (its article not in the trash: the caller asks that). */
    boolean isPublic(Instant now) {
        return status == TranslationStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public PublicationState publication(Instant now) {
        return PublicationState.of(status, publishedAt, now);
    }

    /** Public from now on; published before and taken down, it keeps its first publication time. */
    void publishNow(Instant now) {
        publishAt(publishedAt == null || publishedAt.isAfter(now) ? now : publishedAt);
    }

    /** Public from {@code at}, now or later. */
    void publishAt(Instant at) {
        status = TranslationStatus.PUBLISHED;
        publishedAt = at;
        submittedAt = null;
        submittedBy = null;
    }

    /** Off the public site; it keeps its publication time should it come back. Never public, it is a draft again. */
    void unpublish(Instant now) {
        if (status == TranslationStatus.PUBLISHED) {
            status = publishedAt != null && !publishedAt.isAfter(now) ? TranslationStatus.UNPUBLISHED : TranslationStatus.DRAFT;
        }
        submittedAt = null;
        submittedBy = null;
    }

    /** As it was before a change that is undone: its status and its time (null: never published). */
    void putBack(TranslationStatus status, Instant publishedAt) {
        this.status = status;
        this.publishedAt = publishedAt;
    }

    void toDraft() {
        status = TranslationStatus.DRAFT;
        submittedAt = null;
        submittedBy = null;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public boolean awaitsApproval() {
        return submittedAt != null;
    }

    /** Sent for approval: words never public wait as {@code PENDING}; a published one's pending edit waits beside it. */
    void submit(String by, Instant now) {
        if (status != TranslationStatus.PUBLISHED) {
            status = TranslationStatus.PENDING;
        }
        submittedAt = now;
        submittedBy = by;
        reviewNote = null;
        reviewedBy = null;
    }

    /** Returned to its author with a note: back to draft (a pending edit stays, for its author to mend). */
    void returnToAuthor(String note, String by) {
        if (status == TranslationStatus.PENDING) {
            status = TranslationStatus.DRAFT;
        }
        submittedAt = null;
        submittedBy = null;
        reviewNote = note;
        reviewedBy = by;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public boolean hasPendingEdit() {
        return pendingAt != null;
    }

    public String pendingTitle() {
        return pendingTitle;
    }

    public String pendingSummary() {
        return pendingSummary;
    }

    public String pendingBodyHtml() {
        return pendingBodyHtml;
    }

    public String pendingBy() {
        return pendingBy;
    }

    public Instant pendingAt() {
        return pendingAt;
    }

    /** A contributor's words for this published translation, kept aside until approved. */
    void keepPending(String title, String summary, String bodyHtml, String by, Instant now) {
        pendingTitle = title;
        pendingSummary = summary;
        pendingBodyHtml = bodyHtml;
        pendingBy = by;
        pendingAt = now;
    }

    /** Its author (or an editor) drops the pending edit: it no longer awaits approval, and the public words stay. */
    void withdrawEdit() {
        dropPending();
        if (status == TranslationStatus.PUBLISHED) {
            submittedAt = null;
            submittedBy = null;
        }
    }

    void dropPending() {
        pendingTitle = null;
        pendingSummary = null;
        pendingBodyHtml = null;
        pendingBy = null;
        pendingAt = null;
    }
}
