package vn.saola.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.Session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.platform.BackgroundWork;
import vn.saola.platform.Database;
import vn.saola.platform.SiteSettings;

/**
 * The library of uploaded images, as WordPress's media library keeps it: every image uploaded
 * anywhere (a body, a featured image, the logo, the library itself) once, with its text alternative
 * and caption in each language, found by words and month; an image replaced keeps its place in every
 * text (the caller rewrites them) and its old address redirects to the new one.
 */
@ApplicationScoped
public class ImageLibrary {

    private static final Logger LOG = Logger.getLogger(ImageLibrary.class.getName());
    /** Images listed on one page of the library. */
    public static final int PAGE_SIZE = 30;
    /** How long another node may show an image's old text alternative after it was edited here. */
    static final Duration DESCRIPTIONS_KEPT = Duration.ofMinutes(1);

    @Inject
    ImageStore store;

    @Inject
    Database database;

    @Inject
    SiteSettings settings;

    @Inject
    BackgroundWork background;

    @Inject
    MovedAddresses moved;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    private Cache<String, Optional<LibraryImageView>> byKey;

    @PostConstruct
    void createMemory() {
        byKey = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(DESCRIPTIONS_KEPT).build();
    }

    /** Images stored before the library existed (or by a node that failed to note one) join it once deployed. */
    void adoptLater(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.onceDeployed("Adopting stored images into the library", this::adoptStoredImages);
    }

    /** The upload limit as an editor reads it ({@code 5 MB}). */
    public String maxSize() {
        return store.maxSize();
    }

    /** Stores an upload and lists it in the library, named as it was sent ({@code sentName}, made safe). */
    public LibraryImageView upload(InputStream upload, String sentName, String by) throws UploadRefused, IOException {
        StoredImage stored = store.store(upload);
        String name = FileNames.safe(sentName, stored.address().substring(stored.address().lastIndexOf('.') + 1));
        LibraryImage image = database.write(session -> {
            LibraryImage made = new LibraryImage(stored, name, by, clock.instant());
            session.persist(made);
            return made;
        });
        LOG.info(() -> "Image " + stored.address() + " uploaded by " + by);
        return image.view(store.thumbnail(image.address()));
    }

    /** The page {@code page} (from 1) of the images matching {@code filter}, newest first, with how many match. */
    public ImagePage find(ImageFilter filter, int page) {
        return database.read(session -> {
            String where = " where 1 = 1";
            String words = LibraryImage.comparable(filter.words());
            if (!words.isEmpty()) {
                where += " and i.words like :w";
            }
            if (filter.month() != null) {
                where += " and i.uploadedAt >= :from and i.uploadedAt < :until";
            }
            var count = session.createQuery("select count(i) from LibraryImage i" + where, Long.class);
            var list = session.createQuery("from LibraryImage i" + where + " order by i.uploadedAt desc, i.id desc",
                    LibraryImage.class);
            for (var query : List.of(count, list)) {
                if (!words.isEmpty()) {
                    query.setParameter("w", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
                if (filter.month() != null) {
                    ZoneId zone = settings.zone();
                    query.setParameter("from", filter.month().atDay(1).atStartOfDay(zone).toInstant());
                    query.setParameter("until", filter.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
                }
            }
            long total = count.getSingleResult();
            List<LibraryImageView> images = list.setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                    .getResultStream().map(this::view).toList();
            return new ImagePage(images, total, Math.max(1, page), PAGE_SIZE);
        });
    }

    /** The newest {@code limit} images, for the editor's pickers. */
    public List<LibraryImageView> newest(int limit) {
        return database.read(session -> session.createQuery("from LibraryImage i order by i.uploadedAt desc, i.id desc",
                LibraryImage.class).setMaxResults(limit).getResultStream().map(this::view).toList());
    }

    /** The months (in the site's time zone) some image was uploaded in, newest first: the filter's choices. */
    public List<YearMonth> months() {
        ZoneId zone = settings.zone();
        return database.read(session -> {
            Set<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());
            session.createQuery("select i.uploadedAt from LibraryImage i", Instant.class).getResultStream()
                    .forEach(at -> months.add(YearMonth.from(at.atZone(zone))));
            return List.copyOf(months);
        });
    }

    public Optional<LibraryImageView> image(long id) {
        return database.read(session -> Optional.ofNullable(session.get(LibraryImage.class, id)).map(this::view));
    }

    /**
     * The library's image at {@code address} (the original's or a narrower copy's), as the public
     * pages read it for its text alternative and caption: remembered a minute.
     */
    public Optional<LibraryImageView> atAddress(String address) {
        return ImageStore.keyOf(address).flatMap(key -> byKey.get(key, k -> database.read(session ->
                session.createQuery("from LibraryImage i where i.key = :key", LibraryImage.class).setParameter("key", k)
                        .uniqueResultOptional().map(this::view))));
    }

    /** The library's image whose own address is {@code address} (not a copy's), read now. */
    public Optional<LibraryImageView> withAddress(String address) {
        if (address == null || address.length() > 100) {
            return Optional.empty();
        }
        return database.read(session -> session.createQuery("from LibraryImage i where i.address = :address",
                LibraryImage.class).setParameter("address", address).uniqueResultOptional().map(this::view));
    }

    /**
     * Sets the text alternative and caption of the image in each language {@code words} names; empty
     * ones are none.
     *
     * @throws UploadRefused (its message key) when one is too long: nothing is changed
     */
    public void describe(long id, Map<Language, ImageWords> words) throws UploadRefused {
        Map<Language, ImageWords> tidied = new EnumMap<>(Language.class);
        for (Map.Entry<Language, ImageWords> said : words.entrySet()) {
            String shows = tidy(said.getValue().alt());
            String says = tidy(said.getValue().caption());
            if (shows != null && shows.length() > LibraryImage.ALT) {
                throw new UploadRefused("media.error.altLength");
            }
            if (says != null && says.length() > LibraryImage.CAPTION) {
                throw new UploadRefused("media.error.captionLength");
            }
            tidied.put(said.getKey(), new ImageWords(shows, says));
        }
        String key = database.write(session -> {
            LibraryImage image = existing(session, id);
            tidied.forEach((language, said) -> image.describe(language, said.alt(), said.caption()));
            return image.key();
        });
        byKey.invalidate(key);
    }

    /**
     * Puts an upload in the place of the image {@code id}: the library's entry (its descriptions,
     * its date) now shows the new file, under a new address, since browsers keep an address's bytes a
     * year; the old address, and any that redirected to it, redirect to the new one. The old file is deleted.
     * The texts that showed the image are the caller's to rewrite.
     */
    public Replacement replace(long id, InputStream upload, String sentName, String by) throws UploadRefused, IOException {
        LibraryImageView before = image(id).orElseThrow(() -> new UploadRefused("media.error.gone"));
        StoredImage stored = store.store(upload);
        String name = FileNames.safe(sentName, stored.address().substring(stored.address().lastIndexOf('.') + 1));
        database.writeInTransaction(session -> {
            LibraryImage image = existing(session, id);
            image.takeFile(stored, name);
            image.replaced(clock.instant());
            audit.record(session, new AuditRecord(by, AuditAction.IMAGE_REPLACED, "image:" + id, name,
                    before.address() + " → " + stored.address()));
        });
        moved.record(before.address(), stored.address());
        byKey.invalidate(before.key());
        forget(before.address());
        LOG.info(() -> "Image " + before.address() + " replaced by " + stored.address() + " by " + by);
        return new Replacement(before.key(), before.address(), stored.address());
    }

    /** What a replacement changed: the old key and address, and the new address. */
    public record Replacement(String oldKey, String oldAddress, String newAddress) {
    }

    /** Deletes the image, its copies and the addresses that redirected to it; whether it is used is the caller's to ask first. */
    public void delete(long id, String by) throws IOException {
        LibraryImageView image = image(id).orElse(null);
        if (image == null) {
            return;
        }
        database.writeInTransaction(session -> {
            session.remove(existing(session, id));
            audit.record(session, new AuditRecord(by, AuditAction.IMAGE_DELETED, "image:" + id, image.fileName(), image.address()));
        });
        moved.forget(image.address());
        byKey.invalidate(image.key());
        forget(image.address());
        LOG.info(() -> "Image " + image.address() + " deleted by " + by);
    }

    /**
     * Where the image that had the address {@code address} (an original's or a copy's) is now: a
     * replaced image's old addresses redirect to its new one.
     */
    public Optional<String> movedTo(String address) {
        Optional<String> key = ImageStore.keyOf(address);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return moved.startingWith(ImageStore.PREFIX + key.get() + ".");
    }

    /** Lists the stored images the library does not know: those uploaded before it existed. */
    void adoptStoredImages() {
        try {
            Set<String> known = new HashSet<>(database.read(session ->
                    session.createQuery("select i.key from LibraryImage i", String.class).getResultList()));
            int adopted = 0;
            for (ImageStore.StoredOriginal original : store.originals()) {
                if (known.contains(original.key())) {
                    continue;
                }
                Optional<StoredImage> stored = original.read();
                if (stored.isPresent()) {
                    Instant modified = Files.getLastModifiedTime(original.file()).toInstant();
                    String name = original.address().substring(original.address().lastIndexOf('/') + 1);
                    database.writeInTransaction(session -> session.persist(new LibraryImage(stored.get(), name, null, modified)));
                    adopted++;
                }
            }
            if (adopted > 0) {
                int count = adopted;
                LOG.info(() -> count + " stored images adopted into the library");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Stored images could not be listed: " + e);
        }
    }

    private void forget(String address) {
        try {
            store.delete(address);
        } catch (IOException e) {
            LOG.warning(() -> "Image " + address + " could not be deleted: " + e);
        }
    }

    private LibraryImageView view(LibraryImage image) {
        return image.view(store.thumbnail(image.address()));
    }

    private static LibraryImage existing(Session session, long id) {
        LibraryImage image = session.get(LibraryImage.class, id);
        if (image == null) {
            throw new IllegalArgumentException("No image " + id);
        }
        return image;
    }

    private static String tidy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
