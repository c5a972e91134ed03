package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

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
    Database database;

    public Optional<ArticleDraft> draft(long id) {
        Instant now = changes.now();
        return database.read(session -> Optional.ofNullable(session.get(Article.class, id)).map(a -> draft(a, now)));
    }

    static ArticleDraft draft(Article article, Instant now) {
        Map<Language, ArticleDraft.Translation> translations = new EnumMap<>(Language.class);
        for (ArticleTranslation t : article.translations()) {
            translations.put(t.language(), new ArticleDraft.Translation(t.language(), t.title(), t.slug(),
                    t.summary(), t.bodyHtml(), t.revision(), t.version(), t.sourceLanguage(), t.sourceRevision(),
                    TranslationState.of(Optional.of(t)), t.updatedAt(), t.updatedBy(),
                    t.language().articlePath(t.slug())));
        }
        return new ArticleDraft(article.id(), article.importId() != null ? article.importId() : String.valueOf(article.id()),
                article.category().id(), article.author(), article.editorialStatus(now), article.publishedAt(),
                article.featuredImage(), translations);
    }

    /** A new draft article with its first translation; returns its id. */
    public long create(Language language, ArticleInput shared, TranslationInput words, String by) {
        return changes.inTransaction(session -> {
            Instant now = changes.now();
            Article article = new Article(CategoryEditing.category(session, shared.categoryId()), blankToNull(shared.author()),
                    ArticleStatus.DRAFT, null, now);
            session.persist(article);
            String body = ArticleBody.toSafeHtml(words.bodyHtml());
            ArticleTranslation translation = article.addTranslation(language, words.title().strip(),
                    slug(session, language, words, null), summary(words.summary(), body), body, now);
            translation.setUpdatedBy(by);
            session.persist(translation);
            LOG.info(() -> "Article " + article.id() + " created in " + language.code() + " by " + by);
            return article.id();
        });
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
        EditConflict.whenStale(() -> changes.inTransaction(session -> {
            Instant now = changes.now();
            Article article = article(session, id);
            article.update(CategoryEditing.category(session, shared.categoryId()), blankToNull(shared.author()),
                    article.publishedAt(), now);
            String body = ArticleBody.toSafeHtml(words.bodyHtml());
            Optional<ArticleTranslation> existing = article.translation(language);
            ArticleTranslation translation;
            if (existing.isPresent()) {
                translation = existing.get();
                if (translation.version() != expectedVersion) {
                    throw new EditConflict(translation.updatedBy());
                }
                Revisions.save(session, translation, words.title().strip(), slug(session, language, words, translation),
                        summary(words.summary(), body), body, by, now);
            } else {
                translation = article.addTranslation(language, words.title().strip(),
                        slug(session, language, words, null), summary(words.summary(), body), body, now);
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

    /** Published from now on; an article published before and taken down keeps its first publication time. */
    public void publishNow(long id) {
        changes.inTransaction(session -> {
            article(session, id).publishNow(changes.now());
            return null;
        });
    }

    /** Published automatically at {@code at}: the public pages and search show it from that moment. */
    public void schedule(long id, Instant at) {
        changes.inTransaction(session -> {
            article(session, id).publishAt(at, changes.now());
            return null;
        });
    }

    public void unpublish(long id) {
        changes.inTransaction(session -> {
            article(session, id).unpublish(changes.now());
            return null;
        });
    }

    /** Deletes the article, its translations, revisions and old addresses; its view counts stay. */
    public void delete(long id, String by) {
        changes.inTransaction(session -> {
            session.remove(article(session, id));
            return null;
        });
        LOG.info(() -> "Article " + id + " deleted by " + by);
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
                .flatMap(a -> a.translation(language)).map(ContentViews::view));
    }

    /** Proposes a slug for a title that no other translation in the language has. */
    public String proposeSlug(Language language, String title, Long exceptArticleId) {
        return database.read(session -> Slugs.unique(Slugs.fromTitle(title),
                candidate -> slugTaken(session, language, candidate, exceptArticleId)));
    }

    static Article article(Session session, long id) {
        Article article = session.get(Article.class, id);
        if (article == null) {
            throw new EditRefused("article", "editor.error.gone");
        }
        return article;
    }

    /** The slug asked for (it must be free), else the current one, else one made from the title. */
    private static String slug(Session session, Language language, TranslationInput words, ArticleTranslation current) {
        Long articleId = current == null ? null : current.article().id();
        if (words.slug() != null && !words.slug().isBlank()) {
            String wanted = words.slug().strip();
            if (slugTaken(session, language, wanted, articleId)) {
                throw new EditRefused("slug", "editor.error.slugTaken");
            }
            return wanted;
        }
        if (current != null) {
            return current.slug();
        }
        return Slugs.unique(Slugs.fromTitle(words.title()), candidate -> slugTaken(session, language, candidate, null));
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
