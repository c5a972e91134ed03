package vn.saola.site;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.OldAddresses;
import vn.saola.content.PublicContent;

/**
 * The addresses of the site Saola replaced ({@code /2024/02/…/}, {@code /?p=4},
 * {@code /wp-content/uploads/…}) answer 301 to where their item is now, so links kept in e-mails,
 * other portals and search engines survive the move. Only asked where Saola itself has nothing:
 * a 404, or the home address with an item's query.
 */
@ApplicationScoped
class OldSiteAddresses {

    @Inject
    PublicContent content;

    Optional<Response> redirect(String method, UriInfo uri) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        URI asked = uri.getRequestUri();
        return OldAddresses.key(asked.getRawPath(), asked.getRawQuery()).flatMap(content::oldAddress)
                .map(now -> Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(now))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build());
    }
}
