package vn.saola.site;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PublicContent;

/** {@code /sitemap-N.xml}: one part of a sitemap too large for one file (see {@link Sitemap}). */
@Path("sitemap-{number: [0-9]{1,4}}.xml")
public class SitemapPart {

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public Response part(@PathParam("number") int number) {
        List<List<Sitemap.Page>> chunks = Sitemap.chunks(Sitemap.pages(content));
        if (number < 1 || number > chunks.size() || chunks.size() == 1) {
            throw new NotFoundException();
        }
        return Sitemap.xml(Sitemap.write(layout.baseUrl(uri), chunks.get(number - 1)));
    }
}
