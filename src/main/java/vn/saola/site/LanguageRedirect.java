package vn.saola.site;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.i18n.LanguageChoice;

/**
 * {@code GET /}: sends the visitor to the home page of their language, saying in {@code Vary} what it
 * looked at; with an old site's item query ({@code /?p=4}), to that item's address now.
 */
@Path("")
public class LanguageRedirect {

    @Inject
    OldSiteAddresses oldSite;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    public Response toHomePage(@CookieParam(LanguageChoice.COOKIE) String remembered,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (uri.getRequestUri().getRawQuery() != null) {
            // /?p=4, /?page_id=3: an item of the site Saola replaced.
            Optional<Response> moved = oldSite.redirect(request.getMethod(), uri);
            if (moved.isPresent()) {
                return moved.get();
            }
        }
        LanguageChoice.Choice choice = LanguageChoice.choose(remembered, acceptLanguage);
        // Both inputs are always consulted (the cookie first), so a cache must key on both.
        return Response.status(Response.Status.FOUND)
                .location(URI.create(choice.language().homePath()))
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }
}
