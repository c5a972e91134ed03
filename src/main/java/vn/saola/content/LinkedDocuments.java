package vn.saola.content;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * The register's documents a news item names beside its text ("Văn bản liên quan"), as editors
 * keep them: a document is added by its number, typed as the news writes it ({@code 2146/QĐ-TTg},
 * {@code 2146 qd-ttg}), and taken off again. The article page lists those the public sees; the
 * document's page lists the news that names it.
 */
@ApplicationScoped
public class LinkedDocuments {

    private static final Logger LOG = Logger.getLogger(LinkedDocuments.class.getName());
    /** At most this many documents beside one news item: more is a list for the register's own filters. */
    public static final int MAX = 20;

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    /** The documents the news item {@code articleId} links, whatever their status, titled in {@code language} where they can be. */
    public List<LinkedDocument> of(long articleId, Language language) {
        return database.read(session -> Optional.ofNullable(session.get(Article.class, articleId))
                .map(article -> ContentViews.linkedDocuments(article, language, changes.now(), false)).orElse(List.of()));
    }

    /**
     * Links the document numbered {@code number} (the newest issued, where two issuers gave the same
     * number) to the news item {@code articleId}.
     *
     * @throws EditRefused when the number is no document's, the item is no news, or it links the most already
     */
    public void link(long articleId, String number, String by) {
        String key = DocumentNumbers.key(number == null ? "" : number);
        if (key.isEmpty() || number.strip().length() > DocumentNumbers.MAX_LENGTH) {
            throw new EditRefused("number", "linkedDocuments.error.unknown");
        }
        long documentId = changes.inTransaction(session -> {
            Article article = ArticleEditing.article(session, articleId);
            if (article.kind() != ArticleKind.ARTICLE) {
                throw new EditRefused("number", "linkedDocuments.error.notNews");
            }
            Article document = session.createQuery("select r.article from DocumentRecord r where r.numberKey = :key"
                            + " order by r.issuedOn desc, r.id desc", Article.class).setParameter("key", key).setMaxResults(1)
                    .uniqueResultOptional().orElseThrow(() -> new EditRefused("number", "linkedDocuments.error.unknown"));
            if (!article.linkedDocuments().contains(document)) {
                if (article.linkedDocuments().size() >= MAX) {
                    throw new EditRefused("number", "linkedDocuments.error.tooMany");
                }
                article.linkedDocuments().add(document);
                article.touch(changes.now());
            }
            return document.id();
        });
        LOG.info(() -> "Document " + documentId + " linked to article " + articleId + " by " + by);
    }

    /** Takes the document off the news item's list; nothing when it was not on it. */
    public void unlink(long articleId, long documentId) {
        changes.inTransaction(session -> {
            Article article = ArticleEditing.article(session, articleId);
            if (article.linkedDocuments().removeIf(d -> d.id() == documentId)) {
                article.touch(changes.now());
            }
            return null;
        });
    }
}
