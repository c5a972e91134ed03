package vn.saola.content;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.Session;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.SiteSettings;
import vn.saola.platform.StampedCache;

/**
 * The site's identity ({@link SiteIdentity}): read on every page, so kept in memory until it (or
 * any content) changes on this node or another; saved by administrators through
 * {@link ContentChanges}, so every node forgets its pages at once.
 */
@ApplicationScoped
public class SiteIdentities {

    private static final Logger LOG = Logger.getLogger(SiteIdentities.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    private StampedCache<Integer, SiteIdentity> memory;

    @PostConstruct
    void createMemory() {
        // A day at most: other nodes' saves arrive as events; this bounds what a lost event could cost.
        memory = new StampedCache<>(Caffeine.newBuilder().maximumSize(1).expireAfterWrite(Duration.ofDays(1)));
    }

    void forget(@Observes ContentChanged change) {
        memory.forgetAll();
    }

    public SiteIdentity current() {
        return memory.get(IdentityRow.THE_SITE, () -> database.read(this::read));
    }

    /**
     * Saves the texts of every language given. {@code expectedVersion} is the version the form was
     * made from: if another administrator saved since, nothing is saved ({@link EditConflict}).
     */
    public void save(Map<Language, SiteIdentity.Text> texts, int expectedVersion, String by) {
        EditConflict.whenStale(() -> changes.inTransaction(session -> {
            IdentityRow row = row(session, expectedVersion);
            texts.forEach((language, text) -> write(session, language, text));
            row.saved(by, changes.now());
            audit.record(session, AuditRecord.of(by, AuditAction.SETTINGS_SAVED));
            return null;
        }));
        LOG.info(() -> "Site identity saved by " + by);
    }

    /** The logo shown in the header ({@code /uploads/…}), or none when {@code path} is null. */
    public void setLogo(String path, String by) {
        changes.inTransaction(session -> {
            IdentityRow row = session.find(IdentityRow.class, IdentityRow.THE_SITE);
            if (row == null) {
                row = firstRow(session);
            }
            row.logo(path, by, changes.now());
            audit.record(session, AuditRecord.of(by, AuditAction.LOGO_CHANGED).withDetails(path));
            return null;
        });
        LOG.info(() -> "Site logo " + (path == null ? "removed" : "set to " + path) + " by " + by);
    }

    /** Fills in an identity nobody has saved yet (the demo content's); one saved already stays. */
    public void fillInIfNew(Map<Language, SiteIdentity.Text> texts) {
        changes.inTransaction(session -> {
            IdentityRow row = session.find(IdentityRow.class, IdentityRow.THE_SITE);
            if (row == null || !row.filledIn()) {
                IdentityRow filled = row == null ? firstRow(session) : row;
                texts.forEach((language, text) -> write(session, language, text));
                filled.saved(null, changes.now());
            }
            return null;
        });
    }

    private SiteIdentity read(Session session) {
        Map<Language, SiteIdentity.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, SiteIdentity.Text.named(settings.name(language)));
        }
        session.createQuery("from IdentityText", IdentityText.class).getResultList()
                .forEach(text -> texts.put(text.language(), text.read()));
        IdentityRow row = session.find(IdentityRow.class, IdentityRow.THE_SITE);
        return row == null ? new SiteIdentity(texts, null, false, 0, null)
                : new SiteIdentity(texts, row.logo(), row.filledIn(), row.version(), row.updatedBy());
    }

    /** The site's row at the version a form was made from; version 0 is the identity nobody saved yet. */
    private IdentityRow row(Session session, int expectedVersion) {
        IdentityRow row = session.find(IdentityRow.class, IdentityRow.THE_SITE);
        if (row == null) {
            if (expectedVersion != 0) {
                throw new EditConflict(null);
            }
            return firstRow(session);
        }
        if (row.version() != expectedVersion) {
            throw new EditConflict(row.updatedBy());
        }
        return row;
    }

    private IdentityRow firstRow(Session session) {
        IdentityRow row = new IdentityRow(changes.now());
        session.persist(row);
        return row;
    }

    private static void write(Session session, Language language, SiteIdentity.Text text) {
        IdentityText stored = session.find(IdentityText.class, language.code());
        if (stored == null) {
            // Written before it is persisted: the insert takes the values the entity has at that moment.
            IdentityText created = new IdentityText(language);
            created.write(text);
            session.persist(created);
        } else {
            stored.write(text);
        }
    }
}
