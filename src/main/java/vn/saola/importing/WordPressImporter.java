package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.content.ContentChanges;
import vn.saola.content.EditRefused;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.OldAddresses;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.media.FileStore;
import vn.saola.media.ImageLibrary;
import vn.saola.media.ImageWords;
import vn.saola.media.LibraryImageView;
import vn.saola.media.UploadRefused;
import vn.saola.platform.SiteSettings;
import vn.saola.search.SearchIndex;

/**
 * Moves a WordPress site in from its export (read twice: {@link WxrSurvey} first, then item by
 * item) and, optionally, a ZIP of its {@code wp-content/uploads}. Attachments go first, into the
 * library; then posts and pages, in batches of one transaction each, with their featured images and
 * the images their bodies show taken from the ZIP; each item's old addresses then lead to it.
 * Items are known by the old site's address and their id, so importing the same export again
 * updates what the first import made, never a second copy.
 */
@ApplicationScoped
public class WordPressImporter {

    private static final Logger LOG = Logger.getLogger(WordPressImporter.class.getName());
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPLOAD_SRC = Pattern.compile(
            "\\bsrc\\s*=\\s*[\"']([^\"']*?/wp-content/uploads/([^\"'?#]+))[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPLOAD_LINK = Pattern.compile(
            "(\\bhref\\s*=\\s*[\"'])([^\"']*?/wp-content/uploads/([^\"'?#]+))([\"'])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZED = Pattern.compile("-\\d{1,5}x\\d{1,5}(?=\\.[A-Za-z0-9]+$)");

    @Inject
    ContentChanges content;

    @Inject
    PublicContent publicContent;

    @Inject
    ImageLibrary library;

    @Inject
    FileStore files;

    @Inject
    SiteSettings settings;

    @Inject
    Validator validator;

    @Inject
    SearchIndex searchIndex;

    @Inject
    AuditLog audit;

    /** One import: its inputs, and what it has done so far. */
    private final class Run {
        final WxrSurvey survey;
        final ZipFile uploads;
        final String by;
        final WordPressReport report;
        final URI base;
        final String prefix;
        final Map<String, String> newAddresses = new HashMap<>();
        final Map<Long, String> attachmentAddresses = new HashMap<>();
        final Set<String> missing = new HashSet<>();
        final Set<String> imported = new HashSet<>();
        final List<OldAddresses.Lead> leads = new ArrayList<>();
        final WordPressItems.Context context;

        Run(WxrSurvey survey, ZipFile uploads, Map<String, String> bylines, String by, WordPressReport report) {
            this.survey = survey;
            this.uploads = uploads;
            this.by = by;
            this.report = report;
            this.base = base(survey.baseUrl());
            this.prefix = "wordpress:" + (base.getRawAuthority() == null ? "" : base.getRawAuthority().toLowerCase(Locale.ROOT))
                    + (base.getRawPath() == null ? "" : base.getRawPath().replaceFirst("/+$", ""));
            this.context = new WordPressItems.Context(prefix, settings.zone(), bylines, survey, this::rewriteBody,
                    attachmentAddresses);
        }

        /** Body images and links to the old site's uploads lead to the files now in Saola, where the ZIP had them. */
        String rewriteBody(String html) {
            String images = IMAGE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(image(m.group())));
            return UPLOAD_LINK.matcher(images).replaceAll(m -> {
                String now = upload(m.group(3), m.group(2));
                return Matcher.quoteReplacement(m.group(1) + (now == null ? m.group(2) : now) + m.group(4));
            });
        }

        /**
         * An image of the old site's uploads, shown from its new address; one the ZIP did not have becomes
         * a link to where it was, named by its text alternative: Saola's pages show no image from elsewhere.
         */
        private String image(String tag) {
            Matcher src = UPLOAD_SRC.matcher(tag);
            if (!src.find()) {
                return tag;
            }
            String now = upload(src.group(2), src.group(1));
            if (now != null) {
                return tag.substring(0, src.start(1)) + now + tag.substring(src.end(1));
            }
            Matcher alt = ALT.matcher(tag);
            String words = alt.find() && !alt.group(1).isBlank() ? alt.group(1)
                    : src.group(2).substring(src.group(2).lastIndexOf('/') + 1);
            return "<a href=\"" + src.group(1) + "\">" + words + "</a>";
        }

        /** Where the old upload {@code tail} ({@code 2026/11/x-300x158.png}) is now, storing it from the ZIP the first time. */
        String upload(String tail, String oldAddress) {
            String known = newAddresses.get(tail);
            if (known != null) {
                return known;
            }
            // A narrower copy WordPress made (x-300x158.png) is the original's: Saola makes its own copies.
            String original = SIZED.matcher(tail).replaceFirst("");
            String stored = newAddresses.get(original);
            if (stored == null) {
                stored = store(original, null, null).or(() -> store(tail, null, null)).orElse(null);
            }
            if (stored == null) {
                if (missing.add(tail)) {
                    report.skip(oldAddress, uploads == null ? "noUploads" : "notInUploads");
                }
                return null;
            }
            newAddresses.put(tail, stored);
            oldUploadKey(tail).ifPresent(key -> leads.add(OldAddresses.Lead.toFile(key, newAddresses.get(tail))));
            return stored;
        }

        /** Stores the old upload {@code tail} from the ZIP (an image into the library, another file as a download); empty when it has none. */
        Optional<String> store(String tail, String alt, String caption) {
            ZipEntry entry = entry(tail);
            // Imported before (this export again): the library's image, unless the ZIP brings other bytes
            // under that path (another site's uploads). Files are kept by their bytes' hash: stored again, the same.
            Optional<String> before = oldUploadKey(tail).flatMap(publicContent::oldAddress)
                    .filter(address -> address.startsWith("/files/") ? entry == null : library.withAddress(address)
                            .filter(image -> entry == null || image.size() == entry.getSize()).isPresent());
            if (before.isPresent()) {
                newAddresses.put(tail, before.get());
                return before;
            }
            if (entry == null) {
                return Optional.empty();
            }
            String name = tail.substring(tail.lastIndexOf('/') + 1);
            try (InputStream in = uploads.getInputStream(entry)) {
                LibraryImageView image = library.upload(in, name, by);
                if (alt != null || caption != null) {
                    library.describe(image.id(), Map.of(Language.primary(), new ImageWords(alt, caption)));
                }
                newAddresses.put(tail, image.address());
                return Optional.of(image.address());
            } catch (UploadRefused notAnImage) {
                return storeFile(entry, tail, name);
            } catch (IOException | RuntimeException unreadable) {
                report.skip(tail, "uploadUnreadable", unreadable.getClass().getSimpleName());
                return Optional.empty();
            }
        }

        private Optional<String> storeFile(ZipEntry entry, String tail, String name) {
            try (InputStream in = uploads.getInputStream(entry)) {
                String address = files.store(in, name).address();
                newAddresses.put(tail, address);
                return Optional.of(address);
            } catch (UploadRefused refused) {
                report.skip(tail, "uploadRefused");
                return Optional.empty();
            } catch (IOException | RuntimeException unreadable) {
                report.skip(tail, "uploadUnreadable", unreadable.getClass().getSimpleName());
                return Optional.empty();
            }
        }

        /** The ZIP's entry for an upload, whether the ZIP holds {@code uploads/…}, {@code wp-content/uploads/…} or the years themselves. */
        private ZipEntry entry(String tail) {
            if (uploads == null || tail.contains("..")) {
                return null;
            }
            for (String folder : new String[] {"", "uploads/", "wp-content/uploads/"}) {
                ZipEntry entry = uploads.getEntry(folder + tail);
                if (entry != null && !entry.isDirectory()) {
                    return entry;
                }
            }
            return null;
        }

        private Optional<String> oldUploadKey(String tail) {
            return OldAddresses.key((base.getRawPath() == null ? "" : base.getRawPath().replaceFirst("/+$", ""))
                    + "/wp-content/uploads/" + tail, null);
        }

        void oldAddressesOf(WxrItem item, String importId, Language language) {
            Set<String> keys = new LinkedHashSet<>();
            OldAddresses.keyOf(item.link(), base).ifPresent(keys::add);
            OldAddresses.keyOf(item.guid(), base).ifPresent(keys::add);
            OldAddresses.key("/", ("page".equals(item.type()) ? "page_id=" : "p=") + item.id()).ifPresent(keys::add);
            keys.forEach(key -> leads.add(OldAddresses.Lead.toArticle(key, importId, language)));
        }

        void recordLeads() {
            if (!leads.isEmpty()) {
                report.redirected(content.recordOldAddresses(List.copyOf(leads)));
                leads.clear();
            }
        }
    }

    /**
     * Imports what {@code survey} found in {@code wxr}, reporting in {@code report} as it goes.
     *
     * @param bylines the byline each WordPress author's items get, by login (absent: their name on the old site)
     * @param uploads the old site's uploads, or null
     */
    void importSite(Path wxr, WxrSurvey survey, ZipFile uploads, Map<String, String> bylines, String by,
            WordPressReport report) throws WxrRefused, IOException {
        long start = System.nanoTime();
        Run run = new Run(survey, uploads, bylines, by, report);
        survey.skipped().forEach(s -> report.skip(s.label(report.language()), s.reason()));
        for (int i = survey.skipped().size(); i < survey.skippedCount(); i++) {
            report.skip("…", "more");
        }
        if (survey.comments() > 0) {
            report.skip(Messages.get(report.language(), "import.wordpress.comments", survey.comments()), "comments");
        }
        attachments(run);
        List<WxrItem> waiting = new ArrayList<>();
        List<Saving> batch = new ArrayList<>();
        WxrReader.read(wxr, item -> {
            if ("attachment".equals(item.type()) || WordPressItems.whySkipped(item) != null) {
                return;
            }
            if ("page".equals(item.type()) && item.parent() != 0 && survey.isPage(item.parent())
                    && !run.imported.contains(WordPressItems.importId(run.prefix, survey.group(item.parent())))) {
                // Its parent comes later in the file: placed once the parent is.
                waiting.add(withoutContent(item));
                return;
            }
            add(run, item, batch);
        });
        save(run, batch);
        placeWaitingPages(wxr, run, waiting);
        run.recordLeads();
        if (report.created() + report.updated() >= ImportResource.BULK) {
            searchIndex.compactAfterBulkChange();
        }
        audit.record(AuditRecord.of(by, AuditAction.IMPORT).withDetails(String.format(
                "WordPress %s: %d created, %d updated, %d skipped, %d old addresses", survey.baseUrl(),
                report.created(), report.updated(), report.skippedCount(), report.redirects())));
        LOG.info(() -> String.format("WordPress import of %s by %s: %d created, %d updated, %d skipped, %d old addresses in %.1f s",
                survey.baseUrl(), by, report.created(), report.updated(), report.skippedCount(), report.redirects(),
                (System.nanoTime() - start) / 1e9));
    }

    private record Saving(WxrItem item, ImportedTranslation translation) {
    }

    private void attachments(Run run) {
        for (WxrSurvey.Attachment attachment : run.survey.attachments().values()) {
            String tail = attachment.file().isBlank() ? tailOf(attachment.url()) : attachment.file();
            if (tail == null) {
                continue;
            }
            Optional<String> stored = run.store(tail, blankToNull(attachment.alt()), blankToNull(attachment.caption()));
            if (stored.isEmpty()) {
                if (run.missing.add(tail)) {
                    run.report.skip(WxrItem.label(run.report.language(), "attachment", attachment.id(), attachment.title()),
                            run.uploads == null ? "noUploads" : "notInUploads");
                }
                continue;
            }
            run.attachmentAddresses.put(attachment.id(), stored.get());
            Set<String> keys = new LinkedHashSet<>();
            run.oldUploadKey(tail).ifPresent(keys::add);
            OldAddresses.keyOf(attachment.link(), run.base).ifPresent(keys::add);
            OldAddresses.keyOf(attachment.guid(), run.base).ifPresent(keys::add);
            OldAddresses.key("/", "attachment_id=" + attachment.id()).ifPresent(keys::add);
            keys.forEach(key -> run.leads.add(OldAddresses.Lead.toFile(key, stored.get())));
        }
        run.recordLeads();
    }

    private void add(Run run, WxrItem item, List<Saving> batch) {
        ImportedTranslation translation = WordPressItems.translation(item, run.context);
        if (translation.title() == null) {
            run.report.failed(item.label(run.report.language()), "noTitle");
            return;
        }
        // What an item does not have (a page's category, a post's parent) is not asked of it.
        Optional<ConstraintViolation<ImportedTranslation>> violation = validator.validate(translation).stream()
                .filter(v -> v.getInvalidValue() != null).findFirst();
        if (violation.isPresent()) {
            run.report.failed(item.label(run.report.language()), "invalid", violation.get().getPropertyPath().toString());
            return;
        }
        batch.add(new Saving(withoutContent(item), translation));
        run.imported.add(translation.importId());
        if (batch.size() == ArticleImporter.BATCH) {
            save(run, batch);
        }
    }

    private void save(Run run, List<Saving> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Boolean> created = content.importBatch(batch.stream().map(Saving::translation).toList());
            for (int i = 0; i < batch.size(); i++) {
                saved(run, batch.get(i), created.get(i));
            }
        } catch (RuntimeException batchFailed) {
            LOG.info(() -> "A WordPress import batch failed as a whole (" + batchFailed + "); saving its items one by one");
            for (Saving saving : batch) {
                try {
                    saved(run, saving, content.importBatch(List.of(saving.translation())).get(0));
                } catch (EditRefused refused) {
                    run.report.failed(saving.item().label(run.report.language()), "refused",
                            new Rejection(refused.messageKey()).message(run.report.language()));
                    run.imported.remove(saving.translation().importId());
                } catch (RuntimeException failed) {
                    run.report.failed(saving.item().label(run.report.language()), "notSaved", String.valueOf(failed.getMessage()));
                    run.imported.remove(saving.translation().importId());
                }
            }
        }
        batch.clear();
        run.recordLeads();
    }

    private static void saved(Run run, Saving saving, boolean created) {
        run.report.saved(created);
        run.oldAddressesOf(saving.item(), saving.translation().importId(), saving.translation().language());
    }

    /**
     * Pages that came before their parents, placed once their parents are: read again from the file
     * (their words were not kept), parents first; a page whose parent could not be imported goes at the top.
     */
    private void placeWaitingPages(Path wxr, Run run, List<WxrItem> waiting) throws WxrRefused, IOException {
        Set<Long> left = new HashSet<>();
        waiting.forEach(item -> left.add(item.id()));
        while (!left.isEmpty()) {
            Set<Long> ready = new HashSet<>();
            for (WxrItem item : waiting) {
                String parent = WordPressItems.importId(run.prefix, run.survey.group(item.parent()));
                if (left.contains(item.id()) && (run.imported.contains(parent) || !left.contains(item.parent()))) {
                    ready.add(item.id());
                }
            }
            if (ready.isEmpty()) {
                ready.addAll(left); // a loop of parents: each is imported, the loop refused by the page tree
            }
            List<Saving> batch = new ArrayList<>();
            WxrReader.read(wxr, item -> {
                if ("page".equals(item.type()) && ready.contains(item.id())) {
                    add(run, item, batch);
                }
            });
            save(run, batch);
            left.removeAll(ready);
        }
    }

    /** What a batch keeps of an item after its translation is made: not its words, which can be large. */
    private static WxrItem withoutContent(WxrItem item) {
        return new WxrItem(item.id(), item.type(), item.status(), item.title(), item.link(), item.guid(), item.name(),
                item.date(), item.modified(), item.creator(), "", "", item.parent(), item.attachmentUrl(),
                item.terms(), Map.of(), item.comments(), item.oversized());
    }

    private static String tailOf(String url) {
        int at = url == null ? -1 : url.indexOf("/wp-content/uploads/");
        return at < 0 ? null : url.substring(at + "/wp-content/uploads/".length()).replaceFirst("[?#].*$", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static URI base(String url) {
        try {
            return URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return URI.create("");
        }
    }
}
