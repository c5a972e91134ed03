package vn.saola.content;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.i18n.NameRule;
import vn.saola.platform.Database;

/**
 * The register of official documents as editors keep it: each document's entry (number, type,
 * issuing body, field, signer, dates), and the lists of types, issuing bodies and fields. (Its words,
 * files and publishing are an article's: {@link ArticleEditing}, {@link Attachments}.) Every change
 * goes through {@link ContentChanges}, so the public register, search and links in bodies follow it.
 */
@ApplicationScoped
public class Register {

    private static final Logger LOG = Logger.getLogger(Register.class.getName());

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    /** The entry of document {@code articleId}; empty while it is not filled (or it is no document). */
    public Optional<DocumentFacts> facts(long articleId) {
        return database.read(session -> Optional.ofNullable(session.get(Article.class, articleId))
                .flatMap(Article::existingRecord).map(DocumentRecord::facts));
    }

    /**
     * Fills or changes document {@code articleId}'s entry. Refused ({@link EditRefused}, nothing
     * changed) when the number is not written as one, another document of the same issuer has it, a
     * term is not of its list, or the dates run backwards.
     */
    public void record(long articleId, DocumentInput input) {
        String number = input.number() == null ? "" : Normalizer.normalize(input.number().strip(), Normalizer.Form.NFC);
        if (!DocumentNumbers.isWellFormed(number)) {
            throw new EditRefused("number", number.isEmpty() ? ArticleConstraints.REQUIRED : "register.error.number");
        }
        if (input.issuedOn() == null) {
            throw new EditRefused("issuedOn", ArticleConstraints.REQUIRED);
        }
        if (input.effectiveOn() != null && input.effectiveOn().isBefore(input.issuedOn())) {
            throw new EditRefused("effectiveOn", "register.error.effectiveBeforeIssued");
        }
        if (input.expiredOn() != null && input.expiredOn().isBefore(input.effectiveOn() != null ? input.effectiveOn() : input.issuedOn())) {
            throw new EditRefused("expiredOn", "register.error.expiredBeforeEffective");
        }
        String signer = input.signer() == null || input.signer().isBlank() ? null : input.signer().strip();
        if (signer != null && signer.length() > DocumentRecord.SIGNER) {
            throw new EditRefused("signer", "register.error.signerLength");
        }
        changes.inTransaction(session -> {
            Article article = ArticleEditing.article(session, articleId);
            if (!article.isDocument()) {
                throw new EditRefused("article", "editor.error.gone");
            }
            DocumentTerm type = term(session, Vocabulary.TYPE, input.typeId(), "type");
            DocumentTerm issuer = term(session, Vocabulary.ISSUER, input.issuerId(), "issuer");
            DocumentTerm field = input.fieldId() == null ? null : term(session, Vocabulary.FIELD, input.fieldId(), "field");
            boolean taken = session.createQuery("select count(r) from DocumentRecord r where r.numberKey = :key"
                            + " and r.issuer = :issuer and r.id <> :self", Long.class)
                    .setParameter("key", DocumentNumbers.key(number)).setParameter("issuer", issuer)
                    .setParameter("self", articleId).getSingleResult() > 0;
            if (taken) {
                throw new EditRefused("number", "register.error.numberTaken");
            }
            article.record().fill(number, type, issuer, field, signer, input.issuedOn(), input.effectiveOn(),
                    input.expiredOn());
            article.touch(changes.now());
            return null;
        });
        LOG.info(() -> "Document " + articleId + " registered as " + number);
    }

    /**
     * Fills the entry of the document imported as {@code importId} (saved before), its type, issuer
     * and field by name, each found in its list or added to it.
     */
    public long recordImported(String importId, String number, String type, String issuer, String field,
            String signer, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn) {
        long id = database.read(session -> ArticleDirectory.find(session, importId).map(Article::id))
                .orElseThrow(() -> new EditRefused("article", "editor.error.gone"));
        record(id, new DocumentInput(number, termNamed(Vocabulary.TYPE, type), termNamed(Vocabulary.ISSUER, issuer),
                field == null ? null : termNamed(Vocabulary.FIELD, field), signer, issuedOn, effectiveOn, expiredOn));
        return id;
    }

    /** Every list, each in its order. */
    public Map<Vocabulary, List<DocumentTermView>> terms() {
        return database.read(Register::allTerms);
    }

    static Map<Vocabulary, List<DocumentTermView>> allTerms(Session session) {
        Map<Vocabulary, List<DocumentTermView>> lists = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            lists.put(vocabulary, session.createQuery("from DocumentTerm t where t.vocabulary = :v"
                            + " order by t.position, t.nameVi, t.id", DocumentTerm.class)
                    .setParameter("v", vocabulary).getResultList().stream().map(DocumentTerm::view).toList());
        }
        return lists;
    }

    /** How many documents use each term, by its id (a term in use is not deleted). */
    public Map<Long, Long> uses() {
        return database.read(session -> {
            Map<Long, Long> uses = new HashMap<>();
            for (String role : List.of("type", "issuer", "field")) {
                session.createQuery("select r." + role + ".id, count(r) from DocumentRecord r where r." + role
                        + " is not null group by r." + role + ".id", Object[].class).getResultList()
                        .forEach(row -> uses.merge((Long) row[0], (Long) row[1], Long::sum));
            }
            return uses;
        });
    }

    /** Adds a term at the end of its list; its code is made from the Vietnamese name. Returns its id. */
    public long addTerm(Vocabulary vocabulary, String nameVi, String nameEn) {
        String vi = name(nameVi, true);
        String en = name(nameEn, false);
        return changes.inTransaction(session -> {
            if (named(session, vocabulary, vi, null).isPresent()) {
                throw new EditRefused("nameVi", "register.error.termTaken");
            }
            String code = Slugs.unique(Slugs.fromTitle(vi), candidate -> session.createQuery(
                    "select count(t) from DocumentTerm t where t.vocabulary = :v and t.code = :code", Long.class)
                    .setParameter("v", vocabulary).setParameter("code", candidate).getSingleResult() > 0);
            int last = session.createQuery("select coalesce(max(t.position), 0) from DocumentTerm t where t.vocabulary = :v",
                    Integer.class).setParameter("v", vocabulary).getSingleResult();
            DocumentTerm term = new DocumentTerm(vocabulary, code.substring(0, Math.min(code.length(), DocumentTerm.CODE)),
                    vi, en, last + 1);
            session.persist(term);
            return term.id();
        });
    }

    /** The term of {@code vocabulary} named {@code name} (case, spaces and composed form aside), adding it if there is none: for imports. */
    public long termNamed(Vocabulary vocabulary, String name) {
        String vi = name(name, true);
        Optional<Long> existing = database.read(session -> named(session, vocabulary, vi, null).map(DocumentTerm::id));
        return existing.orElseGet(() -> addTerm(vocabulary, vi, null));
    }

    /** Renames a term; its code, and so the addresses that filter by it, stay. */
    public void renameTerm(long id, String nameVi, String nameEn) {
        String vi = name(nameVi, true);
        String en = name(nameEn, false);
        changes.inTransaction(session -> {
            DocumentTerm term = existing(session, id);
            if (named(session, term.vocabulary(), vi, id).isPresent()) {
                throw new EditRefused("nameVi", "register.error.termTaken");
            }
            term.rename(vi, en);
            return null;
        });
    }

    /** Deletes a term no document uses. */
    public void removeTerm(long id) {
        changes.inTransaction(session -> {
            DocumentTerm term = existing(session, id);
            long used = session.createQuery("select count(r) from DocumentRecord r"
                    + " where r.type = :t or r.issuer = :t or r.field = :t", Long.class)
                    .setParameter("t", term).getSingleResult();
            if (used > 0) {
                throw new EditRefused("term", "register.error.termInUse");
            }
            session.remove(term);
            return null;
        });
    }

    private static DocumentTerm existing(Session session, long id) {
        DocumentTerm term = session.get(DocumentTerm.class, id);
        if (term == null) {
            throw new EditRefused("term", "register.error.termGone");
        }
        return term;
    }

    private static DocumentTerm term(Session session, Vocabulary vocabulary, long id, String field) {
        DocumentTerm term = session.get(DocumentTerm.class, id);
        if (term == null || term.vocabulary() != vocabulary) {
            throw new EditRefused(field, ArticleConstraints.REQUIRED);
        }
        return term;
    }

    private static Optional<DocumentTerm> named(Session session, Vocabulary vocabulary, String name, Long except) {
        return session.createQuery("from DocumentTerm t where t.vocabulary = :v", DocumentTerm.class)
                .setParameter("v", vocabulary).getResultList().stream()
                .filter(t -> (except == null || t.id() != except) && NameRule.same(t.name(Language.VI), name)).findFirst();
    }

    /** A term's name, stripped and composed; refused when required and blank, or too long. */
    private static String name(String name, boolean required) {
        String stripped = name == null ? "" : NameRule.clean(name);
        if (stripped.isEmpty()) {
            if (required) {
                throw new EditRefused("nameVi", ArticleConstraints.REQUIRED);
            }
            return null;
        }
        if (stripped.length() > DocumentTerm.NAME) {
            throw new EditRefused("nameVi", "register.error.termLength");
        }
        return stripped;
    }
}
