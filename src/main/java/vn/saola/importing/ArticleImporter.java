package vn.saola.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import vn.saola.content.ContentChanges;
import vn.saola.content.EditRefused;
import vn.saola.content.ImportedTranslation;
import vn.saola.i18n.Language;
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

    private record Numbered(int line, ImportedTranslation translation) {
    }

    ImportReport importLines(InputStream body, Language reportLanguage) throws IOException {
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
            batch.add(new Numbered(line.number(), parsed.translation()));
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
        try {
            content.importBatch(batch.stream().map(Numbered::translation).toList()).forEach(report::saved);
        } catch (RuntimeException batchFailed) {
            LOG.info(() -> "An import batch failed as a whole (" + batchFailed + "); saving its lines one by one");
            for (Numbered numbered : batch) {
                try {
                    content.importBatch(List.of(numbered.translation())).forEach(report::saved);
                } catch (EditRefused refused) {
                    // A page's parent or type: the line's own fault, said in the report's words.
                    report.reject(numbered.line(), numbered.translation().importId(), new Rejection(refused.messageKey()));
                } catch (RuntimeException lineFailed) {
                    report.reject(numbered.line(), numbered.translation().importId(),
                            new Rejection("notSaved", rootCause(lineFailed)));
                }
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
