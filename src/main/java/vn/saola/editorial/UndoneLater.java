package vn.saola.editorial;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import vn.saola.content.BulkUndo;

/**
 * The bulk changes an editor may still undo, kept in their session under a random key the list's
 * undo button sends back: only that editor can undo them, each once, and only the last few.
 */
final class UndoneLater {

    static final int KEPT = 5;
    private static final String ATTRIBUTE = "saola.bulkUndo";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UndoneLater() {
    }

    static String keep(HttpSession session, BulkUndo done) {
        byte[] key = new byte[12];
        RANDOM.nextBytes(key);
        String name = HexFormat.of().formatHex(key);
        synchronized (session) {
            LinkedHashMap<String, BulkUndo> kept = kept(session);
            kept.put(name, done);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, kept);
        }
        return name;
    }

    static Optional<BulkUndo> take(HttpSession session, String key) {
        if (key == null || !key.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        synchronized (session) {
            LinkedHashMap<String, BulkUndo> kept = kept(session);
            BulkUndo done = kept.remove(key);
            session.setAttribute(ATTRIBUTE, kept);
            return Optional.ofNullable(done);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, BulkUndo> kept(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map ? new LinkedHashMap<>((Map<String, BulkUndo>) map) : new LinkedHashMap<>();
    }
}
