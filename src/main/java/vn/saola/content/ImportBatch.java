package vn.saola.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.i18n.NameRule;

/**
 * One transaction's worth of imported translations. The session flushes only at commit: with
 * Hibernate's default, every lookup below would first flush and dirty-check all the entities the
 * batch has created so far — quadratic, and the bulk of an import's time. So what the batch
 * creates is also remembered here (articles, categories, slugs) for the lookups that follow.
 */
final class ImportBatch {

    private static final Logger LOG = Logger.getLogger(ImportBatch.class.getName());

    private final Session session;
    private final Instant now;
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();
    private Integer lastPosition;

    ImportBatch(Session session, Instant now) {
        this.session = session;
        this.now = now;
        session.setHibernateFlushMode(FlushMode.COMMIT);
    }

    /** @return true when the translation is new, false when an existing one was rewritten */
    boolean save(ImportedTranslation line) {
        Article article = article(line.importId());
        if (article != null && article.kind() != line.kind()) {
            throw new EditRefused("type", "typeChanged");
        }
        boolean page = line.kind() == ArticleKind.PAGE;
        Category category = line.kind().hasCategory() ? categoryNamed(line.language(), line.category(), article) : null;
        Instant publishedAt = line.publishedAt() != null ? line.publishedAt()
                : article != null && article.publishedAt() != null ? article.publishedAt() : now;
        String author = line.author() != null ? line.author() : article != null ? article.author() : null;
        // Without a status, an imported line is published when it is new to a new or public article,
        // or rewrites a published translation; one taken down, or an article in the trash, stays as it is.
        Optional<ArticleTranslation> existing = article == null ? Optional.empty() : article.translation(line.language());
        boolean publish = article == null || existing.map(t -> t.status() == TranslationStatus.PUBLISHED)
                .orElse(article.status() == ArticleStatus.PUBLISHED);
        TranslationStatus status = line.status() != null ? line.status() : publish ? TranslationStatus.PUBLISHED : null;
        if (article == null) {
            article = switch (line.kind()) {
                case PAGE -> Article.page(author, now);
                case DOCUMENT -> Article.document(author, now);
                case ARTICLE -> new Article(category, author, ArticleStatus.DRAFT, publishedAt, now);
            };
            article.setImportId(line.importId());
            session.persist(article);
            articles.put(line.importId(), article);
        } else {
            article.update(category, author, publishedAt, now);
        }
        if (page) {
            placeUnder(article, line.parent());
        }
        String bodyHtml = ArticleBody.toSafeHtml(line.body());
        String summary = line.summary() != null ? line.summary()
                : ArticleBody.summarise(ArticleBody.plainText(bodyHtml), ArticleBody.SUMMARY_LENGTH);
        ArticleTranslation translation;
        if (existing.isPresent()) {
            translation = existing.get();
            Revisions.save(session, translation, line.title(), translation.slug(), summary, bodyHtml, null, now);
        } else {
            String slug = uniqueSlug(line.kind().word(), line.language(),
                    line.slug() != null ? line.slug() : Slugs.fromTitle(line.title()));
            translation = article.addTranslation(line.language(), line.title(), slug, summary, bodyHtml, now);
            session.persist(translation);
        }
        if (line.updatedAt() != null) {
            translation.lastChangedAt(line.updatedAt());
        }
        if (line.keywords() != null) {
            translation.setKeywords(line.keywords());
        }
        if (line.featuredImage() != null) {
            article.setFeaturedImage(line.featuredImage(), now);
            translation.setImageAlt(line.imageAlt());
        }
        if (status != null) {
            switch (status) {
                case PUBLISHED -> article.publishAt(translation, publishedAt, now);
                case UNPUBLISHED -> {
                    article.publishAt(translation, publishedAt, now);
                    article.unpublish(translation, now);
                }
                default -> article.toDraft(translation, now);
            }
        }
        return existing.isEmpty();
    }

    /**
     * Puts an imported page under the page imported as {@code parentId} (before it: in an earlier
     * line or import); without a parent the page stays where it is.
     */
    private void placeUnder(Article page, String parentId) {
        if (parentId == null) {
            return;
        }
        Article parent = article(parentId);
        if (parent == null || !parent.isPage()) {
            throw new EditRefused("parent", "parentUnknown");
        }
        if (page.parent() == parent) {
            return;
        }
        // The tree is read from the database: flush what this batch wrote so far, pages included.
        session.flush();
        if (!PageTree.load(session).canMove(page.id(), parent.id())) {
            throw new EditRefused("parent", "parentLoop");
        }
        page.moveUnder(parent, now);
    }

    private Article article(String importId) {
        Article known = articles.get(importId);
        if (known != null) {
            return known;
        }
        Article stored = session.createQuery("from Article a where a.importId = :id", Article.class)
                .setParameter("id", importId).uniqueResultOptional().orElse(null);
        if (stored != null) {
            articles.put(importId, stored);
        }
        return stored;
    }

    private Category categoryNamed(Language language, String name, Article article) {
        String key = language.code() + "|" + NameRule.key(name);
        Category known = categories.get(key);
        if (known != null) {
            return known;
        }
        // By the editors' rule (NameRule); where names from before that rule are now one name, the oldest category.
        Optional<Category> stored = session.createQuery("select ct.category from CategoryTranslation ct"
                        + " where ct.language = :lang and ct.nameKey = :key order by ct.category.id", Category.class)
                .setParameter("lang", language).setParameter("key", NameRule.key(name)).setMaxResults(1)
                .uniqueResultOptional();
        Category category;
        if (stored.isPresent()) {
            category = stored.get();
        } else if (article != null && article.category().translation(language).isEmpty()) {
            // The other language's line of this article came first: its category gets this language's name.
            category = article.category();
            name(category, language, name);
        } else {
            if (lastPosition == null) {
                Integer max = session.createQuery("select max(c.sortOrder) from Category c", Integer.class)
                        .getSingleResult();
                lastPosition = max == null ? -1 : max;
            }
            category = new Category(++lastPosition);
            session.persist(category);
            name(category, language, name);
            LOG.info(() -> "New category \"" + name + "\" (" + language.code() + ")");
        }
        categories.put(key, category);
        return category;
    }

    private void name(Category category, Language language, String name) {
        String slug = uniqueSlug("category", language, Slugs.fromTitle(name));
        session.persist(category.addTranslation(language, name, slug));
    }

    /** A slug free in the language; {@code kind} is article, page (which shares the articles' slugs) or category. */
    private String uniqueSlug(String kind, Language language, String base) {
        String entity = kind.equals("category") ? "CategoryTranslation" : "ArticleTranslation";
        String family = kind.equals("category") ? kind : "article";
        String slug = Slugs.unique(base, candidate -> slugs.contains(family + "|" + language.code() + "|" + candidate)
                || (kind.equals("page") && Language.isReserved(candidate))
                || session.createQuery("select count(t) from " + entity + " t where t.language = :lang"
                        + " and t.slug = :slug", Long.class)
                .setParameter("lang", language).setParameter("slug", candidate).getSingleResult() > 0);
        slugs.add(family + "|" + language.code() + "|" + slug);
        return slug;
    }
}
