package vn.saola.site;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * {@code /vi/so-do-cong}, {@code /en/site-map}: every part of the site in one tree, for people
 * (the XML one for search engines is {@link Sitemap}) — the home page, the pages under their
 * parents, each category with its feed, search, and the feeds.
 */
@Controller
@RequestScoped
@Path("{lang}/{section: " + Language.SITE_MAP_SEGMENTS + "}")
public class SiteMapController {

    @Inject
    Models models;

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public String siteMap(@PathParam("lang") String code, @PathParam("section") String section) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.siteMapSegment());
        Map<Language, String> everyLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            everyLanguage.put(l, l.siteMapPath());
        }
        models.put("page", layout.frame(language, Messages.get(language, "siteMap.title"),
                Messages.get(language, "siteMap.description", layout.siteName(language)), everyLanguage, uri));
        models.put("pages", content.pages(language));
        models.put("categories", content.categories(language));
        models.put("siteFeed", Feeds.path(language));
        return "site/site-map.html";
    }
}
