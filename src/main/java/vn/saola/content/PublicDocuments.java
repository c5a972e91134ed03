package vn.saola.content;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private static final String VISIBLE = " t.language = :lang and a.status = :published and a.publishedAt <= :now"
            + " and t.status = vn.saola.content.TranslationStatus.PUBLISHED and t.publishedAt <= :now ";

    @Inject
    Database database;

    @Inject
    ContentChanges changes;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private StampedCache<List<Object>, Object> reads;
    private StampedCache<Language, List<Entry>> index;

    @PostConstruct
    void createCache() {
        reads = new StampedCache<>(Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
        index = new StampedCache<>(Caffeine.newBuilder().maximumSize(Language.values().length));
    }

    void forgetReads(@Observes ContentChanged change) {
        reads.forgetAll();
        index.forgetAll();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> read) {
        return (T) reads.get(key, read::get);
    }

    /**
     * What the list narrows and orders by, for one visible document in one language: a few numbers a
     * document, so the whole register of a language is filtered and paged in memory.
     */
    private record Entry(long id, LocalDate issuedOn, long typeId, long issuerId, Long fieldId) {
    }

    /**
     * Every visible document in {@code language}, newest issued first; kept until content changes
     * (a scheduled document's time coming is a change too), whatever {@code saola.content.cache-seconds}
     * says: counting and sorting 20,000 joined rows for every page of the list cost 50-90 ms on H2.
     */
    private List<Entry> entries(Language language) {
        return index.get(language, () -> database.read(session -> session.createQuery(
                        "select r.id, r.issuedOn, r.type.id, r.issuer.id, r.field.id from DocumentRecord r"
                                + " join r.article a join a.translations t where" + VISIBLE
                                + " order by r.issuedOn desc, r.id desc", Object[].class)
                .setParameter("lang", language).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", changes.now()).getResultList().stream()
                .map(row -> new Entry((Long) row[0], (LocalDate) row[1], (Long) row[2], (Long) row[3], (Long) row[4]))
                .toList()));
    }

    /** One page of the register in {@code language}, as {@code filter} narrows and orders it. */
    public PageOf<DocumentCard> list(Language language, DocumentFilter filter, int number, int size) {
        Map<Vocabulary, List<DocumentTermView>> terms = terms();
        List<Entry> entries = entries(language);
        return cached(List.of("list", language, filter, number, size), () -> {
            List<Entry> matching = entries.stream().filter(narrowing(filter, terms)).toList();
            List<Entry> ordered = matching;
            if (filter.oldestFirst()) {
                ordered = new ArrayList<>(matching);
                Collections.reverse(ordered);
            }
            List<Long> page = ordered.stream().skip((long) (number - 1) * size).limit(size).map(Entry::id).toList();
            return new PageOf<>(cards(language, page, terms), number, size, matching.size());
        });
    }

    /** The entries {@code filter} keeps; a code no term has keeps none. */
    private static Predicate<Entry> narrowing(DocumentFilter filter, Map<Vocabulary, List<DocumentTermView>> terms) {
        Predicate<Entry> wanted = entry -> true;
        if (!filter.type().isEmpty()) {
            long type = termId(terms, Vocabulary.TYPE, filter.type());
            wanted = wanted.and(entry -> entry.typeId() == type);
        }
        if (!filter.issuer().isEmpty()) {
            long issuer = termId(terms, Vocabulary.ISSUER, filter.issuer());
            wanted = wanted.and(entry -> entry.issuerId() == issuer);
        }
        if (!filter.field().isEmpty()) {
            long field = termId(terms, Vocabulary.FIELD, filter.field());
            wanted = wanted.and(entry -> entry.fieldId() != null && entry.fieldId() == field);
        }
        if (filter.year() != null) {
            int year = filter.year();
            wanted = wanted.and(entry -> entry.issuedOn().getYear() == year);
        }
        return wanted;
    }

    private static long termId(Map<Vocabulary, List<DocumentTermView>> terms, Vocabulary vocabulary, String code) {
        return terms.get(vocabulary).stream().filter(t -> t.code().equals(code)).mapToLong(DocumentTermView::id)
                .findFirst().orElse(-1);
    }

    /** The words and facts of the documents {@code ids}, in that order. */
    private List<DocumentCard> cards(Language language, List<Long> ids, Map<Vocabulary, List<DocumentTermView>> terms) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentCard> cards = new HashMap<>();
        database.read(session -> session.createQuery("select a.id, t.title, t.slug, t.summary, r.number, r.type.id,"
                        + " r.issuer.id, r.issuedOn, r.effectiveOn, r.expiredOn from DocumentRecord r join r.article a"
                        + " join a.translations t where t.language = :lang and r.id in :ids", Object[].class)
                .setParameter("lang", language).setParameter("ids", ids).getResultList())
                .forEach(row -> cards.put((Long) row[0], new DocumentCard((Long) row[0], (String) row[1],
                        language.documentPath((String) row[2]), (String) row[3], (String) row[4],
                        term(terms, Vocabulary.TYPE, (Long) row[5]), term(terms, Vocabulary.ISSUER, (Long) row[6]),
                        (LocalDate) row[7], (LocalDate) row[8], (LocalDate) row[9])));
        return ids.stream().map(cards::get).filter(Objects::nonNull).toList();
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
                .map(t -> view(t, numbers, changes.now()))));
    }

    /** Any document translation as the public would see it, whatever its status: for previews. */
    static DocumentView view(ArticleTranslation t, Map<String, String> numbers, Instant now) {
        Article document = t.article();
        Map<Language, String> urls = new EnumMap<>(Language.class);
        document.translations().stream().filter(other -> ContentViews.alternate(other, t, now))
                .forEach(other -> urls.put(other.language(), other.language().documentPath(other.slug())));
        String own = document.existingRecord().map(DocumentRecord::numberKey).orElse("");
        return new DocumentView(document.id(), t.language(), t.title(), t.summary(),
                // a document does not link to itself
                DocumentNumbers.linked(t.bodyHtml(), key -> key.equals(own) ? null : numbers.get(key)),
                document.publishedAt(), t.updatedAt(), Map.copyOf(urls),
                document.existingRecord().map(DocumentRecord::facts).orElse(null),
                document.attachmentLinks(t.language()), linkedBy(document, t.language(), now));
    }

    /** The news the public sees in {@code language} that links {@code document}, newest first. */
    private static List<Citation> linkedBy(Article document, Language language, Instant now) {
        return document.linkedBy().stream().filter(a -> a.isPublicIn(language, now))
                .sorted(Comparator.comparing(Article::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(a -> a.translation(language).map(n -> new Citation(n.title(), language.articlePath(n.slug()))).orElseThrow())
                .toList();
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

    /** The years from the first document issued to the last, newest first. */
    public List<Integer> years() {
        return cached(List.of("years"), () -> database.read(session -> {
            // Over every entry, drafts' too: read from the date's index alone, where the published
            // ones' would join every document (a year without a published document lists none).
            Object[] range = session.createQuery("select min(r.issuedOn), max(r.issuedOn) from DocumentRecord r",
                    Object[].class).getSingleResult();
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
