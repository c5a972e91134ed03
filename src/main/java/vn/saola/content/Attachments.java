package vn.saola.content;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** At most this many files are listed in the library at once: the newest first. */
    public static final int LIBRARY_SIZE = 500;

    /**
     * The stored documents every article and page lists, newest first, one row a file however many
     * list it: those whose name or a title holds {@code words} (case and composed form aside), of the
     * type whose extension is {@code extension} (empty: every type), attached from {@code from} until
     * before {@code until} (null: any time).
     */
    public List<LibraryFile> library(String words, String extension, Instant from, Instant until, Language language) {
        String wanted = comparable(words == null ? "" : words.strip());
        String type = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        return database.read(session -> {
            Map<String, LibraryFile> files = new LinkedHashMap<>();
            // Streamed, newest first: a large library is read only as far as the listed files go.
            try (Stream<Attachment> newestFirst = session.createQuery(
                    "from Attachment a join fetch a.article order by a.id desc", Attachment.class).getResultStream()) {
                Iterator<Attachment> matching = newestFirst.filter(a -> matches(a, wanted, type)
                        && (from == null || !a.attachedAt().isBefore(from)) && (until == null || a.attachedAt().isBefore(until)))
                        .iterator();
                while (matching.hasNext() && addTo(files, matching.next(), language)) {
                    // each attachment is added, or listed as one more use of a file already there
                }
            }
            return files.values().stream().map(f -> new LibraryFile(f.address(), f.fileName(), f.mediaType(), f.size(),
                    List.copyOf(f.uses()))).toList();
        });
    }

    private static boolean matches(Attachment a, String wanted, String type) {
        if (!type.isEmpty() && !a.fileName().toLowerCase(Locale.ROOT).endsWith("." + type)) {
            return false;
        }
        return wanted.isEmpty() || comparable(String.join("\n", a.fileName(), Objects.toString(a.title(Language.VI), ""),
                Objects.toString(a.title(Language.EN), ""))).contains(wanted);
    }

    /** Lists {@code a} as a file or one more use of one; false once the library is full. */
    private static boolean addTo(Map<String, LibraryFile> files, Attachment a, Language language) {
        String key = a.address().substring(0, Math.min(a.address().length(), FILE_KEY_END));
        Article article = a.article();
        Language shown = article.translation(language).isPresent() ? language : language.other();
        LibraryFile.Use use = new LibraryFile.Use(article.id(),
                article.translation(shown).map(ArticleTranslation::title).orElse(""), shown);
        LibraryFile file = files.get(key);
        if (file == null) {
            if (files.size() == LIBRARY_SIZE) {
                return false;
            }
            files.put(key, new LibraryFile(a.address(), a.fileName(), a.mediaType(), a.sizeBytes(), new ArrayList<>(List.of(use))));
        } else if (file.uses().stream().noneMatch(u -> u.articleId() == use.articleId())) {
            file.uses().add(use);
        }
        return true;
    }

    /** How the media feature's addresses start (content does not know media). */
    private static final String FILES_PREFIX = "/files/";
    /** {@code /files/} and the 32 characters of the bytes' hash: what names one stored file. */
    private static final int FILE_KEY_END = FILES_PREFIX.length() + 32;

    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The newest {@code limit} stored files some article or page lists, each once, for the editor
     * to attach again: their columns alone (where the library reads every article's titles too,
     * this is read at every opening of the editor).
     */
    public List<AttachedFile> recentFiles(int limit) {
        return database.read(session -> {
            Map<String, AttachedFile> files = new LinkedHashMap<>();
            try (Stream<Object[]> newestFirst = session.createQuery("select a.address, a.fileName, a.mediaType, a.sizeBytes"
                    + " from Attachment a order by a.id desc", Object[].class).getResultStream()) {
                Iterator<Object[]> rows = newestFirst.iterator();
                while (rows.hasNext() && files.size() < limit) {
                    Object[] row = rows.next();
                    String address = (String) row[0];
                    files.putIfAbsent(address.substring(0, Math.min(address.length(), FILE_KEY_END)),
                            new AttachedFile(address, (String) row[1], (String) row[2], (Long) row[3]));
                }
            }
            return List.copyOf(files.values());
        });
    }

    /**
     * A file some article or page already lists, to list under another without uploading it again:
     * as it was stored (name, type, size); empty when no attachment has that address.
     */
    public Optional<AttachedFile> inLibrary(String address) {
        if (address == null || address.length() > Attachment.ADDRESS) {
            return Optional.empty();
        }
        return database.read(session -> session.createQuery("from Attachment a where a.address = :address order by a.id",
                        Attachment.class).setParameter("address", address).setMaxResults(1).uniqueResultOptional()
                .map(a -> new AttachedFile(a.address(), a.fileName(), a.mediaType(), a.sizeBytes())));
    }

    /** The keys ({@code /files/{key}/…}) of every stored file some article or page lists. */
    public Set<String> keysInUse() {
        return database.read(session -> session.createQuery("select a.address from Attachment a", String.class)
                .getResultList().stream().filter(address -> address.length() >= FILE_KEY_END)
                .map(address -> address.substring(FILE_KEY_END - 32, FILE_KEY_END)).collect(Collectors.toSet()));
    }

    /** Whether an article or a page lists the stored file whose key is {@code key}. */
    public boolean inUse(String key) {
        return database.read(session -> session.createQuery("select count(a) from Attachment a where a.address like :prefix",
                Long.class).setParameter("prefix", FILES_PREFIX + key + "/%").getSingleResult() > 0);
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
            Attachment attachment = new Attachment(article, list.isEmpty() ? 0 : list.get(list.size() - 1).position() + 1, file,
                    changes.now());
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

    /**
     * Lists {@code file} wherever the stored file {@code oldAddress} names (by its key) was listed, each
     * keeping its titles and place; returns the attachments whose text is now to be read. Empty when
     * nothing listed it.
     */
    public List<AwaitingText> replaceFile(String oldAddress, AttachedFile file, String by) {
        if (oldAddress == null || oldAddress.length() < FILE_KEY_END) {
            return List.of();
        }
        String prefix = oldAddress.substring(0, FILE_KEY_END) + "/";
        List<AwaitingText> replaced = changes.inTransaction(session -> session.createQuery(
                "from Attachment a where a.address like :prefix", Attachment.class).setParameter("prefix", prefix + "%")
                .getResultStream().map(a -> {
                    a.takeFile(file);
                    return new AwaitingText(a.articleId(), a.id(), file.address());
                }).toList());
        LOG.info(() -> "File " + prefix + " replaced by " + file.address() + " in " + replaced.size() + " lists by " + by);
        return replaced;
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
