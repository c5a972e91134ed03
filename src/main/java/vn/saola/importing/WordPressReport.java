package vn.saola.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * What a WordPress import did, as it goes (the progress bar reads it while the import runs): items
 * created, updated and skipped, each skipped one with its reason in the report's language, and how
 * many old addresses now lead to the new ones.
 */
public final class WordPressReport {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** One item not imported (or imported without something), and why. */
    public record Skipped(String item, String reason) {
    }

    private final Language language;
    private final int total;
    private final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private volatile int created;
    private volatile int updated;
    private volatile int skippedCount;
    private volatile int redirects;
    private volatile int done;

    WordPressReport(Language language, int total) {
        this.language = language;
        this.total = total;
    }

    void saved(boolean isNew) {
        if (isNew) {
            created++;
        } else {
            updated++;
        }
        done++;
    }

    /** {@code reason}: an {@code import.wordpress.skip.*} key. */
    void skip(String item, String reason, Object... args) {
        skippedCount++;
        if (skipped.size() < WxrSurvey.MAX_LISTED) {
            skipped.add(new Skipped(item, Messages.get(language, "import.wordpress.skip." + reason, args)));
        }
    }

    /** An item of the import that will not be written after all. */
    void failed(String item, String reason, Object... args) {
        skip(item, reason, args);
        done++;
    }

    void redirected(int count) {
        redirects += count;
    }

    Language language() {
        return language;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int skippedCount() {
        return skippedCount;
    }

    public int redirects() {
        return redirects;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    public int percent() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public List<Skipped> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    JsonObject toJson() {
        JsonArrayBuilder listed = JSON.createArrayBuilder();
        skipped().forEach(s -> listed.add(JSON.createObjectBuilder().add("item", s.item()).add("reason", s.reason())));
        return JSON.createObjectBuilder()
                .add("created", created)
                .add("updated", updated)
                .add("skipped", listed)
                .add("skippedCount", skippedCount)
                .add("redirects", redirects)
                .build();
    }
}
