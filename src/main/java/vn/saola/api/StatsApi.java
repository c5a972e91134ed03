package vn.saola.api;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.saola.content.ArticleDirectory;
import vn.saola.stats.ViewCounter;
import vn.saola.stats.ViewFigures;

/**
 * {@code GET /api/stats}: {@code {"today","month","year","total","visitors"}} for the site, or with
 * {@code ?article=ID} (import id or own id) for one article. Public: the widget shows the same.
 */
@Path("api/stats")
public class StatsApi {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ViewCounter counter;

    @Inject
    ArticleDirectory content;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String stats(@QueryParam("article") String article) {
        ViewFigures figures;
        if (article == null || article.isEmpty()) {
            figures = counter.siteFigures();
        } else {
            if (article.length() > 200) {
                throw new NotFoundException();
            }
            figures = counter.articleFigures(content.articleId(article).orElseThrow(NotFoundException::new));
        }
        return JSON.createObjectBuilder()
                .add("today", figures.today())
                .add("month", figures.month())
                .add("year", figures.year())
                .add("total", figures.total())
                .add("visitors", figures.visitors())
                .build().toString();
    }
}
