package vn.saola.site;

import java.net.URI;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import vn.saola.i18n.LanguageChoice;

/** {@code GET /}: sends the visitor to the home page of their language, saying in {@code Vary} what it looked at. */
@Path("")
public class LanguageRedirect {

    @GET
    public Response toHomePage(@CookieParam(LanguageChoice.COOKIE) String remembered,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        LanguageChoice.Choice choice = LanguageChoice.choose(remembered, acceptLanguage);
        // Both inputs are always consulted (the cookie first), so a cache must key on both.
        return Response.status(Response.Status.FOUND)
                .location(URI.create(choice.language().homePath()))
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }
}
