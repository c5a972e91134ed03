package vn.saola.site;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Route every failure that leaves a resource to {@link ErrorPages}, so no visitor ever sees the container's own page. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    /** 404s, 405s, 400s…: the status JAX-RS chose, with our page. Redirects and answers with a body pass through. */
    @Provider
    @ApplicationScoped
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Inject
        ErrorPages pages;
        @Inject
        OldSiteAddresses oldSite;
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;
        @Context
        Request request;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response response = exception.getResponse();
            if (response.getStatus() < 400 || response.hasEntity()) {
                return response;
            }
            if (response.getStatus() == 404) {
                // Nothing of Saola's here: perhaps an address of the site it replaced.
                Optional<Response> moved = oldSite.redirect(request.getMethod(), uri);
                if (moved.isPresent()) {
                    return moved.get();
                }
            }
            if (response.getStatus() >= 500) {
                return pages.failure(exception, uri, headers);
            }
            Response page = pages.render(response.getStatus(), uri, headers);
            // What the status needs to be understood: the challenge of a 401, the methods of a 405.
            Response.ResponseBuilder kept = Response.fromResponse(page);
            for (String header : new String[] {"WWW-Authenticate", "Allow"}) {
                if (response.getHeaderString(header) != null) {
                    kept.header(header, response.getHeaderString(header));
                }
            }
            return kept.build();
        }
    }

    /** A form sent without this session's CSRF token (or with a stale one). */
    @Provider
    @ApplicationScoped
    @Priority(1)
    public static class CsrfFailures implements ExceptionMapper<CsrfValidationException> {
        @Inject
        ErrorPages pages;
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(CsrfValidationException exception) {
            return pages.render(403, uri, headers);
        }
    }

    /** Anything else is our fault: logged with an incident number, shown as a plain apology. */
    @Provider
    @ApplicationScoped
    public static class Failures implements ExceptionMapper<Throwable> {
        @Inject
        ErrorPages pages;
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable exception) {
            return pages.failure(exception, uri, headers);
        }
    }
}
