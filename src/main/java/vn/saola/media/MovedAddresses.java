package vn.saola.media;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.platform.Database;

/**
 * The addresses replaced images and documents had, each leading to where its file is now: a link
 * kept in an old e-mail, a search engine or another site still opens the file, by a redirect. Old
 * addresses that led to the replaced address lead to the new one too, so every redirect is one step.
 */
@ApplicationScoped
public class MovedAddresses {

    @Inject
    Database database;

    Clock clock = Clock.systemUTC();

    /** From now on {@code from} (and whatever led to it) leads to {@code to}. */
    void record(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        database.writeInTransaction(session -> {
            var now = clock.instant();
            session.createQuery("from MovedAddress m where m.movedTo = :old", MovedAddress.class).setParameter("old", from)
                    .getResultList().forEach(m -> m.moveTo(to, now));
            MovedAddress existing = session.get(MovedAddress.class, from);
            if (existing == null) {
                session.persist(new MovedAddress(from, to, now));
            } else {
                existing.moveTo(to, now);
            }
            // An address that comes back (a file replaced by one it replaced before) leads nowhere else.
            MovedAddress loop = session.get(MovedAddress.class, to);
            if (loop != null) {
                session.remove(loop);
            }
        });
    }

    /** Forgets every address that led to {@code to} (its file was deleted). */
    void forget(String to) {
        database.writeInTransaction(session -> session.createMutationQuery("delete from MovedAddress m where m.movedTo = :to")
                .setParameter("to", to).executeUpdate());
    }

    /** Where the file an address starting with {@code prefix} named is now ({@code /files/{key}/}: whatever the name). */
    Optional<String> startingWith(String prefix) {
        return database.read(session -> session.createQuery("select m.movedTo from MovedAddress m where m.address like :prefix",
                String.class).setParameter("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%").setMaxResults(1)
                .uniqueResultOptional());
    }
}
