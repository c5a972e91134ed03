package vn.saola.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.Query;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.platform.StampedCache;

/**
 * The register of official documents as the public reads it: the list, filtered and ordered, each
 * document's page, and the addresses document numbers in bodies link to. Only documents published
 * and due, with their register entry filled, are listed. Cached like {@link PublicContent}, and
 * forgotten on every change of content.
 */
@ApplicationScoped
public class PublicDocuments {

    private static final String VISIBLE = " t.language = :lang and a.status = :published and a.publishedAt <= :now ";

    @Inject
    Database database;

    @Inject
    ContentChanges changes;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private StampedCache<List<Object>, Object> reads;

    @PostConstruct
    void createCache() {
        reads = new StampedCache<>(Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
    }

    void forgetReads(@Observes ContentChanged change) {
        reads.forgetAll();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> read) {
        return (T) reads.get(key, read::get);
    }

    /** One page of the register in {@code language}, as {@code filter} narrows and orders it. */
    public PageOf<DocumentCard> list(Language language, DocumentFilter filter, int page, int size) {
        Map<Vocabulary, List<DocumentTermView>> terms = terms();
        return cached(List.of("list", language, filter, page, size), () -> database.read(session -> {
            String where = " from DocumentRecord r join r.article a join a.translations t where" + VISIBLE
                    + narrowing(filter);
            Query<Long> count = session.createQuery("select count(r)" + where, Long.class);
            long total = bind(count, language, filter).getSingleResult();
            String order = filter.oldestFirst() ? " order by r.issuedOn, a.id" : " order by r.issuedOn desc, a.id desc";
            Query<Object[]> rows = session.createQuery("select a.id, t.title, t.slug, t.summary, r.number, r.type.id,"
                    + " r.issuer.id, r.issuedOn, r.effectiveOn, r.expiredOn" + where + order, Object[].class);
            List<DocumentCard> cards = bind(rows, language, filter).setFirstResult((page - 1) * size).setMaxResults(size)
                    .getResultList().stream().map(row -> new DocumentCard((Long) row[0], (String) row[1],
                            language.documentPath((String) row[2]), (String) row[3], (String) row[4],
                            term(terms, Vocabulary.TYPE, (Long) row[5]), term(terms, Vocabulary.ISSUER, (Long) row[6]),
                            (LocalDate) row[7], (LocalDate) row[8], (LocalDate) row[9]))
                    .toList();
            return new PageOf<>(cards, page, size, total);
        }));
    }

    private static String narrowing(DocumentFilter filter) {
        StringBuilder where = new StringBuilder();
        if (!filter.type().isEmpty()) {
            where.append(" and r.type.code = :type");
        }
        if (!filter.issuer().isEmpty()) {
            where.append(" and r.issuer.code = :issuer");
        }
        if (!filter.field().isEmpty()) {
            where.append(" and r.field.code = :field");
        }
        if (filter.year() != null) {
            where.append(" and r.issuedOn >= :from and r.issuedOn < :to");
        }
        return where.toString();
    }

    private <T> Query<T> bind(Query<T> query, Language language, DocumentFilter filter) {
        query.setParameter("lang", language).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", changes.now());
        if (!filter.type().isEmpty()) {
            query.setParameter("type", filter.type());
        }
        if (!filter.issuer().isEmpty()) {
            query.setParameter("issuer", filter.issuer());
        }
        if (!filter.field().isEmpty()) {
            query.setParameter("field", filter.field());
        }
        if (filter.year() != null) {
            query.setParameter("from", LocalDate.of(filter.year(), 1, 1))
                    .setParameter("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        return query;
    }

    /** The published document whose slug in {@code language} is {@code slug}, numbers in its body linked. */
    public Optional<DocumentView> document(Language language, String slug) {
        Map<String, String> numbers = numberAddresses(language); // read before, not inside, another entry's read
        return cached(List.of("document", language, slug), () -> database.read(session -> session.createQuery(
                        "select t from ArticleTranslation t join fetch t.article a where t.slug = :slug and" + VISIBLE
                                + " and a.kind = vn.saola.content.ArticleKind.DOCUMENT", ArticleTranslation.class)
                .setParameter("slug", slug).setParameter("lang", language)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", changes.now())
                .uniqueResultOptional()
                .map(t -> view(t, numbers))));
    }

    /** Any document translation as the public would see it, whatever its status: for previews. */
    static DocumentView view(ArticleTranslation t, Map<String, String> numbers) {
        Article document = t.article();
        Map<Language, String> urls = new EnumMap<>(Language.class);
        document.translations().forEach(other -> urls.put(other.language(), other.language().documentPath(other.slug())));
        String own = document.existingRecord().map(DocumentRecord::numberKey).orElse("");
        return new DocumentView(document.id(), t.language(), t.title(), t.summary(),
                // a document does not link to itself
                DocumentNumbers.linked(t.bodyHtml(), key -> key.equals(own) ? null : numbers.get(key)),
                document.publishedAt(), t.updatedAt(), Map.copyOf(urls),
                document.existingRecord().map(DocumentRecord::facts).orElse(null),
                document.attachmentLinks(t.language()));
    }

    /**
     * The address, in {@code language}, of every published document by its number's key: what a number
     * typed in a body links to. Where two issuers gave the same number, the newest one issued wins.
     */
    public Map<String, String> numberAddresses(Language language) {
        return cached(List.of("numbers", language), () -> database.read(session -> {
            Map<String, String> addresses = new HashMap<>();
            session.createQuery("select r.numberKey, t.slug from DocumentRecord r join r.article a join a.translations t"
                            + " where" + VISIBLE + " order by r.issuedOn, a.id", Object[].class)
                    .setParameter("lang", language).setParameter("published", ArticleStatus.PUBLISHED)
                    .setParameter("now", changes.now()).getResultList()
                    .forEach(row -> addresses.put((String) row[0], language.documentPath((String) row[1])));
            return Map.copyOf(addresses);
        }));
    }

    /** The types, issuing bodies and fields, each list in its order: for the filters and the document page. */
    public Map<Vocabulary, List<DocumentTermView>> terms() {
        return cached(List.of("terms"), () -> database.read(Register::allTerms));
    }

    /** The years in which published documents were issued, newest first. */
    public List<Integer> years() {
        return cached(List.of("years"), () -> database.read(session -> {
            Object[] range = session.createQuery("select min(r.issuedOn), max(r.issuedOn) from DocumentRecord r"
                            + " join r.article a where a.status = :published and a.publishedAt <= :now", Object[].class)
                    .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", changes.now())
                    .getSingleResult();
            List<Integer> years = new ArrayList<>();
            if (range[0] != null) {
                for (int year = ((LocalDate) range[1]).getYear(); year >= ((LocalDate) range[0]).getYear(); year--) {
                    years.add(year);
                }
            }
            return List.copyOf(years);
        }));
    }

    private static DocumentTermView term(Map<Vocabulary, List<DocumentTermView>> terms, Vocabulary vocabulary, long id) {
        return terms.get(vocabulary).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }
}
