package vn.saola.content;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * What other features ask about articles (and pages) beyond the public pages: which article a public id
 * names, what the statistics call an article, how many there are. Read from the database each
 * time (these answers are for tools and administrators, not for every page view).
 */
@ApplicationScoped
public class ArticleDirectory {

    @Inject
    Database database;

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
            PageTree pages = PageTree.load(session);
            session.createQuery("select t from ArticleTranslation t join fetch t.article a where a.id in :ids",
                    ArticleTranslation.class).setParameter("ids", articleIds).getResultList().forEach(t -> labels
                            .computeIfAbsent(t.article().id(), id -> new ArticleLabel(id, t.article().importId(),
                                    new EnumMap<>(Language.class), new EnumMap<>(Language.class)))
                            .add(t.language(), t.title(), t.article().kind().path(t.language(), t.slug(),
                                    () -> pages.path(t.article().id(), t.language()).orElseThrow())));
            return labels;
        });
    }

    /** How many translations the public can see or will see (scheduled ones included): what search indexes. */
    public long publishedTranslationCount() {
        return database.read(session -> session.createQuery("select count(t) from ArticleTranslation t"
                + " join t.article a where a.status = :published and t.status = vn.saola.content.TranslationStatus.PUBLISHED", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult());
    }

    public long articleCount() {
        return database.read(session -> session.createQuery("select count(a) from Article a"
                + " where a.kind = vn.saola.content.ArticleKind.ARTICLE", Long.class)
                .getSingleResult());
    }

    static Optional<Article> find(Session session, String publicId) {
        Optional<Article> imported = session.createQuery("from Article a where a.importId = :id", Article.class)
                .setParameter("id", publicId).uniqueResultOptional();
        if (imported.isPresent() || !publicId.matches("[0-9]{1,18}")) {
            return imported;
        }
        return Optional.ofNullable(session.get(Article.class, Long.parseLong(publicId)));
    }
}
