package vn.saola.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /robots.txt}: crawlers are welcome on the public pages, kept out of the admin and the API, and shown the sitemap. */
@Path("robots.txt")
public class Robots {

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public Response robots() {
        String body = "User-agent: *\n"
                + "Disallow: /admin/\n"
                + "Disallow: /api/\n"
                + "\n"
                + "Sitemap: " + layout.baseUrl(uri) + "/sitemap.xml\n";
        return Response.ok(body, "text/plain; charset=UTF-8").header("Cache-Control", "max-age=3600").build();
    }
}
