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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import vn.saola.i18n.Language;
import vn.saola.search.PublishedOnly;
import vn.saola.search.VietnameseAnalysis;

/**
 * An article's words in one language: title, slug (unique within the language), summary and
 * sanitised body. It is also the unit of search: one index document per published translation,
 * each text in three forms (see {@link VietnameseAnalysis}).
 */
@Entity
@Table(name = "article_translation")
@Indexed(index = ArticleTranslation.INDEX, routingBinder = @RoutingBinderRef(type = PublishedOnly.class))
public class ArticleTranslation {

    public static final String INDEX = "article_translation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_translation_seq")
    @SequenceGenerator(name = "article_translation_seq", sequenceName = "article_translation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Convert(converter = LanguageConverter.class)
    @Column(name = "lang", nullable = false, length = 2)
    @KeywordField(name = "lang", projectable = Projectable.YES)
    private Language language;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    @KeywordField(name = "slug", projectable = Projectable.YES, searchable = Searchable.NO)
    private String slug;

    @Column(length = 2000)
    private String summary;

    /** Already sanitised HTML: it is written to pages as it is. */
    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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

    /** The title as the index reads it (NFC, see {@link VietnameseAnalysis#normalise}). */
    @Transient
    @FullTextField(name = "title_exact", analyzer = VietnameseAnalysis.EXACT)
    @FullTextField(name = "title_plain", analyzer = VietnameseAnalysis.PLAIN, searchAnalyzer = VietnameseAnalysis.FOLDED)
    @FullTextField(name = "title_folded", analyzer = VietnameseAnalysis.FOLDED, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    public String getIndexedTitle() {
        return VietnameseAnalysis.normalise(title);
    }

    /** The body's words without markup: stored for snippets, searched through {@link #getAllText()}. */
    @Transient
    @GenericField(name = "body_text", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "bodyHtml")))
    public String getBodyText() {
        return ArticleBody.plainText(bodyHtml);
    }

    /**
     * Everything a visitor may search for, in one field per form: title, summary, body and
     * category name. One field means one conjunction per query to count and score, where a field
     * per part multiplied the work by four (measured: 110 searches/s at 100,000 articles).
     * Titles weigh more through their own fields.
     */
    @Transient
    @FullTextField(name = "all_exact", analyzer = VietnameseAnalysis.EXACT)
    @FullTextField(name = "all_plain", analyzer = VietnameseAnalysis.PLAIN, searchAnalyzer = VietnameseAnalysis.FOLDED)
    @FullTextField(name = "all_folded", analyzer = VietnameseAnalysis.FOLDED)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "bodyHtml"))})
    public String getAllText() {
        return VietnameseAnalysis.normalise(
                String.join("\n", title, summary == null ? "" : summary, getBodyText(), getCategoryName()));
    }

    /**
     * The category's name in this translation's language. Renaming a category does not reach
     * the index by itself: whoever renames reindexes the category's articles.
     */
    @Transient
    @KeywordField(name = "category_name", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getCategoryName() {
        return article.category().translation(language).or(() -> article.category().translation(language.other()))
                .map(CategoryTranslation::name).orElse("");
    }

    @Transient
    @GenericField(name = "category_id", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "article"),
            @PropertyValue(propertyName = "category")}))
    public Long getCategoryId() {
        return article.category().id();
    }

    @Transient
    @GenericField(name = "published_at", projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "article"),
            @PropertyValue(propertyName = "publishedAt")}))
    public Instant getPublishedAt() {
        return article.publishedAt();
    }

    @Transient
    @GenericField(name = "article_id", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "article")))
    public Long getArticleId() {
        return article.id();
    }

    @Transient
    @KeywordField(name = "import_id", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "article"),
            @PropertyValue(propertyName = "importId")}))
    public String getImportId() {
        return article.importId();
    }

    /** Whether saving these words would change anything. */
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
}
