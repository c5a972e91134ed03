package vn.saola.content;

import java.time.Instant;

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

import vn.saola.i18n.Language;

/** An article's words in one language: title, slug (unique within the language), summary and sanitised body. */
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

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(length = 2000)
    private String summary;

    /** Already sanitised HTML: it is written to pages as it is. */
    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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

    public void rewrite(String title, String summary, String bodyHtml, Instant now) {
        this.title = title;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.updatedAt = now;
    }
}
