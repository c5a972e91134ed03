package vn.saola.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An address the site Saola replaced gave an item ({@code /2024/02/so-cong-thuong/}, {@code /?p=4}):
 * it answers 301 to the item's address now, an article's or page's in one language (followed through
 * later changes of its slug) or a file's.
 */
@Entity
@Table(name = "old_address")
class OldAddress {

    @Id
    @Column(name = "old_path", length = 1000)
    private String oldPath;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "lang", length = 2)
    private String language;

    @Column(length = 1000)
    private String target;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OldAddress() {
    }

    OldAddress(String oldPath) {
        this.oldPath = oldPath;
    }

    void leadTo(Long articleId, String language, String target, Instant now) {
        this.articleId = articleId;
        this.language = language;
        this.target = target;
        this.recordedAt = now;
    }

    Long articleId() {
        return articleId;
    }

    String language() {
        return language;
    }

    String target() {
        return target;
    }
}
