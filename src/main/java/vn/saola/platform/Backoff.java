package vn.saola.platform;

import java.time.Duration;

/**
 * How long to wait before trying failed work again: {@code first}, then {@code factor} times
 * longer after each further failure, never longer than {@code longest}.
 */
public record Backoff(Duration first, int factor, Duration longest) {

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay.compareTo(longest) < 0 ? delay : longest;
    }
}
