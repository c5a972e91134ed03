package vn.saola.content;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An earlier revision of a translation, archived whole when a save replaced it. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision {

    /** Article, language code and revision number. */
    public record Key(long articleId, String language, int revision) implements Serializable {
        public Key() {
            this(0, null, 0);
        }
    }

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Id
    @Column(name = "lang", length = 2)
    private String language;

    @Id
    private int revision;

    @Column(nullable = false, length = ArticleConstraints.TITLE)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(length = ArticleConstraints.SUMMARY)
    private String summary;

    @Column(name = "body_html", nullable = false, length = ArticleConstraints.BODY)
    private String bodyHtml;

    @Column(name = "saved_by", length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(ArticleTranslation current) {
        this.articleId = current.article().id();
        this.language = current.language().code();
        this.revision = current.revision();
        this.title = current.title();
        this.slug = current.slug();
        this.summary = current.summary();
        this.bodyHtml = current.bodyHtml();
        this.savedBy = current.updatedBy();
        this.savedAt = current.updatedAt();
    }

    public int revision() {
        return revision;
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

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
