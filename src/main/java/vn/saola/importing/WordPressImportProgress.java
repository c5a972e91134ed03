package vn.saola.importing;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /admin/import/wordpress/{key}/progress.json}: how far an import has come, for the
 * progress bar's script (the one the search index's rebuild uses). A plain resource: Krazo would
 * take a controller's answer for a view name.
 */
@Path("admin/import/wordpress/{key: [0-9a-f]{32}}/progress.json")
public class WordPressImportProgress {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    WordPressImports imports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String progress(@PathParam("key") String key) {
        WordPressImports.Staged staged = imports.staged(key).orElseThrow(NotFoundException::new);
        WordPressReport report = staged.report;
        if (report == null) {
            return JSON.createObjectBuilder().add("state", "idle").add("done", 0).add("total", 0).add("percent", 0)
                    .build().toString();
        }
        return JSON.createObjectBuilder().add("state", staged.finished ? "done" : "running").add("done", report.done())
                .add("total", report.total()).add("percent", report.percent()).build().toString();
    }
}
