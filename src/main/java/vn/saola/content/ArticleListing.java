package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/** The editors' lists of articles (filtered, page by page) and of pages (as a tree), with each language's state. */
@ApplicationScoped
public class ArticleListing {

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    /** What the editors' lists leave out: the trash has its own page. */
    static final String NOT_TRASHED = " and a.status <> vn.saola.content.ArticleStatus.TRASHED";

    public PageOf<ArticleRow> articles(ArticleFilter filter, Language editorLanguage, int page, int size) {
        Instant now = changes.now();
        return database.read(session -> {
            StringBuilder where = new StringBuilder(" where a.kind = vn.saola.content.ArticleKind.ARTICLE" + NOT_TRASHED);
            Map<String, Object> parameters = new HashMap<>();
            narrow(filter, now, where, parameters);
            var count = session.createQuery("select count(a) from Article a" + where, Long.class);
            parameters.forEach(count::setParameter);
            long total = count.getSingleResult();
            var list = session.createQuery("select a from Article a join fetch a.category" + where
                    + " order by a.updatedAt desc, a.id desc", Article.class)
                    .setFirstResult((page - 1) * size).setMaxResults(size);
            parameters.forEach(list::setParameter);
            List<ArticleRow> rows = new ArrayList<>();
            for (Article article : list.getResultList()) {
                rows.add(row(article, editorLanguage, now));
            }
            return new PageOf<>(rows, page, size, total);
        });
    }

    /**
     * The register's documents, newest issued first (those whose entry is not filled yet before
     * all), narrowed as the articles' list is, with each one's number, type and date of issue.
     */
    public PageOf<DocumentRow> documents(ArticleFilter filter, Language editorLanguage, int page, int size) {
        Instant now = changes.now();
        return database.read(session -> {
            StringBuilder where = new StringBuilder(" where a.kind = vn.saola.content.ArticleKind.DOCUMENT" + NOT_TRASHED);
            Map<String, Object> parameters = new HashMap<>();
            narrow(filter, now, where, parameters);
            var count = session.createQuery("select count(a) from Article a" + where, Long.class);
            parameters.forEach(count::setParameter);
            long total = count.getSingleResult();
            var list = session.createQuery("select a from Article a left join a.register r" + where
                    + " order by case when r.issuedOn is null then 0 else 1 end, r.issuedOn desc, a.id desc", Article.class)
                    .setFirstResult((page - 1) * size).setMaxResults(size);
            parameters.forEach(list::setParameter);
            List<DocumentRow> rows = new ArrayList<>();
            for (Article document : list.getResultList()) {
                DocumentFacts facts = document.existingRecord().map(DocumentRecord::facts).orElse(null);
                rows.add(new DocumentRow(row(document, editorLanguage, now), facts == null ? "" : facts.number(),
                        facts == null ? "" : facts.type().name(editorLanguage), facts == null ? null : facts.issuedOn()));
            }
            return new PageOf<>(rows, page, size, total);
        });
    }

    /** Every page, each parent before the pages under it, with how deep it sits (1 for a top page). */
    public List<PageRow> pages(Language editorLanguage) {
        Instant now = changes.now();
        return database.read(session -> {
            PageTree tree = PageTree.load(session);
            Map<Long, Article> pages = new HashMap<>();
            session.createQuery("select distinct a from Article a left join fetch a.translations"
                    + " where a.kind = vn.saola.content.ArticleKind.PAGE" + NOT_TRASHED, Article.class)
                    .getResultList().forEach(page -> pages.put(page.id(), page));
            List<PageRow> rows = new ArrayList<>();
            for (PageTree.Node node : tree.inOrder()) {
                Article page = pages.get(node.id());
                if (page != null && !page.translations().isEmpty()) {
                    rows.add(new PageRow(tree.depth(node.id()), row(page, editorLanguage, now)));
                }
            }
            return rows;
        });
    }

    private static void narrow(ArticleFilter filter, Instant now, StringBuilder where, Map<String, Object> parameters) {
        if (filter.status() != null) {
            switch (filter.status()) {
                case DRAFT -> where.append(" and a.status = :draft");
                case SCHEDULED -> where.append(" and a.status = :published and a.publishedAt > :now");
                case PUBLISHED -> where.append(" and a.status = :published and a.publishedAt <= :now");
            }
            if (filter.status() == EditorialStatus.DRAFT) {
                parameters.put("draft", ArticleStatus.DRAFT);
            } else {
                parameters.put("published", ArticleStatus.PUBLISHED);
                parameters.put("now", now);
            }
        }
        if (filter.categoryId() != null) {
            where.append(" and a.category.id = :category");
            parameters.put("category", filter.categoryId());
        }
        if (filter.needs() != null) {
            where.append(" and (not exists (select 1 from ArticleTranslation t where t.article = a and t.language = :needs)"
                    + " or exists (select 1 from ArticleTranslation t, ArticleTranslation s where t.article = a"
                    + " and t.language = :needs and s.article = a and s.language = t.sourceLanguage"
                    + " and s.revision > t.sourceRevision))");
            parameters.put("needs", filter.needs());
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            // Uncorrelated, so the titles are scanned once (through their index), not once per article.
            where.append(" and a.id in (select t.article.id from ArticleTranslation t"
                    + " where lower(t.title) like :title escape '!')");
            String escaped = filter.title().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.put("title", "%" + escaped + "%");
        }
    }

    private static ArticleRow row(Article article, Language editorLanguage, Instant now) {
        ArticleTranslation shown = article.translation(editorLanguage)
                .or(() -> article.translation(editorLanguage.other())).orElseThrow();
        Map<Language, TranslationState> states = new EnumMap<>(Language.class);
        Map<Language, PublicationState> publications = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            states.put(language, TranslationState.of(article.translation(language)));
            article.translation(language).ifPresent(t -> publications.put(language, t.publication(now)));
        }
        return new ArticleRow(article.id(), shown.title(), shown.language(),
                article.kind().hasCategory() ? article.category().nameIn(editorLanguage) : null,
                article.editorialStatus(now), article.publishedAt(), article.author(), states, publications);
    }
}
