package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import vn.saola.i18n.Language;

/**
 * One news item, page or official document ({@link ArticleKind}), whatever the languages it is
 * written in: its category (news) or parent page (pages) and byline are shared; its words, and the
 * status of each language, live in one {@link ArticleTranslation} per language (the article's own
 * status and time summarise theirs, see {@link #settle}); a document's number, type and dates in its
 * {@link DocumentRecord}.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    /** The id the article had in the system it was imported from; re-importing it updates this article. */
    @Column(name = "import_id", length = ArticleConstraints.IMPORT_ID, unique = true)
    private String importId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ArticleKind kind = ArticleKind.ARTICLE;

    /** News only; a page has none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    /** Pages only: the page this one sits under (its address starts with the parent's), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Article parent;

    @Column(length = ArticleConstraints.AUTHOR)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Path of the featured image under {@code /uploads/}, or null. */
    @Column(name = "featured_image", length = 300)
    private String featuredImage;

    /**
     * The uploaded images it shows, featured and in any language's body ({@link ImageKeys}), kept
     * on every change ({@link ContentChanges}) so that the library can tell what is used.
     */
    @Column(name = "image_keys", length = 100_000)
    private String imageKeys;

    /** When it was put in the trash, and by whom; null while it is not there. */
    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "trashed_by", length = 100)
    private String trashedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_trash", length = 20)
    private ArticleStatus statusBeforeTrash;

    /** News only: on the home page's top, as the lead story or after it. */
    @Column(nullable = false)
    private boolean featured;

    /** News only: at the very top of the home page until this time; null when not pinned. */
    @Column(name = "pinned_until")
    private Instant pinnedUntil;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ArticleTranslation> translations = new ArrayList<>();

    /**
     * The documents listed under the text, in their order. Loaded for many articles in one query
     * when the index is rebuilt (search reads their text).
     */
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    /**
     * Documents only: what the register says of it, one row (none until its register form is filled).
     * A list rather than a one-to-one, so that no other kind pays a query to learn it has none.
     */
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<DocumentRecord> register = new ArrayList<>();

    /** News only: the register's documents it names beside its text (shown newest issued first). */
    @ManyToMany
    @JoinTable(name = "article_document", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @BatchSize(size = 50)
    private Set<Article> linkedDocuments = new LinkedHashSet<>();

    /** Documents only: the news that links it. */
    @ManyToMany(mappedBy = "linkedDocuments")
    private Set<Article> linkedBy = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(Category category, String author, ArticleStatus status, Instant publishedAt, Instant now) {
        this.category = category;
        this.author = author;
        this.status = status;
        this.publishedAt = publishedAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new page, in draft, without a parent. */
    static Article page(String author, Instant now) {
        Article page = new Article(null, author, ArticleStatus.DRAFT, null, now);
        page.kind = ArticleKind.PAGE;
        return page;
    }

    /** A new entry of the register of official documents, in draft. */
    static Article document(String author, Instant now) {
        Article document = new Article(null, author, ArticleStatus.DRAFT, null, now);
        document.kind = ArticleKind.DOCUMENT;
        return document;
    }

    public Long id() {
        return id;
    }

    public ArticleKind kind() {
        return kind;
    }

    public boolean isPage() {
        return kind == ArticleKind.PAGE;
    }

    public Article parent() {
        return parent;
    }

    /** Pages only; the caller has checked that no page would end up under itself ({@link PageTree}). */
    void moveUnder(Article parent, Instant now) {
        this.parent = parent;
        this.updatedAt = now;
    }

    public String importId() {
        return importId;
    }

    public void setImportId(String importId) {
        this.importId = importId;
    }

    public Category category() {
        return category;
    }

    public String author() {
        return author;
    }

    public ArticleStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean featured() {
        return featured;
    }

    public Instant pinnedUntil() {
        return pinnedUntil;
    }

    /** Where the home page shows it: featured or not, pinned to the top until a time or not (null). */
    void arrangeOnHome(boolean featured, Instant pinnedUntil, Instant now) {
        this.featured = featured;
        this.pinnedUntil = pinnedUntil;
        this.updatedAt = now;
    }

    public String featuredImage() {
        return featuredImage;
    }

    void setFeaturedImage(String path, Instant now) {
        this.featuredImage = path;
        this.updatedAt = now;
    }

    Set<Article> linkedDocuments() {
        return linkedDocuments;
    }

    Set<Article> linkedBy() {
        return linkedBy;
    }

    /** Whether the public sees it now in {@code language}: that translation published, at a time already come. */
    boolean isPublicIn(Language language, Instant now) {
        return !isTrashed() && translation(language).map(t -> t.isPublic(now)).orElse(false);
    }

    /** Its title in the first language, else the other: what a record of it calls it. */
    String anyTitle() {
        return translation(Language.primary()).or(() -> translation(Language.primary().other()))
                .map(ArticleTranslation::title).orElse("");
    }

    /** The keys of the images it shows, separated by spaces, or null. */
    String imageKeys() {
        return imageKeys;
    }

    /** Notes the images it shows now; unchanged, the column is left alone (Hibernate writes nothing). */
    void noteImages() {
        List<String> texts = new ArrayList<>();
        texts.add(featuredImage);
        translations.forEach(t -> texts.add(t.bodyHtml()));
        String now = ImageKeys.column(ImageKeys.in(texts));
        if (!Objects.equals(now, imageKeys)) {
            imageKeys = now;
        }
    }

    /** Shows {@code address} wherever it showed the image {@code key} (a replaced image). */
    void replaceImage(String key, String address, Instant now) {
        featuredImage = ImageKeys.replace(featuredImage, key, address);
        translations.forEach(t -> t.replaceImage(key, address));
        updatedAt = now;
        noteImages();
    }

    /** Draft, scheduled (published with a time still to come) or published, as of {@code now}. */
    public EditorialStatus editorialStatus(Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            return EditorialStatus.DRAFT;
        }
        return publishedAt != null && publishedAt.isAfter(now) ? EditorialStatus.SCHEDULED : EditorialStatus.PUBLISHED;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isDocument() {
        return kind == ArticleKind.DOCUMENT;
    }

    /** A document's register entry, made on first use. */
    DocumentRecord record() {
        if (register.isEmpty()) {
            register.add(new DocumentRecord(this));
        }
        return register.get(0);
    }

    /** A document's number and symbol as written, for search; empty for other kinds and until the register is filled. */
    public String documentNumber() {
        // Other kinds never load the register: indexing every news item would pay a query for it.
        if (!isDocument() || register.isEmpty()) {
            return "";
        }
        return register.get(0).number() == null ? "" : register.get(0).number();
    }

    Optional<DocumentRecord> existingRecord() {
        return register.isEmpty() ? Optional.empty() : Optional.of(register.get(0));
    }

    List<Attachment> attachments() {
        return attachments;
    }

    /** The text read out of the attached files, for search: one block a file, in their order. */
    public String attachedText() {
        StringBuilder text = new StringBuilder();
        for (Attachment attachment : attachments) {
            if (attachment.extractedText() != null) {
                text.append(attachment.extractedText()).append('\n');
            }
        }
        return text.toString();
    }

    /** The attachments as one language lists them. */
    public List<AttachmentLink> attachmentLinks(Language language) {
        return attachments.stream().map(a -> a.link(language)).toList();
    }

    public List<ArticleTranslation> translations() {
        return translations;
    }

    public Optional<ArticleTranslation> translation(Language language) {
        return translations.stream().filter(t -> t.language() == language).findFirst();
    }

    public ArticleTranslation addTranslation(Language language, String title, String slug, String summary,
            String bodyHtml, Instant now) {
        ArticleTranslation translation = new ArticleTranslation(this, language, title, slug, summary, bodyHtml, now);
        translations.add(translation);
        this.updatedAt = now;
        return translation;
    }

    public void update(Category category, String author, Instant publishedAt, Instant now) {
        this.category = category;
        this.author = author;
        this.publishedAt = publishedAt;
        this.updatedAt = now;
    }

    /**
     * The one publishing rule, for the editors' button and the API alike: every translation visible
     * from now on. A time still to come (a schedule) or none becomes now; a translation published
     * before and taken down keeps its first publication time.
     */
    void publishNow(Instant now) {
        translations.forEach(t -> t.publishNow(now));
        settle(now);
    }

    /** Every translation public from {@code at}: now, or later (then the public sees it from that moment on). */
    void publishAt(Instant at, Instant now) {
        translations.forEach(t -> t.publishAt(at));
        settle(now);
    }

    /** One language published by the same rule as {@link #publishNow(Instant)}; the other keeps its status. */
    void publishNow(ArticleTranslation translation, Instant now) {
        translation.publishNow(now);
        settle(now);
    }

    void publishAt(ArticleTranslation translation, Instant at, Instant now) {
        translation.publishAt(at);
        settle(now);
    }

    void unpublish(ArticleTranslation translation, Instant now) {
        translation.unpublish(now);
        settle(now);
    }

    /** One language back to draft, off the public site and out of any approval. */
    void toDraft(ArticleTranslation translation, Instant now) {
        translation.toDraft();
        settle(now);
    }

    /**
     * The article's status and time summarise its translations': published while one of them is,
     * since the earliest of their times (the date lists show and sort by). Taken down everywhere, it
     * keeps its time. In the trash it stays there.
     */
    void settle(Instant now) {
        updatedAt = now;
        if (status == ArticleStatus.TRASHED) {
            return;
        }
        Optional<Instant> earliest = translations.stream().filter(t -> t.status() == TranslationStatus.PUBLISHED)
                .map(ArticleTranslation::publishedAt).filter(Objects::nonNull).min(Instant::compareTo);
        status = earliest.isPresent() ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        earliest.ifPresent(time -> publishedAt = time);
    }

    /** Into the trash: gone from the public site and search, restorable to the status it had. */
    void trash(String by, Instant now) {
        if (status != ArticleStatus.TRASHED) {
            statusBeforeTrash = status;
            status = ArticleStatus.TRASHED;
            trashedAt = now;
            trashedBy = by;
            updatedAt = now;
        }
    }

    /** Out of the trash, as it was before (published again, if it was). */
    void restore(Instant now) {
        if (status == ArticleStatus.TRASHED) {
            status = statusBeforeTrash == null ? ArticleStatus.DRAFT : statusBeforeTrash;
            statusBeforeTrash = null;
            trashedAt = null;
            trashedBy = null;
            updatedAt = now;
        }
    }

    boolean isTrashed() {
        return status == ArticleStatus.TRASHED;
    }

    Instant trashedAt() {
        return trashedAt;
    }

    String trashedBy() {
        return trashedBy;
    }

    /** Off the public site in every language: the pages and search no longer show it; its publication time is kept. */
    void unpublish(Instant now) {
        translations.forEach(t -> t.unpublish(now));
        settle(now);
    }
}
