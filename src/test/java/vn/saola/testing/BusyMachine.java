package vn.saola.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps every core of this machine busy (one spinning thread a core, in the test JVM) until
 * closed, or at the latest after {@code limitSeconds}: a server started meanwhile starts as it
 * would on a machine shared with other builds, which is where timing bugs at start-up show.
 */
public final class BusyMachine implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> spinners = new ArrayList<>();

    private BusyMachine(int limitSeconds) {
        long until = System.nanoTime() + limitSeconds * 1_000_000_000L;
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread spinner = new Thread(() -> {
                long sink = 0;
                while (running.get() && System.nanoTime() < until) {
                    sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
                }
                if (sink == 42) {
                    System.out.print("");
                }
            }, "busy-machine-" + i);
            spinner.setDaemon(true);
            spinner.start();
            spinners.add(spinner);
        }
    }

    public static BusyMachine forAtMost(int limitSeconds) {
        return new BusyMachine(limitSeconds);
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread spinner : spinners) {
            try {
                spinner.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
