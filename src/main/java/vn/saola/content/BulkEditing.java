package vn.saola.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * Many news items at once, from the editors' list: published, taken down, filed under another
 * category or moved to the trash, all in one change, with one audit line each, by the same rules
 * as one at a time. Each change can be undone ({@link BulkUndo}) where it is safe: what went to the
 * trash comes back; an article not changed since gets its languages' status and its category back.
 */
@ApplicationScoped
public class BulkEditing {

    private static final Logger LOG = Logger.getLogger(BulkEditing.class.getName());
    /** A list's page at most: beyond it, a filter says better what is meant. */
    public static final int MAX = 100;

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    @Inject
    AuditLog audit;

    /** The chosen news items that exist (not in the trash), in the order given, with their titles and addresses. */
    public List<ArticleLabel> chosen(List<Long> ids) {
        return database.read(session -> {
            List<ArticleLabel> found = new ArrayList<>();
            for (long id : ids.stream().distinct().limit(MAX).toList()) {
                Article article = session.get(Article.class, id);
                if (article != null && !article.isTrashed() && article.kind() == ArticleKind.ARTICLE) {
                    ArticleLabel label = new ArticleLabel(id, article.importId(), new EnumMap<>(Language.class),
                            new EnumMap<>(Language.class));
                    article.translations().forEach(t -> label.add(t.language(), t.title(), t.language().articlePath(t.slug())));
                    found.add(label);
                }
            }
            return found;
        });
    }

    /**
     * Does {@code action} to the news items {@code ids} (those in the trash, or not news, are left
     * alone); returns what it changed, as the undo needs it.
     *
     * @throws EditRefused when the category is no category
     */
    public BulkUndo apply(List<Long> ids, BulkAction action, String by) {
        BulkUndo done = changes.inTransaction(session -> {
            Instant now = changes.now();
            Category category = action.kind() == BulkAction.Kind.CATEGORY ? session.get(Category.class, action.categoryId()) : null;
            if (action.kind() == BulkAction.Kind.CATEGORY && category == null) {
                throw new EditRefused("action", "bulk.error.category");
            }
            List<BulkUndo.Before> changed = new ArrayList<>();
            for (long id : ids.stream().distinct().limit(MAX).toList()) {
                Article article = session.get(Article.class, id);
                if (article == null || article.isTrashed() || article.kind() != ArticleKind.ARTICLE) {
                    continue;
                }
                Map<Language, TranslationStatus> statuses = new EnumMap<>(Language.class);
                Map<Language, Instant> times = new EnumMap<>(Language.class);
                article.translations().forEach(t -> {
                    statuses.put(t.language(), t.status());
                    if (t.publishedAt() != null) {
                        times.put(t.language(), t.publishedAt());
                    }
                });
                Long categoryBefore = article.category() == null ? null : article.category().id();
                AuditAction recorded = switch (action.kind()) {
                    case PUBLISH -> {
                        article.publishNow(now);
                        yield AuditAction.PUBLISH;
                    }
                    case UNPUBLISH -> {
                        article.unpublish(now);
                        yield AuditAction.UNPUBLISH;
                    }
                    case TRASH -> {
                        article.trash(by, now);
                        yield AuditAction.DELETE;
                    }
                    case CATEGORY -> {
                        article.update(category, article.author(), article.publishedAt(), now);
                        yield AuditAction.CATEGORY_CHANGED;
                    }
                };
                audit.record(session, AuditRecord.article(by, recorded, id, article.anyTitle()).withDetails(
                        category == null ? "bulk" : "bulk: " + category.nameIn(Language.primary())));
                changed.add(new BulkUndo.Before(id, categoryBefore, statuses, times, now));
            }
            return new BulkUndo(action.kind(), List.copyOf(changed));
        });
        LOG.info(() -> "Bulk " + action.value() + " on " + done.articles().size() + " articles by " + by);
        return done;
    }

    /**
     * Undoes {@code done}: what went to the trash comes back; every other article not changed since
     * gets back its category, and each language its status and time. Returns how many were undone.
     */
    public int undo(BulkUndo done, String by) {
        if (done.action() == BulkAction.Kind.TRASH) {
            return restore(done.ids(), by);
        }
        return changes.inTransaction(session -> {
            Instant now = changes.now();
            int undone = 0;
            for (BulkUndo.Before before : done.articles()) {
                Article article = session.get(Article.class, before.id());
                if (article == null || article.isTrashed() || !sameMoment(before.changedAt(), article.updatedAt())) {
                    continue;
                }
                AuditAction recorded;
                if (done.action() == BulkAction.Kind.CATEGORY) {
                    Category category = before.categoryId() == null ? null : session.get(Category.class, before.categoryId());
                    if (category == null) {
                        continue;
                    }
                    article.update(category, article.author(), article.publishedAt(), now);
                    recorded = AuditAction.CATEGORY_CHANGED;
                } else {
                    article.translations().forEach(t -> t.putBack(before.statuses().getOrDefault(t.language(), TranslationStatus.DRAFT),
                            before.publishedAt().get(t.language())));
                    article.settle(now);
                    recorded = done.action() == BulkAction.Kind.PUBLISH ? AuditAction.UNPUBLISH : AuditAction.PUBLISH;
                }
                audit.record(session, AuditRecord.article(by, recorded, article.id(), article.anyTitle()).withDetails("bulk undo"));
                undone++;
            }
            return undone;
        });
    }

    /** The database keeps times to the microsecond at best: compared to the millisecond. */
    private static boolean sameMoment(Instant one, Instant other) {
        return one.truncatedTo(ChronoUnit.MILLIS).equals(other.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Brings the news items {@code ids} back from the trash (the undo of moving them there); returns how many. */
    public int restore(List<Long> ids, String by) {
        return changes.inTransaction(session -> {
            int restored = 0;
            for (long id : ids.stream().distinct().limit(MAX).toList()) {
                Article article = session.get(Article.class, id);
                if (article != null && article.isTrashed()) {
                    Trash.restore(session, article, by, changes.now(), audit);
                    restored++;
                }
            }
            return restored;
        });
    }
}
