package vn.saola.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The WordPress exports under src/test/resources/wordpress (see the README there). */
public final class WordPressExports {

    private WordPressExports() {
    }

    /** The derived export with Polylang's translation pairs. */
    public static byte[] polylang() {
        return resource("polylang-export.xml");
    }

    /** The excerpt of the real export WordPress 6.1.9 wrote. */
    public static byte[] excerpt() {
        return resource("wordpress-excerpt.xml");
    }

    public static byte[] resource(String name) {
        try (InputStream in = WordPressExports.class.getResourceAsStream("/wordpress/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
