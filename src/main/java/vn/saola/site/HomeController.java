package vn.saola.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/** {@code /vi/}, {@code /en/}: the newest articles, page by page. */
@Controller
@RequestScoped
@Path("{lang}")
public class HomeController {

    @Inject
    Models models;

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Inject
    SiteSettings settings;

    @Context
    UriInfo uri;

    @GET
    public String home(@PathParam("lang") String code, @QueryParam("page") String page) {
        Language language = PublicPaths.language(code);
        int number = PublicPaths.pageNumber(page);
        models.put("page", layout.frameOfHome(language, Messages.get(language, "home.description",
                layout.siteName(language)), uri));
        models.put("articles", PublicPaths.existing(content.newest(language, number, settings.pageSize())));
        return "site/home.html";
    }
}
