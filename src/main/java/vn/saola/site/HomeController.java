package vn.saola.site;

import java.util.List;
import java.util.Set;

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

import vn.saola.content.ArticleCard;
import vn.saola.content.HomeArrangement;
import vn.saola.content.PageOf;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.media.Pictures;
import vn.saola.platform.SiteSettings;

/**
 * {@code /vi/}, {@code /en/}: what editors put at the top (the lead story, the featured articles,
 * the categories' blocks: {@link HomeArrangement}), then the newest articles, page by page.
 */
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

    @Inject
    Pictures pictures;

    @Context
    UriInfo uri;

    @GET
    public String home(@PathParam("lang") String code, @QueryParam("page") String page) {
        Language language = PublicPaths.language(code);
        int number = PublicPaths.pageNumber(page);
        models.put("page", layout.frameOfHome(language, Messages.get(language, "home.description",
                layout.siteName(language)), uri));
        int size = settings.pageSize();
        PageOf<ArticleCard> newest = PublicPaths.existing(content.newest(language, number, size));
        // The arrangement tops the first page only. The list below it does not repeat what it shows
        // and still shows a page's worth: read as many more as it leaves out.
        HomeArrangement arranged = number == 1 ? content.home(language) : HomeArrangement.NONE;
        Set<Long> shown = arranged.featuredIds();
        List<ArticleCard> list = shown.isEmpty() ? newest.items()
                : content.newest(language, 1, size + shown.size()).items().stream()
                        .filter(card -> !shown.contains(card.articleId())).limit(size).toList();
        models.put("arranged", arranged);
        models.put("articles", newest);
        models.put("newest", list);
        models.put("pictures", pictures);
        return "site/home.html";
    }
}
