package vn.saola.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.query.Query;

import vn.saola.platform.BackgroundWork;
import vn.saola.platform.Database;

/**
 * Who did what when: every change worth answering for (publishing, deleting, importing, accounts,
 * settings, sign-ins) writes a line here, in the transaction of the change itself where there is
 * one, so a change is never without its line nor a line without its change. Lines older than
 * {@code saola.audit.keep-days} are deleted once a day.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    /** Lines on one page of the log. */
    public static final int PAGE_SIZE = 50;

    @Inject
    Database database;

    @Inject
    BackgroundWork background;

    @Inject
    @ConfigProperty(name = "saola.audit.keep-days", defaultValue = "365")
    int keepDays;

    Clock clock = Clock.systemUTC();

    void forgetOldLinesDaily(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.every(Duration.ofDays(1), "forgetting old audit lines", this::forgetOldLines);
        background.onceDeployed("forgetting old audit lines", this::forgetOldLines);
    }

    /** Writes {@code record} in {@code session}'s transaction: the change's own. */
    public void record(Session session, AuditRecord record) {
        session.persist(new AuditEntry(clock.instant(), record));
    }

    /** Writes {@code record} on its own, for what changes nothing else (a sign-in, a refused one). */
    public void record(AuditRecord record) {
        database.writeInTransaction(session -> record(session, record));
    }

    /** The page {@code page} (from 1) of the lines {@code filter} keeps, newest first. */
    public List<AuditView> find(AuditFilter filter, int page) {
        return database.read(session -> query(session, filter, "from AuditEntry e", AuditEntry.class)
                .setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream().map(AuditEntry::view).toList());
    }

    /** How many lines {@code filter} keeps. */
    public long count(AuditFilter filter) {
        return database.read(session -> query(session, filter, "select count(e) from AuditEntry e", Long.class)
                .getSingleResult());
    }

    /** Every line {@code filter} keeps, newest first, handed to {@code each} as it is read (the CSV). */
    public void each(AuditFilter filter, Consumer<AuditView> each) {
        database.read(session -> {
            try (Stream<AuditEntry> lines = query(session, filter, "from AuditEntry e", AuditEntry.class).setFetchSize(500)
                    .getResultStream()) {
                lines.map(AuditEntry::view).forEach(each);
            }
            return null;
        });
    }

    /** The names that wrote a line, for the filter's choices. */
    public List<String> actors() {
        return database.read(session -> session.createQuery("select distinct e.actor from AuditEntry e order by e.actor",
                String.class).setMaxResults(1000).getResultList());
    }

    private static <T> Query<T> query(Session session, AuditFilter filter, String select, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.actor() != null && !filter.actor().isEmpty()) {
            where.append(" and e.actor = :actor");
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
        }
        if (filter.until() != null) {
            where.append(" and e.at < :until");
        }
        String order = type == Long.class ? "" : " order by e.at desc, e.id desc";
        Query<T> query = session.createQuery(select + where + order, type);
        if (filter.actor() != null && !filter.actor().isEmpty()) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }

    void forgetOldLines() {
        int forgotten = database.write(session -> session.createMutationQuery("delete from AuditEntry e where e.at < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(keepDays))).executeUpdate());
        if (forgotten > 0) {
            LOG.info(() -> forgotten + " audit lines older than " + keepDays + " days deleted");
        }
    }
}
