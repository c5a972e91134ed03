package vn.saola.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.CategoryLink;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/** {@code /vi/chuyen-muc/{slug}/rss.xml}, {@code /en/categories/{slug}/rss.xml}: one category's newest articles. */
@Path("{lang: vi|en}/{section}/{slug}/rss.xml")
public class CategoryFeed {

    @Inject
    PublicContent content;

    @Inject
    SiteSettings settings;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public Response feed(@PathParam("lang") String code, @PathParam("section") String section,
            @PathParam("slug") String slug) {
        Language language = Language.fromCode(code).orElseThrow(NotFoundException::new);
        if (!section.equals(language.categoriesSegment())) {
            throw new NotFoundException();
        }
        CategoryLink category = content.category(language, slug).orElseThrow(NotFoundException::new);
        String site = layout.siteName(language);
        return Feeds.feed(language, layout.baseUrl(uri), settings.zone(), category.name() + " – " + site,
                Messages.get(language, "feed.categoryDescription", category.name(), site), category.url(),
                Feeds.path(category), content.inCategory(language, category.id(), 1, Feeds.ITEMS).items());
    }
}
