package vn.saola.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * The whole content, out of the trash, as lines of the import format: pages first, each after the
 * page it sits under, then news, then the register's documents, each kind in the order it was
 * written, so that importing the lines into an empty Saola makes the same site. Read in slices of
 * {@link #SLICE} articles, each in its own read, so that memory stays bounded whatever the site's size.
 */
@ApplicationScoped
public class ContentExport {

    static final int SLICE = 100;

    @Inject
    Database database;

    /** Hands every line to {@code sink}, in import order. */
    public void each(Consumer<ExportedTranslation> sink) {
        List<Long> order = database.read(ContentExport::order);
        for (int from = 0; from < order.size(); from += SLICE) {
            List<Long> slice = order.subList(from, Math.min(order.size(), from + SLICE));
            List<ExportedTranslation> lines = database.read(session -> lines(session, slice));
            lines.forEach(sink);
        }
    }

    private static List<Long> order(Session session) {
        List<Long> ids = new ArrayList<>();
        PageTree.load(session).inOrder().forEach(page -> ids.add(page.id()));
        for (ArticleKind kind : List.of(ArticleKind.ARTICLE, ArticleKind.DOCUMENT)) {
            ids.addAll(session.createQuery("select a.id from Article a where a.kind = :kind" + ArticleListing.NOT_TRASHED
                    + " order by a.id", Long.class).setParameter("kind", kind).getResultList());
        }
        return ids;
    }

    private static List<ExportedTranslation> lines(Session session, List<Long> ids) {
        Map<Long, Article> articles = new java.util.HashMap<>();
        session.createQuery("from Article a left join fetch a.translations where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList().forEach(article -> articles.put(article.id(), article));
        List<ExportedTranslation> lines = new ArrayList<>();
        for (long id : ids) {
            Article article = articles.get(id);
            if (article == null) {
                continue; // purged meanwhile
            }
            for (Language language : Language.values()) {
                article.translation(language).ifPresent(t -> lines.add(line(article, t)));
            }
        }
        return lines;
    }

    private static ExportedTranslation line(Article article, ArticleTranslation t) {
        Language language = t.language();
        TranslationStatus status = t.status() == TranslationStatus.PENDING ? TranslationStatus.DRAFT : t.status();
        return new ExportedTranslation(article.kind(), exportId(article), language, t.title(), t.slug(), t.summary(),
                t.bodyHtml(), article.kind().hasCategory() ? article.category().translation(language)
                        .map(CategoryTranslation::name).orElse(article.category().nameIn(language)) : null,
                t.publishedAt() != null ? t.publishedAt() : article.publishedAt(), t.updatedAt(), article.author(),
                article.parent() == null ? null : exportId(article.parent()), status,
                article.isDocument() ? document(article, language) : null);
    }

    private static String exportId(Article article) {
        return article.importId() != null ? article.importId() : String.valueOf(article.id());
    }

    private static ExportedTranslation.Document document(Article document, Language language) {
        List<ExportedTranslation.File> files = new ArrayList<>();
        for (Attachment attachment : document.attachments()) {
            AttachmentLink link = attachment.link(language);
            String given = language == Language.EN ? link.titleEn() : link.titleVi();
            files.add(new ExportedTranslation.File(given, link.address(), link.fileName()));
        }
        return document.existingRecord().map(DocumentRecord::facts).map(facts -> new ExportedTranslation.Document(
                facts.number(), facts.type().nameVi(), facts.issuer().nameVi(),
                facts.field() == null ? null : facts.field().nameVi(), facts.signer(), facts.issuedOn(),
                facts.effectiveOn(), facts.expiredOn(), List.copyOf(files))).orElse(null);
    }
}
