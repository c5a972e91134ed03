package vn.saola.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.SiteSettings;
import vn.saola.platform.StampedCache;
import vn.saola.search.SearchEngine;

/**
 * The one way other features read or change content. Reads return view records shaped for pages
 * (never entities), and see only published articles whose publication time has come.
 *
 * <p>Reads are cached: a page view would otherwise cost four database round trips for content
 * that changes a few times a day. Every change made through this service empties the cache, and
 * entries expire after {@code saola.content.cache-seconds} so that an article whose publication
 * time arrives appears without a change. A change made through another node empties it too
 * ({@link ChangesAcrossNodes}).
 */
@ApplicationScoped
public class ContentService {

    private static final Logger LOG = Logger.getLogger(ContentService.class.getName());
    static final int SUMMARY_LENGTH = 240;

    private static final String CARD_SELECT = """
            select a.id, t.title, t.slug, a.publishedAt, t.summary, ct.name, ct.slug
            from ArticleTranslation t join t.article a
              left join CategoryTranslation ct on ct.category = a.category and ct.language = t.language
            """;
    private static final String VISIBLE = " t.language = :lang and a.status = :published and a.publishedAt <= :now ";

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    @Inject
    SearchEngine searchEngine;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    Clock clock = Clock.systemUTC();

    private StampedCache<List<Object>, Object> reads;

    @PostConstruct
    void createCache() {
        reads = new StampedCache<>(Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
    }

    /** Another node changed content: what this one read before is no longer true. */
    void forgetReads(@Observes ContentChanged change) {
        if (!change.madeHere()) {
            forgetReads();
        }
    }

    private void forgetReads() {
        reads.forgetAll();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> read) {
        return (T) reads.get(key, read::get);
    }

    public PageOf<ArticleCard> newest(Language language, int page, int size) {
        return cached(List.of("newest", language, page, size), () -> database.read(session -> {
            long total = session.createQuery("select count(t) from ArticleTranslation t join t.article a where"
                    + VISIBLE, Long.class).setParameter("lang", language)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .getSingleResult();
            List<ArticleCard> cards = cards(session, language, CARD_SELECT + " where" + VISIBLE
                    + " order by a.publishedAt desc, a.id desc", null, (page - 1) * size, size);
            return new PageOf<>(cards, page, size, total);
        }));
    }

    public PageOf<ArticleCard> inCategory(Language language, long categoryId, int page, int size) {
        return cached(List.of("inCategory", language, categoryId, page, size), () -> database.read(session -> {
            long total = session.createQuery("select count(t) from ArticleTranslation t join t.article a where"
                    + VISIBLE + " and a.category.id = :category", Long.class).setParameter("lang", language)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .setParameter("category", categoryId).getSingleResult();
            List<ArticleCard> cards = cards(session, language, CARD_SELECT + " where" + VISIBLE
                    + " and a.category.id = :category order by a.publishedAt desc, a.id desc",
                    Map.of("category", categoryId), (page - 1) * size, size);
            return new PageOf<>(cards, page, size, total);
        }));
    }

    /** Other articles of the same category in the same language, newest first. */
    public List<ArticleCard> sameCategory(Language language, long categoryId, long exceptArticleId, int limit) {
        return cached(List.of("sameCategory", language, categoryId, exceptArticleId, limit),
                () -> database.read(session -> cards(session, language, CARD_SELECT + " where" + VISIBLE
                        + " and a.category.id = :category and a.id <> :except order by a.publishedAt desc, a.id desc",
                        Map.of("category", categoryId, "except", exceptArticleId), 0, limit)));
    }

    public Optional<ArticleView> publishedArticle(Language language, String slug) {
        return cached(List.of("article", language, slug), () -> database.read(session -> session.createQuery("select t from ArticleTranslation t join fetch t.article a"
                        + " join fetch a.category where t.slug = :slug and" + VISIBLE, ArticleTranslation.class)
                .setParameter("slug", slug).setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                .uniqueResultOptional()
                .map(ContentService::view)));
    }

    /**
     * Where a published article's old address leads now that its slug changed: the current
     * address of the same translation, if the article is still visible.
     */
    public Optional<String> movedTo(Language language, String oldSlug) {
        return cached(List.of("moved", language, oldSlug), () -> database.read(session -> {
            SlugRedirect redirect = session.find(SlugRedirect.class, new SlugRedirect.Key(language.code(), oldSlug));
            if (redirect == null) {
                return Optional.<String>empty();
            }
            return session.createQuery("select t.slug from ArticleTranslation t join t.article a"
                            + " where a.id = :id and" + VISIBLE, String.class)
                    .setParameter("id", redirect.articleId()).setParameter("lang", language)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .uniqueResultOptional().map(language::articlePath);
        }));
    }

    public List<CategoryLink> categories(Language language) {
        return cached(List.of("categories", language), () -> database.read(session -> session.createQuery("select ct from CategoryTranslation ct"
                        + " join fetch ct.category c where ct.language = :lang order by c.sortOrder, c.id",
                        CategoryTranslation.class)
                .setParameter("lang", language).getResultList().stream()
                .map(ct -> link(ct.category(), language))
                .toList()));
    }

    public Optional<CategoryLink> category(Language language, String slug) {
        return cached(List.of("category", language, slug), () -> database.read(session -> session.createQuery("select ct from CategoryTranslation ct"
                        + " join fetch ct.category where ct.language = :lang and ct.slug = :slug",
                        CategoryTranslation.class)
                .setParameter("lang", language).setParameter("slug", slug).uniqueResultOptional()
                .map(ct -> link(ct.category(), language))));
    }

    /** The years in which visible articles were published, newest first (for filters). */
    public List<Integer> publicationYears() {
        return cached(List.of("years"), () -> database.read(session -> {
            Object[] range = session.createQuery("select min(a.publishedAt), max(a.publishedAt) from Article a"
                    + " where a.status = :published and a.publishedAt <= :now", Object[].class)
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
     * Every article the public can see now, with the address of each of its translations (for
     * the sitemap), in the order they were created.
     */
    public List<PublishedArticle> publishedAddresses() {
        return database.read(session -> {
            Map<Long, PublishedArticle> articles = new java.util.LinkedHashMap<>();
            session.createQuery("select a.id, t.language, t.slug, t.updatedAt from ArticleTranslation t join t.article a"
                            + " where a.status = :published and a.publishedAt <= :now order by a.id", Object[].class)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now())
                    .getResultList().forEach(row -> {
                        Language language = (Language) row[1];
                        PublishedArticle article = articles.computeIfAbsent((Long) row[0], id -> new PublishedArticle(id,
                                new EnumMap<>(Language.class), new EnumMap<>(Language.class)));
                        article.paths().put(language, language.articlePath((String) row[2]));
                        article.updated().put(language, (Instant) row[3]);
                    });
            return List.copyOf(articles.values());
        });
    }

    /** Every category, with its address in each language it is named in (for the sitemap). */
    public List<CategoryLink> allCategories() {
        return cached(List.of("allCategories"), () -> database.read(session -> session
                .createQuery("from Category c order by c.sortOrder, c.id", Category.class).getResultList().stream()
                .map(c -> link(c, Language.primary())).toList()));
    }

    /** The article's own id, from its public id (the import id, else the own id written out). */
    public Optional<Long> articleId(String publicId) {
        return database.read(session -> find(session, publicId).map(Article::id));
    }

    /**
     * What the statistics call each article: its title per language and the path of its page,
     * for the articles that still exist.
     */
    public Map<Long, ArticleLabel> labels(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return database.read(session -> {
            Map<Long, ArticleLabel> labels = new HashMap<>();
            session.createQuery("select t from ArticleTranslation t join fetch t.article a where a.id in :ids",
                    ArticleTranslation.class).setParameter("ids", articleIds).getResultList().forEach(t -> labels
                            .computeIfAbsent(t.article().id(), id -> new ArticleLabel(id, t.article().importId(),
                                    new EnumMap<>(Language.class), new EnumMap<>(Language.class)))
                            .add(t.language(), t.title(), t.language().articlePath(t.slug())));
            return labels;
        });
    }

    /** How many translations the public can see or will see (scheduled ones included): what search indexes. */
    public long publishedTranslationCount() {
        return database.read(session -> session.createQuery("select count(t) from ArticleTranslation t"
                + " join t.article a where a.status = :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult());
    }

    public long articleCount() {
        return database.read(session -> session.createQuery("select count(a) from Article a", Long.class)
                .getSingleResult());
    }

    /**
     * Saves imported translations in one transaction: each creates or updates one language of the
     * article known by its import id; the category is found by its name in that language (or named
     * now), the slug made from the title.
     *
     * @return for each translation, whether it was created (true) or an existing one rewritten
     */
    public List<Boolean> importBatch(List<ImportedTranslation> translations) {
        return inTransaction(session -> {
            if (!searchEngine.isShared()) {
                // An import writes many documents: let the index commit them in the background,
                // at its own pace, instead of waiting for an index commit per batch.
                // Searches see the batch when those writes are done, so that is when the others are told.
                // (A shared index is always written in the background, from the outbox.)
                Search.session(session).indexingPlanSynchronizationStrategy(new IndexedInBackground(this::announceChange));
            }
            ImportBatch batch = new ImportBatch(session, now());
            List<Boolean> created = new ArrayList<>(translations.size());
            for (ImportedTranslation translation : translations) {
                created.add(batch.save(translation));
            }
            return created;
        });
    }

    /**
     * Publishes or unpublishes the article known by {@code publicId} (its import id, else its own id).
     *
     * @return false when there is no such article
     */
    public boolean setStatus(String publicId, ArticleStatus status) {
        return inTransaction(session -> find(session, publicId).map(article -> {
            if (status == ArticleStatus.PUBLISHED) {
                article.publish(now());
            } else {
                article.unpublish();
            }
            return true;
        }).orElse(false));
    }

    /** Deletes the article known by {@code publicId} with all its translations; false when there is none. */
    public boolean delete(String publicId) {
        return inTransaction(session -> find(session, publicId).map(article -> {
            session.remove(article);
            LOG.info(() -> "Article " + publicId + " deleted");
            return true;
        }).orElse(false));
    }

    private static Optional<Article> find(Session session, String publicId) {
        Optional<Article> imported = session.createQuery("from Article a where a.importId = :id", Article.class)
                .setParameter("id", publicId).uniqueResultOptional();
        if (imported.isPresent() || !publicId.matches("[0-9]{1,18}")) {
            return imported;
        }
        return Optional.ofNullable(session.get(Article.class, Long.parseLong(publicId)));
    }

    /**
     * Every change to content goes through here: one transaction, then the read cache emptied and
     * the other features told. Package-private, so no other feature gets a session onto content's tables.
     */
    <T> T inTransaction(Function<Session, T> work) {
        try {
            return database.write(work);
        } finally {
            forgetReads();
            announceChange();
        }
    }

    private void announceChange() {
        changes.fire(ContentChanged.here());
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
                (String) row[4], (String) row[5], row[6] == null ? null : language.categoryPath((String) row[6])))
                .toList();
    }

    static ArticleView view(ArticleTranslation t) {
        Article a = t.article();
        Map<Language, String> urls = new EnumMap<>(Language.class);
        a.translations().forEach(other -> urls.put(other.language(), other.language().articlePath(other.slug())));
        return new ArticleView(a.id(), a.importId(), t.language(), t.title(), t.summary(), t.bodyHtml(),
                a.author(), a.publishedAt(), t.updatedAt(), link(a.category(), t.language()),
                Collections.unmodifiableMap(urls), a.featuredImage());
    }

    private static CategoryLink link(Category category, Language language) {
        Map<Language, String> urls = new EnumMap<>(Language.class);
        category.translations().forEach(ct -> urls.put(ct.language(), ct.language().categoryPath(ct.slug())));
        String name = category.translation(language).or(() -> category.translation(language.other()))
                .map(CategoryTranslation::name).orElse("");
        String slug = category.translation(language).map(CategoryTranslation::slug).orElse(null);
        return new CategoryLink(category.id(), name, slug, urls.get(language), Collections.unmodifiableMap(urls));
    }

    Instant now() {
        return clock.instant();
    }
}
