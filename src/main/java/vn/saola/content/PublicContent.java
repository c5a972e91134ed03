package vn.saola.content;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.SiteSettings;
import vn.saola.platform.StampedCache;

/**
 * The public read model: what the public pages, feeds and sitemap show. Reads return view
 * records shaped for pages (never entities), and see only published articles whose publication
 * time has come.
 *
 * <p>Reads are cached: a page view would otherwise cost four database round trips for content
 * that changes a few times a day. Every change ({@link ContentChanged}, from {@link ContentChanges}
 * here or from another node through {@link ChangesAcrossNodes}) empties the cache, and entries
 * expire after {@code saola.content.cache-seconds} so that an article whose publication time
 * arrives appears without a change.
 */
@ApplicationScoped
public class PublicContent {

    private static final String CARD_SELECT = """
            select a.id, t.title, t.slug, a.publishedAt, t.summary, ct.name, ct.slug, a.featuredImage
            from ArticleTranslation t join t.article a
              left join CategoryTranslation ct on ct.category = a.category and ct.language = t.language
            """;
    private static final String VISIBLE = " t.language = :lang and a.status = :published and a.publishedAt <= :now"
            + " and t.status = vn.saola.content.TranslationStatus.PUBLISHED and t.publishedAt <= :now ";
    /** Visible news: pages are never in the lists, the feeds or at an article's address. */
    private static final String NEWS = VISIBLE + " and a.kind = vn.saola.content.ArticleKind.ARTICLE ";

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    @Inject
    ContentChanges changes;

    @Inject
    PublicDocuments documents;

    private StampedCache<List<Object>, Object> reads;

    @PostConstruct
    void createCache() {
        reads = new StampedCache<>(Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
    }

    /** Content changed, here or on another node: what was read before is no longer true. */
    void forgetReads(@Observes ContentChanged change) {
        reads.forgetAll();
    }

    /**
     * The value kept for {@code key}, else {@code read}'s. {@code read} runs inside the cache's
     * compute for that key, so it must not ask this cache for another entry: two keys in one bin of
     * the map then fail with "Recursive update" (a page read inside a page's read did, now and then).
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> read) {
        return (T) reads.get(key, read::get);
    }

    public PageOf<ArticleCard> newest(Language language, int page, int size) {
        return cached(List.of("newest", language, page, size), () -> database.read(session -> {
            long total = session.createQuery("select count(t) from ArticleTranslation t join t.article a where"
                    + NEWS, Long.class).setParameter("lang", language)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .getSingleResult();
            List<ArticleCard> cards = cards(session, language, CARD_SELECT + " where" + NEWS
                    + " order by a.publishedAt desc, a.id desc", null, (page - 1) * size, size);
            return new PageOf<>(cards, page, size, total);
        }));
    }

    public PageOf<ArticleCard> inCategory(Language language, long categoryId, int page, int size) {
        return cached(List.of("inCategory", language, categoryId, page, size), () -> database.read(session -> {
            long total = session.createQuery("select count(t) from ArticleTranslation t join t.article a where"
                    + NEWS + " and a.category.id = :category", Long.class).setParameter("lang", language)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .setParameter("category", categoryId).getSingleResult();
            List<ArticleCard> cards = cards(session, language, CARD_SELECT + " where" + NEWS
                    + " and a.category.id = :category order by a.publishedAt desc, a.id desc",
                    Map.of("category", categoryId), (page - 1) * size, size);
            return new PageOf<>(cards, page, size, total);
        }));
    }

    /**
     * What editors chose for the top of the home page: pinned articles (until their time), then
     * featured ones, newest first — the first is the lead story, {@code SECONDARY} more follow — and
     * the newest of each category shown as a block, in the categories' order.
     */
    public HomeArrangement home(Language language) {
        return cached(List.of("home", language), () -> database.read(session -> {
            List<ArticleCard> top = cards(session, language, CARD_SELECT + " where" + NEWS
                    + " and (a.featured = true or a.pinnedUntil > :now)"
                    + " order by case when a.pinnedUntil > :now then 0 else 1 end, a.publishedAt desc, a.id desc",
                    null, 0, 1 + HomeArrangement.SECONDARY);
            List<HomeArrangement.Block> blocks = new ArrayList<>();
            session.createQuery("from Category c where c.onHome = true order by c.sortOrder, c.id", Category.class)
                    .getResultList().forEach(category -> {
                        List<ArticleCard> cards = cards(session, language, CARD_SELECT + " where" + NEWS
                                + " and a.category.id = :category order by a.publishedAt desc, a.id desc",
                                Map.of("category", category.id()), 0, HomeArrangement.BLOCK_SIZE);
                        if (!cards.isEmpty() && category.translation(language).isPresent()) {
                            blocks.add(new HomeArrangement.Block(ContentViews.link(category, language), cards));
                        }
                    });
            return new HomeArrangement(top.isEmpty() ? null : top.get(0), top.stream().skip(1).toList(), List.copyOf(blocks));
        }));
    }

    /**
     * Other articles of the same category in the same language, newest first. The category's newest
     * are read (and remembered) once for all its articles, one more than asked for in case the
     * article itself is among them: a query per article sorted a whole category again for every
     * article page of a large archive.
     */
    public List<ArticleCard> sameCategory(Language language, long categoryId, long exceptArticleId, int limit) {
        List<ArticleCard> newest = cached(List.of("newestInCategory", language, categoryId, limit + 1),
                () -> database.read(session -> cards(session, language, CARD_SELECT + " where" + NEWS
                        + " and a.category.id = :category order by a.publishedAt desc, a.id desc",
                        Map.of("category", categoryId), 0, limit + 1)));
        return newest.stream().filter(card -> card.articleId() != exceptArticleId).limit(limit).toList();
    }

    public Optional<ArticleView> publishedArticle(Language language, String slug) {
        Map<String, String> numbers = documents.numberAddresses(language); // another cache: may be read first
        return cached(List.of("article", language, slug), () -> database.read(session -> session.createQuery("select t from ArticleTranslation t join fetch t.article a"
                        + " join fetch a.category where t.slug = :slug and" + NEWS, ArticleTranslation.class)
                .setParameter("slug", slug).setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                .uniqueResultOptional()
                .map(t -> ContentViews.view(t, numbers, now()))));
    }

    /**
     * Whether {@code slug} (or an old slug) in {@code language} is an article, page or document now in
     * the trash: its address answers 410 Gone rather than 404, so links and search engines learn it
     * was removed.
     */
    public boolean inTrash(Language language, String slug) {
        return cached(List.of("trashed", language, slug), () -> database.read(session -> {
            SlugRedirect redirect = session.find(SlugRedirect.class, new SlugRedirect.Key(language.code(), slug));
            return session.createQuery("select count(t) from ArticleTranslation t join t.article a where t.language = :lang"
                            + " and (t.slug = :slug or a.id = :moved) and a.status = :trashed", Long.class)
                    .setParameter("lang", language).setParameter("slug", slug)
                    .setParameter("moved", redirect == null ? -1L : redirect.articleId())
                    .setParameter("trashed", ArticleStatus.TRASHED).getSingleResult() > 0;
        }));
    }

    /**
     * Where an address of the site Saola replaced leads now ({@link OldAddresses#key}): the current
     * address of the article's language it named, while that is public, or the file's.
     */
    public Optional<String> oldAddress(String key) {
        PageTree tree = pageTree(); // read before, not inside, another entry's read (see cached)
        return cached(List.of("old", key), () -> database.read(session -> {
            OldAddress old = session.find(OldAddress.class, key);
            if (old == null) {
                return Optional.<String>empty();
            }
            if (old.target() != null) {
                return Optional.of(old.target());
            }
            return addressNow(session, tree, old.articleId(), Language.fromCode(old.language()).orElse(Language.primary()));
        }));
    }

    /**
     * Where a published article's old address leads now that its slug changed: the current
     * address of the same translation, if the article is still visible.
     */
    public Optional<String> movedTo(Language language, String oldSlug) {
        PageTree tree = pageTree(); // read before, not inside, another entry's read (see cached)
        return cached(List.of("moved", language, oldSlug), () -> database.read(session -> {
            SlugRedirect redirect = session.find(SlugRedirect.class, new SlugRedirect.Key(language.code(), oldSlug));
            if (redirect == null) {
                return Optional.<String>empty();
            }
            return addressNow(session, tree, redirect.articleId(), language);
        }));
    }

    /** The address of the article's translation in {@code language}, while it is public. */
    private Optional<String> addressNow(Session session, PageTree tree, long articleId, Language language) {
        return session.createQuery("select t.slug, a.kind from ArticleTranslation t join t.article a"
                        + " where a.id = :id and" + VISIBLE, Object[].class)
                .setParameter("id", articleId).setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                .uniqueResultOptional().map(row -> ((ArticleKind) row[1]).path(language, (String) row[0],
                        () -> tree.path(articleId, language).orElseThrow()));
    }

    /** The published page whose own slug in {@code language} is {@code slug}, with its breadcrumbs and the pages under it. */
    public Optional<PageView> publishedPage(Language language, String slug) {
        PageTree tree = pageTree(); // read before, not inside, another entry's read (see cached)
        Map<String, String> numbers = documents.numberAddresses(language);
        return cached(List.of("page", language, slug), () -> database.read(session -> session.createQuery(
                        "select t from ArticleTranslation t join fetch t.article a where t.slug = :slug and" + VISIBLE
                                + " and a.kind = vn.saola.content.ArticleKind.PAGE", ArticleTranslation.class)
                .setParameter("slug", slug).setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                .uniqueResultOptional()
                .map(t -> ContentViews.page(t, tree, now(), numbers))));
    }

    /** Every page, whatever its status, with its parent and slugs: for addresses, breadcrumbs and the site map. */
    public PageTree pageTree() {
        return cached(List.of("pageTree"), () -> database.read(PageTree::load));
    }

    /** The pages the public can see in {@code language}, as a tree (for the site map). */
    public List<PageLink> pages(Language language) {
        return pageTree().visible(language, now());
    }

    public List<CategoryLink> categories(Language language) {
        return cached(List.of("categories", language), () -> database.read(session -> session.createQuery("select ct from CategoryTranslation ct"
                        + " join fetch ct.category c where ct.language = :lang order by c.sortOrder, c.id",
                        CategoryTranslation.class)
                .setParameter("lang", language).getResultList().stream()
                .map(ct -> ContentViews.link(ct.category(), language))
                .toList()));
    }

    public Optional<CategoryLink> category(Language language, String slug) {
        return cached(List.of("category", language, slug), () -> database.read(session -> session.createQuery("select ct from CategoryTranslation ct"
                        + " join fetch ct.category where ct.language = :lang and ct.slug = :slug",
                        CategoryTranslation.class)
                .setParameter("lang", language).setParameter("slug", slug).uniqueResultOptional()
                .map(ct -> ContentViews.link(ct.category(), language))));
    }

    /** The years in which visible articles were published, newest first (for filters). */
    public List<Integer> publicationYears() {
        return cached(List.of("years"), () -> database.read(session -> {
            Object[] range = session.createQuery("select min(a.publishedAt), max(a.publishedAt) from Article a"
                    + " where a.status = :published and a.publishedAt <= :now"
                    + " and a.kind = vn.saola.content.ArticleKind.ARTICLE", Object[].class)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now()).getSingleResult();
            if (range[0] == null) {
                return List.<Integer>of();
            }
            ZoneId zone = settings.zone();
            int first = ((Instant) range[0]).atZone(zone).getYear();
            int last = ((Instant) range[1]).atZone(zone).getYear();
            List<Integer> years = new ArrayList<>();
            for (int year = last; year >= first; year--) {
                years.add(year);
            }
            return List.copyOf(years);
        }));
    }

    /**
     * Every article and page the public can see now, with the address of each of its translations
     * (for the sitemap), in the order they were created.
     */
    public List<PublishedArticle> publishedAddresses() {
        PageTree pages = pageTree();
        return database.read(session -> {
            Map<Long, PublishedArticle> articles = new java.util.LinkedHashMap<>();
            session.createQuery("select a.id, t.language, t.slug, t.updatedAt, a.kind from ArticleTranslation t join t.article a"
                            + " where a.status = :published and t.status = vn.saola.content.TranslationStatus.PUBLISHED"
                            + " and t.publishedAt <= :now order by a.id", Object[].class)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .getResultList().forEach(row -> {
                        Language language = (Language) row[1];
                        long id = (Long) row[0];
                        PublishedArticle article = articles.computeIfAbsent(id, key -> new PublishedArticle(key,
                                new EnumMap<>(Language.class), new EnumMap<>(Language.class)));
                        article.paths().put(language, ((ArticleKind) row[4]).path(language, (String) row[2],
                                () -> pages.path(id, language).orElseThrow()));
                        article.updated().put(language, (Instant) row[3]);
                    });
            return List.copyOf(articles.values());
        });
    }

    /** Every category, with its address in each language it is named in (for the sitemap). */
    public List<CategoryLink> allCategories() {
        return cached(List.of("allCategories"), () -> database.read(session -> session
                .createQuery("from Category c order by c.sortOrder, c.id", Category.class).getResultList().stream()
                .map(c -> ContentViews.link(c, Language.primary())).toList()));
    }

    private List<ArticleCard> cards(Session session, Language language, String hql, Map<String, Object> extra,
            int offset, int limit) {
        var query = session.createQuery(hql, Object[].class)
                .setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", now())
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (extra != null) {
            extra.forEach(query::setParameter);
        }
        return query.getResultList().stream().map(row -> new ArticleCard(
                (Long) row[0], (String) row[1], language.articlePath((String) row[2]), (Instant) row[3],
                (String) row[4], (String) row[5], row[6] == null ? null : language.categoryPath((String) row[6]),
                (String) row[7]))
                .toList();
    }

    private Instant now() {
        return changes.now();
    }
}
