package vn.saola.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.saola.cluster.ClusterMessages;

/**
 * Carries changes to content from the node that made them to the others: each drops what it
 * derived from content (pages in memory, search results) before the change is acknowledged to
 * the editor, so that no node serves an edited article's old text afterwards.
 */
@ApplicationScoped
class ChangesAcrossNodes {

    private static final String SUBJECT = "content-changed";

    @Inject
    ClusterMessages messages;

    @Inject
    Event<ContentChanged> changes;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        messages.onMessage(SUBJECT, payload -> changes.fire(ContentChanged.elsewhere()));
    }

    void tellOthers(@Observes ContentChanged change) {
        if (change.madeHere()) {
            messages.tellOthersAndWait(SUBJECT, "");
        }
    }
}
