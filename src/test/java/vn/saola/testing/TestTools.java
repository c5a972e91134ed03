package vn.saola.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the test classpath (Chromium, nginx). On a workstation that
 * lacks it the test is skipped, saying why; under CI ({@code CI=true}) it fails, saying why: a
 * skipped test proves nothing, and a CI run that skipped one must not be green.
 */
public final class TestTools {

    private TestTools() {
    }

    /** Goes on when {@code present}; otherwise fails under CI and skips elsewhere, with {@code why}. */
    public static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if (underCi()) {
            Assertions.fail(why + " (CI=true: a test that cannot get what it needs fails)");
        }
        System.err.println("SKIPPED: " + why);
        Assumptions.abort(why);
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
