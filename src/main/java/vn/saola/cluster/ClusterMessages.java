package vn.saola.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.hazelcast.cluster.Member;
import com.hazelcast.topic.ITopic;

/**
 * Tells the other nodes something and waits until each has acted on it: what a node must drop
 * when content changes elsewhere is dropped before the change is acknowledged to whoever made it,
 * so no node serves the old text after that. A node that does not answer within
 * {@code saola.cluster.answer-millis} is logged, not waited for (it may be dying).
 *
 * <p>Messages are plain strings on a Hazelcast topic: every node reads them, whatever classes its
 * application holds.
 */
@ApplicationScoped
public class ClusterMessages {

    private static final Logger LOG = Logger.getLogger(ClusterMessages.class.getName());
    private static final String TOPIC = "saola-messages";
    private static final String ANSWERS = "saola-answers";

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "saola.cluster.answer-millis", defaultValue = "2000")
    long answerMillis;

    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> awaited = new ConcurrentHashMap<>();
    private UUID messagesListener;
    private UUID answersListener;

    @PostConstruct
    void listen() {
        if (!cluster.isClustered()) {
            return;
        }
        ITopic<String> topic = cluster.grid().getTopic(TOPIC);
        ITopic<String> answers = cluster.grid().getTopic(ANSWERS);
        Member self = cluster.grid().getCluster().getLocalMember();
        // Handlers run on the grid's threads: they are given the application's class loader, without
        // which MicroProfile Config would not see Saola's settings in a bean first made there.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        messagesListener = topic.addMessageListener(message -> {
            if (message.getPublishingMember().equals(self)) {
                return;
            }
            // id subject payload
            String[] parts = message.getMessageObject().split(" ", 3);
            Consumer<String> handler = handlers.get(parts[1]);
            Thread thread = Thread.currentThread();
            ClassLoader grid = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            try {
                if (handler != null) {
                    handler.accept(parts.length > 2 ? parts[2] : "");
                }
            } finally {
                thread.setContextClassLoader(grid);
                answers.publish(parts[0]);
            }
        });
        answersListener = answers.addMessageListener(answer -> {
            CountDownLatch latch = awaited.get(answer.getMessageObject());
            if (latch != null) {
                latch.countDown();
            }
        });
    }

    /** What this node does when another tells it {@code subject}; one handler a subject. */
    public void onMessage(String subject, Consumer<String> handler) {
        if (subject.contains(" ")) {
            throw new IllegalArgumentException("A subject is one word: " + subject);
        }
        handlers.put(subject, handler);
    }

    /** Tells every other node, and returns once each has handled it (or the wait ran out). */
    public void tellOthersAndWait(String subject, String payload) {
        if (!cluster.isClustered()) {
            return;
        }
        int others = cluster.size() - 1;
        if (others <= 0) {
            return;
        }
        String id = UUID.randomUUID().toString();
        CountDownLatch latch = new CountDownLatch(others);
        awaited.put(id, latch);
        try {
            cluster.grid().<String>getTopic(TOPIC).publish(id + " " + subject + " " + payload);
            if (!latch.await(answerMillis, TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> latch.getCount() + " of " + others + " other node(s) did not confirm \"" + subject
                        + "\" within " + answerMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaited.remove(id);
        }
    }

    @PreDestroy
    void stopListening() {
        if (messagesListener != null) {
            cluster.grid().getTopic(TOPIC).removeMessageListener(messagesListener);
            cluster.grid().getTopic(ANSWERS).removeMessageListener(answersListener);
        }
    }
}
