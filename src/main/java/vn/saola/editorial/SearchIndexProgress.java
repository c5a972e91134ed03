package vn.saola.editorial;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.saola.search.IndexRebuilds;
import vn.saola.search.SearchIndex;

/**
 * {@code GET /admin/search-index/progress.json}: how far the index rebuild has come, for the
 * progress bar's script. A plain resource: Krazo would take a controller's answer for a view name.
 */
@Path("admin/search-index/progress.json")
public class SearchIndexProgress {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SearchIndex index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String progress() {
        IndexRebuilds.Progress progress = index.rebuildProgress();
        return JSON.createObjectBuilder().add("state", progress.state()).add("done", progress.done())
                .add("total", progress.total()).add("percent", progress.percent())
                .add("startedBy", progress.startedBy() == null ? "" : progress.startedBy())
                .add("failure", progress.failure() == null ? "" : progress.failure())
                .add("retryAt", progress.retryAt() == null ? "" : progress.retryAt().toString()).build().toString();
    }
}
