package vn.saola.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many searches the index ranks at once; the others wait their turn, first come first served.
 * A search is pure work for the processor: with more of them running than there are cores, they
 * share the cores and evict each other's data from the processor's caches, and all of them take
 * long. Taking turns, each takes about its own time plus its wait (docs/search.md measures it).
 * {@code saola.search.concurrent-searches} sets the number; 0 means one per processor core.
 */
@ApplicationScoped
public class SearchesAtOnce {

    @Inject
    @ConfigProperty(name = "saola.search.concurrent-searches", defaultValue = "0")
    int configured;

    private Semaphore turns;
    private int permits;

    @PostConstruct
    void create() {
        permits = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        turns = new Semaphore(permits, true);
    }

    int permits() {
        return permits;
    }

    <T> T run(Supplier<T> search) {
        turns.acquireUninterruptibly();
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }
}
