package vn.saola.content;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.StampedCache;

/**
 * The menus administrators arrange ({@link MenuName}): what every public page shows of them, kept
 * in memory until content changes here or on another node (a menu item shows a page's title and
 * follows its address), and their editing, through {@link ContentChanges} so that every node's
 * pages change at once.
 */
@ApplicationScoped
public class Menus {

    private static final Logger LOG = Logger.getLogger(Menus.class.getName());
    private static final Comparator<MenuItem> IN_ORDER = Comparator.comparingInt(MenuItem::position)
            .thenComparing(MenuItem::id);

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    @Inject
    PublicContent content;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private StampedCache<Language, SiteMenus> memory;

    @PostConstruct
    void createMemory() {
        // Expiring as the read model does: a page whose publication time comes joins its menu by itself.
        memory = new StampedCache<>(Caffeine.newBuilder().maximumSize(Language.values().length)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
    }

    void forget(@Observes ContentChanged change) {
        memory.forgetAll();
    }

    /** Every menu as the public sees it in {@code language}: items leading nowhere there are left out. */
    public SiteMenus site(Language language) {
        return memory.get(language, () -> {
            // One session for the items and where the links block stands: a page render waits on one read, not two.
            record Stored(List<MenuItem> items, MenuPlacement links) {
            }
            Stored stored = database.read(session -> new Stored(
                    session.createQuery("from MenuItem", MenuItem.class).getResultList(), linksPlacement(session)));
            List<MenuItem> items = stored.items();
            MenuPlacement links = stored.links();
            PageTree pages = content.pageTree();
            Map<Long, CategoryLink> categories = content.categories(language).stream()
                    .collect(Collectors.toMap(CategoryLink::id, Function.identity()));
            Instant now = changes.now();
            Function<MenuName, List<MenuLink>> menu = name -> links(items.stream().filter(i -> i.menu() == name).toList(),
                    null, language, pages, categories, now);
            return new SiteMenus(menu.apply(MenuName.HEADER), menu.apply(MenuName.FOOTER), menu.apply(MenuName.LINKS),
                    links == MenuPlacement.SIDE);
        });
    }

    private static List<MenuLink> links(List<MenuItem> menu, Long parentId, Language language, PageTree pages,
            Map<Long, CategoryLink> categories, Instant now) {
        List<MenuLink> links = new ArrayList<>();
        menu.stream().filter(item -> Objects.equals(item.parentId(), parentId)).sorted(IN_ORDER).forEach(item -> {
            List<MenuLink> children = parentId == null ? links(menu, item.id(), language, pages, categories, now) : List.of();
            switch (item.target()) {
                case PAGE -> pages.node(item.pageId()).filter(page -> page.isVisible(language, now))
                        .ifPresent(page -> links.add(new MenuLink(item.shownAs(language, page.titles().get(language)),
                                pages.path(page.id(), language).orElseThrow(), false, children)));
                case CATEGORY -> Optional.ofNullable(categories.get(item.categoryId())).ifPresent(category -> links.add(
                        new MenuLink(item.shownAs(language, category.name()), category.url(), false, children)));
                case LINK -> {
                    String label = item.shownAs(language, null);
                    if (label != null) {
                        links.add(new MenuLink(label, item.url(), true, children));
                    }
                }
            }
        });
        return List.copyOf(links);
    }

    /** A menu's items for its administrators, each top item followed by the items under it. */
    public List<MenuEntry> entries(MenuName menu, Language adminLanguage) {
        return database.read(session -> {
            List<MenuItem> items = session.createQuery("from MenuItem m where m.menu = :menu", MenuItem.class)
                    .setParameter("menu", menu).getResultList();
            PageTree pages = PageTree.load(session);
            List<MenuEntry> entries = new ArrayList<>();
            List<MenuItem> top = siblings(items, null);
            for (MenuItem item : top) {
                entries.add(entry(session, item, pages, adminLanguage, top));
                List<MenuItem> under = siblings(items, item.id());
                under.forEach(child -> entries.add(entry(session, child, pages, adminLanguage, under)));
            }
            return entries;
        });
    }

    public Optional<MenuEntry> entry(long id, Language adminLanguage) {
        return database.read(session -> Optional.ofNullable(session.get(MenuItem.class, id))
                .map(item -> entry(session, item, PageTree.load(session), adminLanguage, List.of(item))));
    }

    public MenuPlacement linksPlacement() {
        return database.read(Menus::linksPlacement);
    }

    /** Adds an item at the end of its menu (or of the items under its parent); returns its id. */
    public long add(MenuName menu, MenuInput input, String by) {
        long id = changes.inTransaction(session -> {
            Long parentId = checked(session, menu, input, null);
            MenuItem item = new MenuItem(menu, nextPosition(session, menu, parentId));
            item.set(input, parentId);
            session.persist(item);
            audit.record(session, new AuditRecord(by, AuditAction.MENU_CHANGED, "menu:" + menu.word(), menu.word(), "added"));
            return item.id();
        });
        LOG.info(() -> "Menu " + menu.word() + ": item " + id + " added by " + by);
        return id;
    }

    /** Saves an item edited from {@code expectedVersion}; another administrator's save since is a conflict. */
    public void update(long id, int expectedVersion, MenuInput input, String by) {
        EditConflict.whenStale(() -> changes.inTransaction(session -> {
            MenuItem item = item(session, id);
            if (item.version() != expectedVersion) {
                throw new EditConflict(null);
            }
            Long parentId = checked(session, item.menu(), input, item);
            if (!Objects.equals(parentId, item.parentId())) {
                item.moveTo(nextPosition(session, item.menu(), parentId));
            }
            item.set(input, parentId);
            audit.record(session, new AuditRecord(by, AuditAction.MENU_CHANGED, "menu:" + item.menu().word(),
                    item.menu().word(), "item " + id + " saved"));
            return null;
        }));
        LOG.info(() -> "Menu item " + id + " saved by " + by);
    }

    /** One place up ({@code -1}) or down ({@code +1}) among the items beside it. */
    public void move(long id, int direction) {
        changes.inTransaction(session -> {
            MenuItem item = item(session, id);
            List<MenuItem> siblings = new ArrayList<>(siblings(session.createQuery("from MenuItem m where m.menu = :menu",
                    MenuItem.class).setParameter("menu", item.menu()).getResultList(), item.parentId()));
            int from = siblings.indexOf(item);
            int to = from + Integer.signum(direction);
            if (to >= 0 && to < siblings.size()) {
                siblings.add(to, siblings.remove(from));
            }
            for (int position = 0; position < siblings.size(); position++) {
                siblings.get(position).moveTo(position);
            }
            return null;
        });
    }

    /** Deletes the item and the items under it. */
    public void delete(long id, String by) {
        changes.inTransaction(session -> {
            MenuItem item = item(session, id);
            session.createMutationQuery("delete from MenuItem m where m.parentId = :id").setParameter("id", id)
                    .executeUpdate();
            session.remove(item);
            audit.record(session, new AuditRecord(by, AuditAction.MENU_CHANGED, "menu:" + item.menu().word(),
                    item.menu().word(), "item " + id + " deleted"));
            return null;
        });
        LOG.info(() -> "Menu item " + id + " deleted by " + by);
    }

    public void placeLinks(MenuPlacement placement) {
        changes.inTransaction(session -> {
            MenuSetting setting = session.find(MenuSetting.class, MenuName.LINKS);
            if (setting == null) {
                session.persist(new MenuSetting(MenuName.LINKS, placement));
            } else {
                setting.place(placement);
            }
            return null;
        });
    }

    private static MenuPlacement linksPlacement(Session session) {
        MenuSetting setting = session.find(MenuSetting.class, MenuName.LINKS);
        return setting == null ? MenuPlacement.FOOTER : setting.placement();
    }

    private static List<MenuItem> siblings(List<MenuItem> menu, Long parentId) {
        return menu.stream().filter(item -> Objects.equals(item.parentId(), parentId)).sorted(IN_ORDER).toList();
    }

    private static int nextPosition(Session session, MenuName menu, Long parentId) {
        Integer last = session.createQuery("select max(m.position) from MenuItem m where m.menu = :menu and "
                        + (parentId == null ? "m.parentId is null" : "m.parentId = :parent"), Integer.class)
                .setParameter("menu", menu).setProperties(parentId == null ? Map.of() : Map.of("parent", parentId))
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }

    private static MenuItem item(Session session, long id) {
        MenuItem item = session.get(MenuItem.class, id);
        if (item == null) {
            throw new EditRefused("item", "menus.error.gone");
        }
        return item;
    }

    /**
     * What an item may be: a published-or-not page, an existing category, or an http(s) address with
     * a label; under a top item of the same menu (one level), and not with items of its own under it.
     *
     * @return the parent's id, or null for the top of the menu
     */
    private static Long checked(Session session, MenuName menu, MenuInput input, MenuItem self) {
        switch (input.target()) {
            case PAGE -> {
                Article page = input.targetId() == null ? null : session.get(Article.class, input.targetId());
                if (page == null || !page.isPage()) {
                    throw new EditRefused("page", "menus.error.page");
                }
            }
            case CATEGORY -> {
                if (input.targetId() == null || session.get(Category.class, input.targetId()) == null) {
                    throw new EditRefused("category", "menus.error.category");
                }
            }
            case LINK -> {
                if (!isWebAddress(input.url())) {
                    throw new EditRefused("link", "menus.error.url");
                }
                if (input.labels().isEmpty()) {
                    throw new EditRefused("label_vi", "menus.error.labelRequired");
                }
            }
        }
        for (Map.Entry<Language, String> label : input.labels().entrySet()) {
            if (label.getValue().length() > MenuItem.LABEL) {
                throw new EditRefused("label_" + label.getKey().code(), "menus.error.labelLong");
            }
        }
        if (input.parentId() == null) {
            return null;
        }
        MenuItem parent = session.get(MenuItem.class, input.parentId());
        boolean selfHasChildren = self != null && session.createQuery("select count(m) from MenuItem m"
                + " where m.parentId = :id", Long.class).setParameter("id", self.id()).getSingleResult() > 0;
        if (parent == null || parent.menu() != menu || parent.parentId() != null || parent == self || selfHasChildren) {
            throw new EditRefused("parent", "menus.error.parent");
        }
        return parent.id();
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.length() > MenuItem.URL || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return false;
        }
        try {
            URI parsed = new URI(url);
            return parsed.getHost() != null && !parsed.getHost().isEmpty();
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private static MenuEntry entry(Session session, MenuItem item, PageTree pages, Language language,
            List<MenuItem> siblings) {
        Optional<PageTree.Node> page = item.target() == MenuTarget.PAGE ? pages.node(item.targetId()) : Optional.empty();
        Optional<Category> category = item.target() == MenuTarget.CATEGORY
                ? Optional.ofNullable(session.get(Category.class, item.targetId())) : Optional.empty();
        String leadsTo = switch (item.target()) {
            case PAGE -> page.map(p -> p.title(language)).orElse("");
            case CATEGORY -> category.map(c -> c.nameIn(language)).orElse("");
            case LINK -> item.url();
        };
        Map<Language, String> shown = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String named = item.shownAs(l, page.map(p -> p.titles().get(l))
                    .orElseGet(() -> category.flatMap(c -> c.translation(l)).map(CategoryTranslation::name).orElse(null)));
            if (named != null) {
                shown.put(l, named);
            }
        }
        return new MenuEntry(item.id(), item.menu(), item.parentId(), item.target(), item.targetId(), item.url(),
                item.labels(), shown, leadsTo, item.version(), siblings.indexOf(item) == 0,
                siblings.indexOf(item) == siblings.size() - 1);
    }
}
