package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 * as one at a time. Moving to the trash can be undone (everything comes back from it).
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
     * alone); returns how many it changed.
     *
     * @throws EditRefused when the category is no category
     */
    public int apply(List<Long> ids, BulkAction action, String by) {
        int done = changes.inTransaction(session -> {
            Instant now = changes.now();
            Category category = action.kind() == BulkAction.Kind.CATEGORY ? session.get(Category.class, action.categoryId()) : null;
            if (action.kind() == BulkAction.Kind.CATEGORY && category == null) {
                throw new EditRefused("action", "bulk.error.category");
            }
            int changed = 0;
            for (long id : ids.stream().distinct().limit(MAX).toList()) {
                Article article = session.get(Article.class, id);
                if (article == null || article.isTrashed() || article.kind() != ArticleKind.ARTICLE) {
                    continue;
                }
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
                changed++;
            }
            return changed;
        });
        LOG.info(() -> "Bulk " + action.value() + " on " + done + " articles by " + by);
        return done;
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
