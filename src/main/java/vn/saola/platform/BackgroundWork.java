package vn.saola.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Work done apart from requests (the search index's start-up check and rebuild retries, writing
 * view counts), on the container's managed executor and only once the application is fully
 * deployed.
 *
 * <p>Why wait: at the very end of a web application's start Payara closes the application's JAR
 * files (Catalina's {@code closeJARs}) and reopens them on the next class load. A thread loading
 * a class at that moment fails with {@code IllegalStateException: zip file closed}; on a busy
 * machine a rebuild started during deployment died of it ({@code HSEARCH600019: Unable to commit})
 * and left search empty. Requests reach the application only once its start is over, so the
 * first one ({@link DeploymentDone}) opens the gate; a server nobody asks opens it after
 * {@link #UNASKED}. Managed threads also carry the application's own class loader and naming.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    static final Duration UNASKED = Duration.ofSeconds(60);

    @Resource
    ManagedScheduledExecutorService executor;

    private final CompletableFuture<Void> deployed = new CompletableFuture<>();

    void startTheClock(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.schedule(this::deploymentDone, UNASKED.toSeconds(), TimeUnit.SECONDS);
    }

    /** The application's start is over: what waited for it may run. */
    void deploymentDone() {
        deployed.complete(null);
    }

    /** Runs {@code work} once, as soon as the application is deployed. */
    public void onceDeployed(String what, Runnable work) {
        deployed.thenRun(() -> executor.execute(logged(what, work)));
    }

    /** Runs {@code work} after {@code delay} (counted once the application is deployed). */
    public void after(Duration delay, String what, Runnable work) {
        deployed.thenRun(() -> executor.schedule(logged(what, work), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Runs {@code work} every {@code period} once the application is deployed, until the handle is cancelled. */
    public Repeating every(Duration period, String what, Runnable work) {
        Repeating repeating = new Repeating();
        deployed.thenRun(() -> repeating.started(executor.scheduleWithFixedDelay(logged(what, work),
                period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS)));
        return repeating;
    }

    /** A repeated piece of work; {@link #cancel} stops it (one already running finishes). */
    public static final class Repeating {

        private final AtomicReference<ScheduledFuture<?>> future = new AtomicReference<>();
        private volatile boolean cancelled;

        private void started(ScheduledFuture<?> scheduled) {
            future.set(scheduled);
            if (cancelled) {
                scheduled.cancel(false);
            }
        }

        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> scheduled = future.get();
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }

    /** A failure is logged with what failed; a repeated task goes on at its next turn. */
    private static Runnable logged(String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Background work failed: " + what, e);
            }
        };
    }

    @PreDestroy
    void closeTheGate() {
        // Nothing scheduled from now on: the container ends the executor's tasks with the application.
        deployed.cancel(false);
    }
}
