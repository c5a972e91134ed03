package vn.saola.content;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * The documents listed under an article's or a page's text, as editors arrange them: attach a stored
 * file, give it a title in each language, move it up or down the list, take it off. Every change
 * goes through {@link ContentChanges}, so the public page shows it at once.
 */
@ApplicationScoped
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());
    /** More would be a register, not a list under a text (issue 20's documents). */
    public static final int MAX_PER_ARTICLE = 50;

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    /** The article's attachments as {@code language} lists them, in their order. */
    public List<AttachmentLink> of(long articleId, Language language) {
        return database.read(session -> Optional.ofNullable(session.get(Article.class, articleId))
                .map(article -> article.attachmentLinks(language)).orElse(List.of()));
    }

    /** A file whose text is still to be read: the attachment, and where its file is served. */
    public record AwaitingText(long articleId, long attachmentId, String address) {
    }

    /**
     * Adds {@code file} at the end of the list, titled {@code title} in {@code language} (may be
     * empty); returns the attachment's id.
     */
    public long attach(long articleId, AttachedFile file, Language language, String title, String by) {
        checkTitle(title);
        long id = changes.inTransaction(session -> {
            Article article = ArticleEditing.article(session, articleId);
            List<Attachment> list = article.attachments();
            if (list.size() >= MAX_PER_ARTICLE) {
                throw new EditRefused("attachment", "attachment.error.tooMany");
            }
            Attachment attachment = new Attachment(article, list.isEmpty() ? 0 : list.get(list.size() - 1).position() + 1, file);
            attachment.setTitle(language, title);
            session.persist(attachment);
            list.add(attachment);
            return attachment.id();
        });
        LOG.info(() -> "Attached " + file.address() + " to article " + articleId + " by " + by);
        return id;
    }

    /**
     * Keeps the text read out of an attachment's file ({@code null}: none could be read); search
     * indexes it with the article's words. Nothing when the attachment is gone meanwhile.
     */
    public void keepText(long articleId, long attachmentId, String text) {
        changes.inTransaction(session -> {
            Article article = session.get(Article.class, articleId);
            if (article != null) {
                article.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                        .ifPresent(a -> a.setExtractedText(text));
            }
            return null;
        });
    }

    /** Every attachment whose text is still to be read (a start after a stop that interrupted the reading). */
    public List<AwaitingText> awaitingText() {
        return database.read(session -> session.createQuery("from Attachment a where a.extracted = false order by a.id",
                Attachment.class).getResultStream()
                .map(a -> new AwaitingText(a.articleId(), a.id(), a.address())).toList());
    }

    /** Sets the titles of one attachment in each language; an empty one shows the file's name. */
    public void retitle(long articleId, long attachmentId, String titleVi, String titleEn) {
        checkTitle(titleVi);
        checkTitle(titleEn);
        changes.inTransaction(session -> {
            Attachment attachment = find(ArticleEditing.article(session, articleId), attachmentId);
            attachment.setTitle(Language.VI, titleVi);
            attachment.setTitle(Language.EN, titleEn);
            return null;
        });
    }

    /** Swaps the attachment with its neighbour above ({@code up}) or below; at either end nothing moves. */
    public void move(long articleId, long attachmentId, boolean up) {
        changes.inTransaction(session -> {
            List<Attachment> list = ArticleEditing.article(session, articleId).attachments();
            int at = list.indexOf(find(list, attachmentId));
            int other = up ? at - 1 : at + 1;
            if (other >= 0 && other < list.size()) {
                Attachment neighbour = list.get(other);
                int position = neighbour.position();
                neighbour.setPosition(list.get(at).position());
                list.get(at).setPosition(position);
            }
            return null;
        });
    }

    /** Takes the attachment off the list; the stored file stays (other articles may list the same bytes). */
    public void remove(long articleId, long attachmentId, String by) {
        changes.inTransaction(session -> {
            Article article = ArticleEditing.article(session, articleId);
            article.attachments().remove(find(article, attachmentId));
            return null;
        });
        LOG.info(() -> "Attachment " + attachmentId + " taken off article " + articleId + " by " + by);
    }

    private static Attachment find(Article article, long attachmentId) {
        return find(article.attachments(), attachmentId);
    }

    private static Attachment find(List<Attachment> list, long attachmentId) {
        return list.stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new EditRefused("attachment", "attachment.error.gone"));
    }

    private static void checkTitle(String title) {
        if (title != null && title.strip().length() > Attachment.TITLE) {
            throw new EditRefused("title", "attachment.error.titleLength");
        }
    }
}
