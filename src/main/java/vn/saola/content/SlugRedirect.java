package vn.saola.content;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An address a published translation had before its slug was changed; it is answered with a 301. */
@Entity
@Table(name = "slug_redirect")
@IdClass(SlugRedirect.Key.class)
public class SlugRedirect {

    /** Language code and old slug. */
    public record Key(String language, String oldSlug) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "lang", length = 2)
    private String language;

    @Id
    @Column(name = "old_slug", length = 200)
    private String oldSlug;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    protected SlugRedirect() {
    }

    SlugRedirect(String language, String oldSlug, long articleId) {
        this.language = language;
        this.oldSlug = oldSlug;
        this.articleId = articleId;
    }

    public long articleId() {
        return articleId;
    }
}
