package vn.saola.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.i18n.NameRule;
import vn.saola.platform.Database;

/** The site's sections for editors: named per language, in the order the menu shows them. */
@ApplicationScoped
public class CategoryEditing {

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    @Inject
    Instance<DerivedData> derived;

    @Inject
    AuditLog audit;

    /** A category with its names per language, how many articles it holds, whether the home page shows it as a block. */
    public record CategoryRow(long id, Map<Language, String> names, Map<Language, String> paths, long articles,
            boolean onHome) {

        public String name(Language language) {
            return names.getOrDefault(language, names.getOrDefault(language.other(), ""));
        }
    }

    public List<CategoryRow> all() {
        return database.read(session -> {
            Map<Long, Long> counts = new HashMap<>();
            session.createQuery("select a.category.id, count(a) from Article a group by a.category.id", Object[].class)
                    .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            List<CategoryRow> rows = new ArrayList<>();
            for (Category category : ordered(session)) {
                Map<Language, String> names = new EnumMap<>(Language.class);
                Map<Language, String> paths = new EnumMap<>(Language.class);
                category.translations().forEach(t -> {
                    names.put(t.language(), t.name());
                    paths.put(t.language(), t.language().categoryPath(t.slug()));
                });
                rows.add(new CategoryRow(category.id(), names, paths, counts.getOrDefault(category.id(), 0L),
                        category.onHome()));
            }
            return rows;
        });
    }

    /** Shows the category's newest articles as a block on the home page, or stops showing them. */
    public void showOnHome(long id, boolean shown, String by) {
        changes.inTransaction(session -> {
            Category category = category(session, id);
            category.showOnHome(shown);
            record(session, by, category, shown ? "home" : "not home");
            return null;
        });
    }

    /** A new category, last in the menu, named in the languages given (at least one). */
    public long create(Map<Language, String> names, String by) {
        return changes.inTransaction(session -> {
            Integer last = session.createQuery("select max(c.sortOrder) from Category c", Integer.class).getSingleResult();
            Category category = new Category(last == null ? 0 : last + 1);
            session.persist(category);
            names.forEach((language, name) -> name(session, category, language, name));
            record(session, by, category, "created");
            return category.id();
        });
    }

    /** One line of the audit log, written with the change. */
    private void record(Session session, String by, Category category, String what) {
        session.flush(); // a new category's names are read below
        audit.record(session, new AuditRecord(by, AuditAction.CATEGORY_EDITED, "category:" + category.id(),
                category.nameIn(Language.primary()), what));
    }

    /**
     * Renames a category in one language (or names it there for the first time). What other
     * features derived from its articles carries the name, so they are told ({@link DerivedData}).
     */
    public void rename(long id, Language language, String name, String by) {
        changes.inTransaction(session -> {
            Category category = category(session, id);
            var existing = category.translation(language);
            if (existing.isPresent()) {
                if (!existing.get().name().equals(name)) {
                    requireFree(session, language, name, id);
                    existing.get().rename(name);
                }
            } else {
                name(session, category, language, name);
            }
            derived.forEach(store -> store.categoryRenamed(session, id));
            record(session, by, category, "renamed " + language.code());
            return null;
        });
    }

    /** Moves a category one place up ({@code -1}) or down ({@code +1}) in the menu. */
    public void move(long id, int direction, String by) {
        changes.inTransaction(session -> {
            record(session, by, category(session, id), direction < 0 ? "moved up" : "moved down");
            List<Category> order = new ArrayList<>(ordered(session));
            int from = order.indexOf(category(session, id));
            int to = from + Integer.signum(direction);
            if (to >= 0 && to < order.size()) {
                order.add(to, order.remove(from));
            }
            for (int position = 0; position < order.size(); position++) {
                order.get(position).moveTo(position);
            }
            return null;
        });
    }

    /** Deletes an empty category; one that still holds articles is refused. */
    public void delete(long id, String by) {
        changes.inTransaction(session -> {
            Category category = category(session, id);
            record(session, by, category, "deleted");
            long articles = session.createQuery("select count(a) from Article a where a.category = :category", Long.class)
                    .setParameter("category", category).getSingleResult();
            if (articles > 0) {
                throw new EditRefused("category", "editor.error.categoryNotEmpty");
            }
            session.remove(category);
            return null;
        });
    }

    private static List<Category> ordered(Session session) {
        return session.createQuery("from Category c order by c.sortOrder, c.id", Category.class).getResultList();
    }

    static Category category(Session session, long id) {
        Category category = session.get(Category.class, id);
        if (category == null) {
            throw new EditRefused("category", "editor.error.category");
        }
        return category;
    }

    private static void name(Session session, Category category, Language language, String name) {
        requireFree(session, language, name, category.id());
        String slug = Slugs.unique(Slugs.fromTitle(name), candidate -> session.createQuery(
                "select count(t) from CategoryTranslation t where t.language = :lang and t.slug = :slug", Long.class)
                .setParameter("lang", language).setParameter("slug", candidate).getSingleResult() > 0);
        session.persist(category.addTranslation(language, name, slug));
    }

    /** Names are unique per language by {@link NameRule}: the import finds categories by name. */
    private static void requireFree(Session session, Language language, String name, Long exceptId) {
        long taken = session.createQuery("select count(t) from CategoryTranslation t where t.language = :lang"
                        + " and t.nameKey = :key and t.category.id <> :except", Long.class)
                .setParameter("lang", language).setParameter("key", NameRule.key(name))
                .setParameter("except", exceptId == null ? -1L : exceptId).getSingleResult();
        if (taken > 0) {
            throw new EditRefused("name_" + language.code(), "editor.error.categoryTaken");
        }
    }
}
