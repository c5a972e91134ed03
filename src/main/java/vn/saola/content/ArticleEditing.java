package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * What editors do to articles: write and translate them, publish, schedule, unpublish and
 * delete (their list is {@link ArticleListing}). Bodies are sanitised here, on the way in, whoever
 * calls. Changes go through {@link ContentChanges}'s transaction, so pages, search and caches
 * follow them.
 */
@ApplicationScoped
public class ArticleEditing {

    private static final Logger LOG = Logger.getLogger(ArticleEditing.class.getName());

    @Inject
    ContentChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    Database database;

    @Inject
    Approvals approvals;

    public Optional<ArticleDraft> draft(long id) {
        Instant now = changes.now();
        return database.read(session -> Optional.ofNullable(session.get(Article.class, id)).filter(a -> !a.isTrashed())
                .map(a -> draft(a, a.isPage() ? PageTree.load(session) : null, now)));
    }

    static ArticleDraft draft(Article article, PageTree pages, Instant now) {
        Map<Language, ArticleDraft.Translation> translations = new EnumMap<>(Language.class);
        for (ArticleTranslation t : article.translations()) {
            translations.put(t.language(), new ArticleDraft.Translation(t.language(), t.title(), t.slug(),
                    t.summary(), t.bodyHtml(), t.revision(), t.version(), t.sourceLanguage(), t.sourceRevision(),
                    TranslationState.of(Optional.of(t)), t.updatedAt(), t.updatedBy(),
                    article.kind().path(t.language(), t.slug(), () -> pages.path(article.id(), t.language()).orElseThrow()),
                    t.imageAlt(), t.publication(now), t.publishedAt(), ArticleDraft.Review.of(t)));
        }
        return new ArticleDraft(article.id(), article.importId() != null ? article.importId() : String.valueOf(article.id()),
                article.kind(), article.kind().hasCategory() ? article.category().id() : null,
                article.parent() == null ? null : article.parent().id(), article.author(),
                article.editorialStatus(now), article.publishedAt(), article.featuredImage(), article.featured(),
                article.pinnedUntil(), translations);
    }

    /** A new draft article or page with its first translation; returns its id. */
    public long create(ArticleKind kind, Language language, ArticleInput shared, TranslationInput words, String by) {
        return changes.inTransaction(session -> {
            Instant now = changes.now();
            Article article = switch (kind) {
                case PAGE -> Article.page(blankToNull(shared.author()), now);
                case DOCUMENT -> Article.document(blankToNull(shared.author()), now);
                case ARTICLE -> new Article(CategoryEditing.category(session, shared.categoryId()),
                        blankToNull(shared.author()), ArticleStatus.DRAFT, null, now);
            };
            session.persist(article);
            arrange(session, article, shared, now);
            String body = ArticleBody.toSafeHtml(words.bodyHtml());
            ArticleTranslation translation = article.addTranslation(language, words.title().strip(),
                    slug(session, article, language, words, null), summary(words.summary(), body), body, now);
            translation.setUpdatedBy(by);
            session.persist(translation);
            LOG.info(() -> kind + " " + article.id() + " created in " + language.code() + " by " + by);
            return article.id();
        });
    }

    /** A page's place under its parent, news's place on the home page; a document has neither. */
    private static void arrange(Session session, Article article, ArticleInput shared, Instant now) {
        switch (article.kind()) {
            case PAGE -> place(session, article, shared.parentId(), now);
            case ARTICLE -> article.arrangeOnHome(shared.featured(), shared.pinnedUntil(), now);
            case DOCUMENT -> { }
        }
    }

    /**
     * Puts a page (persisted: it has an id) under {@code parentId} (null: at the top), refused where the parent is not a
     * page, is the page itself or one of its own, or would nest pages deeper than {@link PageTree#MAX_DEPTH}.
     */
    private static void place(Session session, Article page, Long parentId, Instant now) {
        Long current = page.parent() == null ? null : page.parent().id();
        if (java.util.Objects.equals(current, parentId)) {
            return;
        }
        if (parentId == null) {
            page.moveUnder(null, now);
            return;
        }
        Article parent = session.get(Article.class, parentId);
        if (parent == null || !parent.isPage()) {
            throw new EditRefused("parent", "editor.error.parent");
        }
        if (!PageTree.load(session).canMove(page.id(), parentId)) {
            throw new EditRefused("parent", "editor.error.parentLoop");
        }
        page.moveUnder(parent, now);
    }

    /**
     * Saves one language of an article (creating that translation if it is new) and what the
     * translations share. {@code expectedVersion} is the version the editor's form was made
     * from; if the stored one is newer, nothing is saved ({@link EditConflict}).
     * {@code source}, when given, is the translation these words render and the revision of it
     * the editor saw.
     */
    public void save(long id, Language language, long expectedVersion, ArticleInput shared, TranslationInput words,
            Language source, Integer sourceRevision, String by) {
        save(id, language, expectedVersion, shared, words, source, sourceRevision, by, true);
    }

    /**
     * As {@link #save(long, Language, long, ArticleInput, TranslationInput, Language, Integer, String)};
     * by someone who may not publish ({@code mayPublish} false), the words of a published translation
     * are not changed: they wait beside it, as an edit for an editor to approve.
     */
    public void save(long id, Language language, long expectedVersion, ArticleInput shared, TranslationInput words,
            Language source, Integer sourceRevision, String by, boolean mayPublish) {
        EditConflict.whenStale(() -> changes.inTransaction(session -> {
            Instant now = changes.now();
            Article article = article(session, id);
            // What the languages share is public as soon as it is saved: a contributor changes it only on a draft.
            if (mayPublish || article.status() == ArticleStatus.DRAFT) {
                article.update(article.kind().hasCategory() ? CategoryEditing.category(session, shared.categoryId()) : null,
                        blankToNull(shared.author()), article.publishedAt(), now);
                arrange(session, article, shared, now);
            }
            String body = ArticleBody.toSafeHtml(words.bodyHtml());
            Optional<ArticleTranslation> existing = article.translation(language);
            ArticleTranslation translation;
            if (existing.isPresent()) {
                translation = existing.get();
                if (translation.version() != expectedVersion) {
                    throw new EditConflict(translation.hasPendingEdit() ? translation.pendingBy() : translation.updatedBy());
                }
                if (!mayPublish && translation.status() == TranslationStatus.PUBLISHED) {
                    translation.keepPending(words.title().strip(), summary(words.summary(), body), body, by, now);
                    return null;
                }
                Revisions.save(session, translation, words.title().strip(), slug(session, article, language, words, translation),
                        summary(words.summary(), body), body, by, now);
            } else {
                translation = article.addTranslation(language, words.title().strip(),
                        slug(session, article, language, words, null), summary(words.summary(), body), body, now);
                translation.setUpdatedBy(by);
                session.persist(translation);
            }
            if (source != null && sourceRevision != null && source != language) {
                translation.translatedFrom(source, sourceRevision);
            }
            return null;
        }));
        LOG.info(() -> "Article " + id + " (" + language.code() + ") saved by " + by);
    }

    /**
     * One language published from now on (the other keeps its status); published before and taken
     * down, it keeps its first publication time. What awaited approval is approved with it.
     */
    public void publishNow(long id, Language language, String by) {
        approvals.publish(id, language, null, by, false);
    }

    /** One language published automatically at {@code at}: its public page and search show it from that moment. */
    public void schedule(long id, Language language, Instant at, String by) {
        approvals.publish(id, language, at, by, false);
    }

    /** One language off the public site (and out of search); the other keeps its status. */
    public void unpublish(long id, Language language, String by) {
        changes.inTransaction(session -> {
            Article article = article(session, id);
            article.unpublish(translation(article, language), changes.now());
            audit.record(session, AuditRecord.article(by, AuditAction.UNPUBLISH, id, article.anyTitle()).withDetails(language.code()));
            return null;
        });
    }

    static ArticleTranslation translation(Article article, Language language) {
        return article.translation(language).orElseThrow(() -> new EditRefused("article", "editor.error.gone"));
    }

    /**
     * Moves the article, page or document to the trash ({@link Trash}): gone from the public site and
     * search at once, its addresses answering 410, restorable with its revisions and addresses until
     * it is purged. A page with pages under it stays: they would lose their address.
     */
    public void delete(long id, String by) {
        changes.inTransaction(session -> {
            Article article = article(session, id);
            refuseIfParent(session, article);
            audit.record(session, AuditRecord.article(by, AuditAction.DELETE, id, article.anyTitle()));
            article.trash(by, changes.now());
            return null;
        });
        LOG.info(() -> "Article " + id + " moved to the trash by " + by);
    }

    /** The featured image's text alternative in {@code language} (empty: decoration); at most {@link ArticleConstraints#IMAGE_ALT} characters. */
    public void setImageAlt(long id, Language language, String alt) {
        if (alt != null && alt.strip().length() > ArticleConstraints.IMAGE_ALT) {
            throw new EditRefused("alt", "editor.error.imageAltLength");
        }
        changes.inTransaction(session -> {
            article(session, id).translation(language)
                    .orElseThrow(() -> new EditRefused("article", "editor.error.gone")).setImageAlt(alt);
            return null;
        });
    }

    public void setFeaturedImage(long id, String path) {
        changes.inTransaction(session -> {
            article(session, id).setFeaturedImage(path, changes.now());
            return null;
        });
    }

    /** One translation as the public would see it, whatever the article's status: for previews. */
    public Optional<ArticleView> preview(long id, Language language) {
        return database.read(session -> Optional.ofNullable(session.get(Article.class, id))
                .flatMap(a -> a.translation(language)).map(t -> ContentViews.view(t, Map.of(), changes.now())));
    }

    /** A page with pages under it is not deleted: they would lose their address and their place. */
    static void refuseIfParent(Session session, Article article) {
        if (article.isPage() && session.createQuery("select count(a) from Article a where a.parent = :page"
                        + ArticleListing.NOT_TRASHED, Long.class)
                .setParameter("page", article).getSingleResult() > 0) {
            throw new EditRefused("parent", "editor.error.pageHasChildren");
        }
    }

    /** Every page, for the editors' list of pages and the choice of a parent. */
    public PageTree pages() {
        return database.read(PageTree::load);
    }

    /** One translation of a page as the public would see it, whatever its status: for previews. */
    public Optional<PageView> previewPage(long id, Language language) {
        Instant now = changes.now();
        return database.read(session -> Optional.ofNullable(session.get(Article.class, id)).filter(Article::isPage)
                .flatMap(a -> a.translation(language)).map(t -> ContentViews.page(t, PageTree.load(session), now, Map.of())));
    }

    /** One translation of a document as the public would see it, whatever its status: for previews. */
    public Optional<DocumentView> previewDocument(long id, Language language) {
        return database.read(session -> Optional.ofNullable(session.get(Article.class, id)).filter(Article::isDocument)
                .flatMap(a -> a.translation(language)).map(t -> PublicDocuments.view(t, Map.of(), changes.now())));
    }

    /** Proposes a slug for a title that no other translation in the language has (nor a reserved word, for a page). */
    public String proposeSlug(Language language, String title, Long exceptArticleId, boolean page) {
        return database.read(session -> Slugs.unique(Slugs.fromTitle(title),
                candidate -> (page && Language.isReserved(candidate))
                        || slugTaken(session, language, candidate, exceptArticleId)));
    }

    static Article article(Session session, long id) {
        Article article = session.get(Article.class, id);
        if (article == null || article.isTrashed()) {
            throw new EditRefused("article", "editor.error.gone");
        }
        return article;
    }

    /**
     * The slug asked for (it must be free, and a page's must not be a reserved segment such as
     * {@code bai-viet}), else the current one, else one made from the title.
     */
    private static String slug(Session session, Article article, Language language, TranslationInput words,
            ArticleTranslation current) {
        Long articleId = current == null ? null : current.article().id();
        if (words.slug() != null && !words.slug().isBlank()) {
            String wanted = words.slug().strip();
            if (article.isPage() && Language.isReserved(wanted)) {
                throw new EditRefused("slug", "editor.error.slugReserved");
            }
            if (slugTaken(session, language, wanted, articleId)) {
                throw new EditRefused("slug", "editor.error.slugTaken");
            }
            return wanted;
        }
        if (current != null) {
            return current.slug();
        }
        return Slugs.unique(Slugs.fromTitle(words.title()), candidate -> (article.isPage() && Language.isReserved(candidate))
                || slugTaken(session, language, candidate, null));
    }

    private static boolean slugTaken(Session session, Language language, String slug, Long exceptArticleId) {
        return session.createQuery("select count(t) from ArticleTranslation t where t.language = :lang"
                        + " and t.slug = :slug and t.article.id <> :except", Long.class)
                .setParameter("lang", language).setParameter("slug", slug)
                // -1 rather than a null parameter, which PostgreSQL cannot type in "is null"
                .setParameter("except", exceptArticleId == null ? -1L : exceptArticleId).getSingleResult() > 0;
    }

    private static String summary(String given, String bodyHtml) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return ArticleBody.summarise(ArticleBody.plainText(bodyHtml), ArticleBody.SUMMARY_LENGTH);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
