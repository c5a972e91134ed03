package vn.saola.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.CategoryLink;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/** {@code /vi/chuyen-muc/{slug}}, {@code /en/categories/{slug}}: a category's articles, page by page. */
@Controller
@RequestScoped
@Path("{lang}/{section: " + Language.CATEGORY_SEGMENTS + "}/{slug}")
public class CategoryController {

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
    public String category(@PathParam("lang") String code, @PathParam("section") String section,
            @PathParam("slug") String slug, @QueryParam("page") String page) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.categoriesSegment());
        int number = PublicPaths.pageNumber(page);
        CategoryLink category = content.category(language, PublicPaths.slug(slug)).orElseThrow(NotFoundException::new);
        models.put("page", layout.frame(language, category.name(),
                Messages.get(language, "category.description", category.name(), settings.name(language)),
                category.urls(), uri));
        models.put("category", category);
        models.put("categoryFeed", new CategoryLink(category.id(), category.name(), category.slug(),
                Feeds.path(category), category.urls()));
        models.put("articles", PublicPaths.existing(content.inCategory(language, category.id(), number,
                settings.pageSize())));
        return "site/category.html";
    }
}
