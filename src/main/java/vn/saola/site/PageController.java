package vn.saola.site;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PageView;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.stats.CountingFilter;

/**
 * {@code /vi/gioi-thieu}, {@code /vi/gioi-thieu/co-cau-to-chuc}: a page, found by its own slug (the
 * last segment). An address whose parents are no longer the page's — a parent renamed or moved —
 * answers {@code 301} to where the page is now, as an old slug does.
 */
@Controller
@RequestScoped
@Path("{lang: vi|en}/{path: " + Language.PAGE_PATH + "}")
public class PageController {

    @Inject
    Models models;

    @Inject
    PublicContent content;

    @Inject
    PagePage page;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public String page(@PathParam("lang") String code, @PathParam("path") String path) {
        Language language = PublicPaths.language(code);
        String slug = PublicPaths.slug(path.substring(path.lastIndexOf('/') + 1));
        Optional<PageView> found = content.publishedPage(language, slug);
        String wanted = "/" + code + "/" + path;
        String current = found.map(PageView::url).or(() -> content.movedTo(language, slug))
                .orElseThrow(() -> PublicPaths.missing(content, language, slug));
        if (!current.equals(wanted)) {
            throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create(current));
        }
        PageView shown = found.orElseThrow(NotFoundException::new);
        CountingFilter.articleShown(request, shown.articleId());
        return page.show(models, shown, uri);
    }
}
