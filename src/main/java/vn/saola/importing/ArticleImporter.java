package vn.saola.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import vn.saola.content.AttachedFile;
import vn.saola.content.Attachments;
import vn.saola.content.ContentChanges;
import vn.saola.content.EditRefused;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.Register;
import vn.saola.editorial.AttachmentTexts;
import vn.saola.i18n.Language;
import vn.saola.media.FileStore;
import vn.saola.platform.SiteSettings;

/**
 * Imports an NDJSON stream of article translations. Lines are saved in batches, one transaction
 * each, so memory stays bounded whatever the size of the body; a batch that fails as a whole is
 * saved again line by line, so one bad line rejects only itself and nothing is half-written.
 */
@ApplicationScoped
public class ArticleImporter {

    static final int BATCH = 200;
    static final int MAX_LINE_BYTES = 2 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ArticleImporter.class.getName());

    @Inject
    ContentChanges content;

    @Inject
    SiteSettings settings;

    @Inject
    Validator validator;

    @Inject
    OldSiteFiles oldSiteFiles;

    @Inject
    Register register;

    @Inject
    Attachments attachments;

    @Inject
    AttachmentTexts texts;

    /** A line to save, with its register entry and the files fetched for it when it is a document's. */
    private record Numbered(int line, ImportedTranslation translation, DocumentLine document, List<Fetched> files) {
    }

    private record Fetched(String title, FileStore.Stored stored) {
    }

    /** {@code zip}: the files the lines name by path, or null when none was sent. */
    ImportReport importLines(InputStream body, Language reportLanguage, ZipFile zip) throws IOException {
        ImportLineParser parser = new ImportLineParser(settings.zone(), validator);
        NdjsonLines lines = new NdjsonLines(new BufferedInputStream(body, 64 * 1024), MAX_LINE_BYTES);
        ImportReport report = new ImportReport(reportLanguage);
        List<Numbered> batch = new ArrayList<>(BATCH);
        NdjsonLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.problem() != null) {
                report.reject(line.number(), null, line.problem());
                continue;
            }
            ImportLineParser.Parsed parsed = parser.parse(line.text());
            if (!parsed.isOk()) {
                report.reject(line.number(), parsed.id(), parsed.problem());
                continue;
            }
            List<Fetched> fetched = new ArrayList<>();
            try {
                if (parsed.document() != null) {
                    for (DocumentLine.FileLine file : parsed.document().files()) {
                        fetched.add(new Fetched(file.title(), oldSiteFiles.fetch(file, zip)));
                    }
                }
            } catch (OldSiteFiles.NotFetched notFetched) {
                // Before anything is saved: a line whose files cannot be had changes nothing.
                report.reject(line.number(), parsed.id(), notFetched.why);
                continue;
            }
            batch.add(new Numbered(line.number(), parsed.translation(), parsed.document(), fetched));
            if (batch.size() == BATCH) {
                save(batch, report);
                batch.clear();
            }
        }
        save(batch, report);
        return report;
    }

    private void save(List<Numbered> batch, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        List<Numbered> saved = new ArrayList<>(batch.size());
        try {
            content.importBatch(batch.stream().map(Numbered::translation).toList()).forEach(report::saved);
            saved.addAll(batch);
        } catch (RuntimeException batchFailed) {
            LOG.info(() -> "An import batch failed as a whole (" + batchFailed + "); saving its lines one by one");
            for (Numbered numbered : batch) {
                try {
                    content.importBatch(List.of(numbered.translation())).forEach(report::saved);
                    saved.add(numbered);
                } catch (EditRefused refused) {
                    // A page's parent or type: the line's own fault, said in the report's words.
                    report.reject(numbered.line(), numbered.translation().importId(), new Rejection(refused.messageKey()));
                } catch (RuntimeException lineFailed) {
                    report.reject(numbered.line(), numbered.translation().importId(),
                            new Rejection("notSaved", rootCause(lineFailed)));
                }
            }
        }
        register(saved, report);
    }

    /**
     * The register entries and files of the documents just saved. A file already listed under the
     * document (the same bytes: a re-import) is not listed twice.
     */
    private void register(List<Numbered> saved, ImportReport report) {
        for (Numbered numbered : saved) {
            DocumentLine document = numbered.document();
            if (document == null) {
                continue;
            }
            ImportedTranslation words = numbered.translation();
            try {
                long id = register.recordImported(words.importId(), document.number(), document.documentType(),
                        document.issuer(), document.field(), document.signer(), document.issuedOn(),
                        document.effectiveOn(), document.expiredOn());
                Set<String> listed = new HashSet<>();
                attachments.of(id, words.language()).forEach(a -> listed.add(a.address()));
                for (Fetched file : numbered.files()) {
                    FileStore.Stored stored = file.stored();
                    if (listed.add(stored.address())) {
                        long attachment = attachments.attach(id, new AttachedFile(stored.address(), stored.name(),
                                stored.type().mediaType(), stored.size()), words.language(),
                                file.title() == null ? "" : file.title(), "import");
                        texts.readLater(new Attachments.AwaitingText(id, attachment, stored.address()));
                    }
                }
            } catch (EditRefused refused) {
                // The words are saved; the entry is not (a number the issuer already gave another document).
                report.reject(numbered.line(), words.importId(), new Rejection(
                        "register.error.numberTaken".equals(refused.messageKey()) ? "numberTaken" : "documentEntry",
                        refused.field()));
            }
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
