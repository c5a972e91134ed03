package vn.saola.site;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Errors the servlet container raises before Saola's resources run (a request for
 * {@code /WEB-INF/…}, a filter's refusal) are forwarded here by {@code web.xml}, so they too get
 * the site's localised error page instead of the container's.
 */
@Path("errors/{status: [1-5][0-9][0-9]}")
public class ContainerErrorPages {

    @Inject
    ErrorPages pages;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response onGet(@PathParam("status") int status) {
        return page(status);
    }

    @POST
    public Response onPost(@PathParam("status") int status) {
        return page(status);
    }

    private Response page(int status) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // The path the visitor asked for decides the language, not the error page's own.
        String path = original == null ? uri.getRequestUri().getRawPath() : original.toString();
        return pages.render(status < 400 ? 404 : status, path, uri, headers);
    }
}
