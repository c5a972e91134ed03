package vn.saola.media;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The text of an attached document, for search. PDFs are read page by page with PDFBox, within
 * limits a hostile or broken file cannot stretch — so many pages, so many characters, so many
 * seconds; what was read until a limit is kept; their streams are buffered in a temporary file,
 * not the heap; one that needs a password to open has no text for us. Word and Excel files (97 and
 * later) are read with Apache POI, whose guard against ZIP bombs stays on (an entry that inflates
 * over a hundred times its size, or beyond POI's size limits, is refused); OpenDocument files by
 * {@link OpenDocumentText}. A ZIP has no text of its own.
 */
@ApplicationScoped
public class TextExtraction {

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    @Inject
    @ConfigProperty(name = "saola.attachments.text-pages", defaultValue = "1000")
    int maxPages;

    @Inject
    @ConfigProperty(name = "saola.attachments.text-seconds", defaultValue = "60")
    int maxSeconds;

    /** At most this many characters of one file's text are kept. */
    static final int MAX_CHARACTERS = 1_000_000;

    /** The file's text, or empty when none can be read. */
    public Optional<String> text(Path file, AttachmentType type) {
        return switch (type) {
            case PDF -> pdfText(file, maxPages, MAX_CHARACTERS, Duration.ofSeconds(maxSeconds));
            case DOC, DOCX, XLS, XLSX -> OfficeText.of(file, type);
            case ODT, ODS -> OpenDocumentText.of(file, MAX_CHARACTERS);
            case ZIP -> Optional.empty();
        };
    }

    static Optional<String> pdfText(Path file, int maxPages, int maxCharacters, Duration time) {
        long started = System.nanoTime();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            Bounded stripper = new Bounded(maxCharacters, System.nanoTime() + time.toNanos());
            stripper.setEndPage(Math.min(pdf.getNumberOfPages(), maxPages));
            StringWriter text = new StringWriter();
            try {
                stripper.writeText(pdf, text);
            } catch (LimitReached limit) {
                LOG.info(() -> file.getFileName() + ": " + limit.getMessage() + "; the text read until then is kept");
            }
            String read = text.toString().strip();
            LOG.fine(() -> file.getFileName() + ": " + read.length() + " characters in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            return read.isEmpty() ? Optional.empty() : Optional.of(read);
        } catch (InvalidPasswordException locked) {
            LOG.info(() -> file.getFileName() + ": a PDF that needs a password; its text is not read");
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            LOG.info(() -> file.getFileName() + ": not readable as a PDF (" + unreadable + ")");
            return Optional.empty();
        }
    }

    /** Why reading stopped early. */
    private static final class LimitReached extends IOException {
        LimitReached(String why) {
            super(why, null);
        }
    }

    /** PDFBox's text reader, stopped at a number of characters or a moment, whichever comes first. */
    private static final class Bounded extends PDFTextStripper {

        private final int maxCharacters;
        private final long deadline;
        private int written;
        private int operators;

        Bounded(int maxCharacters, long deadline) {
            this.maxCharacters = maxCharacters;
            this.deadline = deadline;
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            checkTime();
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            // One page can hold millions of drawing operators: the clock is looked at inside a page too.
            if (++operators % 10_000 == 0) {
                checkTime();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            written += text.length();
            if (written > maxCharacters) {
                throw new LimitReached("the text is over " + maxCharacters + " characters");
            }
            super.writeString(text, positions);
        }

        private void checkTime() throws LimitReached {
            if (System.nanoTime() > deadline) {
                throw new LimitReached("reading took over its time");
            }
        }
    }
}
