package vn.saola.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/** {@code /vi/rss.xml}, {@code /en/rss.xml}: the newest articles of the whole site in one language. */
@Path("{lang: vi|en}/rss.xml")
public class SiteFeed {

    @Inject
    PublicContent content;

    @Inject
    SiteSettings settings;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public Response feed(@PathParam("lang") String code) {
        Language language = Language.fromCode(code).orElseThrow(NotFoundException::new);
        String name = layout.siteName(language);
        return Feeds.feed(language, layout.baseUrl(uri), settings.zone(), name,
                Messages.get(language, "feed.description", name), language.homePath(), Feeds.path(language),
                content.newest(language, 1, Feeds.ITEMS).items());
    }
}
