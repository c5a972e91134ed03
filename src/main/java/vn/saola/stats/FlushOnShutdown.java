package vn.saola.stats;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes the views still in memory when the server stops, whichever comes first: the JVM's
 * shutdown (SIGTERM) or the end of the servlet context (an undeployment; it comes before the
 * database pool closes, while the order of CDI beans' own ends is not defined).
 *
 * <p>Why not the servlet context alone: a clustered Payara Micro node stopped with SIGTERM on a
 * busy machine sometimes exits within a second without ending its applications (no
 * {@code contextDestroyed}, no "Payara Micro STOPPED"): the several-nodes test saw a node lose
 * every view it held. The JVM waits for its shutdown hooks, so this one's write always finishes.
 */
@WebListener
public class FlushOnShutdown implements ServletContextListener {

    @Inject
    ViewCounter counter;

    private Thread onExit;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        onExit = new Thread(counter::stop, "saola-write-views-on-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            // An undeployment without the JVM's end must not leave a hook into a stopped application.
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook runs (or ran) already; writing again below finds what came after it
        }
        counter.stop();
    }
}
