package vn.saola.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.saola.i18n.Language;

/** A section of the site ("Tin tức – Sự kiện"), named and addressed separately in each language. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Whether the home page shows its newest articles as a block of their own. */
    @Column(name = "on_home", nullable = false)
    private boolean onHome;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CategoryTranslation> translations = new ArrayList<>();

    protected Category() {
    }

    public Category(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean onHome() {
        return onHome;
    }

    void showOnHome(boolean shown) {
        this.onHome = shown;
    }

    void moveTo(int position) {
        this.sortOrder = position;
    }

    public List<CategoryTranslation> translations() {
        return translations;
    }

    public Optional<CategoryTranslation> translation(Language language) {
        return translations.stream().filter(t -> t.language() == language).findFirst();
    }

    /** The name a page in {@code language} shows: that language's, else the other's while it has none. */
    public String nameIn(Language language) {
        return translation(language).or(() -> translation(language.other())).map(CategoryTranslation::name).orElse("");
    }

    public CategoryTranslation addTranslation(Language language, String name, String slug) {
        CategoryTranslation translation = new CategoryTranslation(this, language, name, slug);
        translations.add(translation);
        return translation;
    }
}
