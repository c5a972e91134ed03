package vn.saola.content;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.saola.i18n.Language;

/**
 * One item of a menu: where it leads ({@link MenuTarget}: a page, a category or an outside
 * address), its label in each language, its place among its siblings and the item it sits under.
 * Ids rather than associations: the database removes an item with the page or category it leads to.
 */
@Entity
@Table(name = "menu_item")
class MenuItem {

    static final int LABEL = 200;
    static final int URL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_item_seq")
    @SequenceGenerator(name = "menu_item_seq", sequenceName = "menu_item_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MenuName menu;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MenuTarget target;

    @Column(name = "article_id")
    private Long pageId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(length = URL)
    private String url;

    @Column(name = "label_vi", length = LABEL)
    private String labelVi;

    @Column(name = "label_en", length = LABEL)
    private String labelEn;

    /** Optimistic lock: an edit made from an older version is refused, not merged. */
    @Version
    @Column(nullable = false)
    private int version;

    protected MenuItem() {
    }

    MenuItem(MenuName menu, int position) {
        this.menu = menu;
        this.position = position;
    }

    /** Where it leads and what it says, as checked by {@link Menus}. */
    void set(MenuInput input, Long parentId) {
        this.target = input.target();
        this.pageId = input.target() == MenuTarget.PAGE ? input.targetId() : null;
        this.categoryId = input.target() == MenuTarget.CATEGORY ? input.targetId() : null;
        this.url = input.target() == MenuTarget.LINK ? input.url() : null;
        this.labelVi = input.labels().get(Language.VI);
        this.labelEn = input.labels().get(Language.EN);
        this.parentId = parentId;
    }

    Long id() {
        return id;
    }

    MenuName menu() {
        return menu;
    }

    Long parentId() {
        return parentId;
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    MenuTarget target() {
        return target;
    }

    Long pageId() {
        return pageId;
    }

    Long categoryId() {
        return categoryId;
    }

    /** The page's or the category's id; null for an outside address. */
    Long targetId() {
        return target == MenuTarget.PAGE ? pageId : target == MenuTarget.CATEGORY ? categoryId : null;
    }

    String url() {
        return url;
    }

    /**
     * What the public reads for this item in {@code language}: its own label, else the name of what
     * it leads to there ({@code targetName}, null when there is none); null when nothing names it.
     */
    String shownAs(Language language, String targetName) {
        String own = labels().get(language);
        return own != null ? own : targetName;
    }

    Map<Language, String> labels() {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        if (labelVi != null) {
            labels.put(Language.VI, labelVi);
        }
        if (labelEn != null) {
            labels.put(Language.EN, labelEn);
        }
        return labels;
    }

    int version() {
        return version;
    }
}
