package vn.saola.importing;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import vn.saola.i18n.Language;

/** What an import did: lines created, updated and rejected, and why each rejected line was rejected. */
final class ImportReport {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A report lists this many rejections at most; the count goes on. */
    static final int MAX_LISTED = 1000;

    private record Rejected(int line, String id, String reason) {
    }

    private final Language language;
    private final List<Rejected> listed = new ArrayList<>();
    private int created;
    private int updated;
    private int rejected;

    ImportReport(Language language) {
        this.language = language;
    }

    void saved(boolean isNew) {
        if (isNew) {
            created++;
        } else {
            updated++;
        }
    }

    void reject(int line, String id, Rejection why) {
        rejected++;
        if (listed.size() < MAX_LISTED) {
            listed.add(new Rejected(line, id, why.message(language)));
        }
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int rejected() {
        return rejected;
    }

    JsonObject toJson() {
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        for (Rejected r : listed) {
            var error = JSON.createObjectBuilder().add("line", r.line());
            if (r.id() != null) {
                error.add("id", r.id());
            }
            errors.add(error.add("reason", r.reason()));
        }
        return JSON.createObjectBuilder()
                .add("created", created)
                .add("updated", updated)
                .add("rejected", rejected)
                .add("errors", errors)
                .add("errorsTruncated", rejected > listed.size())
                .build();
    }
}
