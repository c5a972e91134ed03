package vn.saola.editorial;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.saola.content.Attachments;
import vn.saola.media.FileStore;
import vn.saola.media.TextExtraction;
import vn.saola.platform.BackgroundWork;

/**
 * Reads the text of each attached file in the background, after the upload has been answered,
 * and gives it to content, whose change search follows. One file at a time, so a batch of large
 * PDFs takes one core, not every one. A start picks up what a stop interrupted; a node that does
 * not hold the file leaves it to one that does.
 */
@ApplicationScoped
public class AttachmentTexts {

    private static final Logger LOG = Logger.getLogger(AttachmentTexts.class.getName());

    @Inject
    FileStore files;

    @Inject
    TextExtraction extraction;

    @Inject
    Attachments attachments;

    @Inject
    BackgroundWork background;

    void catchUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.onceDeployed("reading the text of attached files", () -> attachments.awaitingText().forEach(this::read));
    }

    /** Reads the attachment's text soon. */
    public void readLater(Attachments.AwaitingText attachment) {
        background.onceDeployed("reading the text of " + attachment.address(), () -> read(attachment));
    }

    private synchronized void read(Attachments.AwaitingText attachment) {
        files.atAddress(attachment.address()).ifPresentOrElse(found -> {
            String text = extraction.text(found.file(), found.type()).orElse(null);
            attachments.keepText(attachment.articleId(), attachment.attachmentId(), text);
            LOG.fine(() -> attachment.address() + ": " + (text == null ? "no text" : text.length() + " characters"));
        }, () -> LOG.fine(() -> attachment.address() + ": not on this node"));
    }
}
