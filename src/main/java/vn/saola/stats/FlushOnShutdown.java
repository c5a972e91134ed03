package vn.saola.stats;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes the views still in memory when the application stops — from the servlet context's end,
 * which comes before the database pool closes (the order of CDI beans' own ends is not defined).
 */
@WebListener
public class FlushOnShutdown implements ServletContextListener {

    @Inject
    ViewCounter counter;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        counter.stop();
    }
}
