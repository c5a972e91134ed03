package vn.saola.content;

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
import vn.saola.i18n.NameRule;

/** A category's name and URL slug in one language. */
@Entity
@Table(name = "category_translation")
public class CategoryTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_translation_seq")
    @SequenceGenerator(name = "category_translation_seq", sequenceName = "category_translation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Convert(converter = LanguageConverter.class)
    @Column(name = "lang", nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = ArticleConstraints.CATEGORY_NAME)
    private String name;

    /** The name as names are compared ({@link NameRule}): unique within a language, by the editors' rule. */
    @Column(name = "name_key", nullable = false, length = ArticleConstraints.CATEGORY_NAME)
    private String nameKey;

    @Column(nullable = false, length = 200)
    private String slug;

    protected CategoryTranslation() {
    }

    CategoryTranslation(Category category, Language language, String name, String slug) {
        this.category = category;
        this.language = language;
        this.name = name;
        this.nameKey = NameRule.key(name);
        this.slug = slug;
    }

    public Long id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public Language language() {
        return language;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    /** A new name; the address stays, so links to the category keep working. */
    void rename(String name) {
        this.name = name;
        this.nameKey = NameRule.key(name);
    }
}
