package vn.saola.site;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleView;
import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.stats.CountingFilter;

/** {@code /vi/bai-viet/{slug}}, {@code /en/articles/{slug}}: one article, with its category's and the newest others. */
@Controller
@RequestScoped
@Path("{lang}/{section: " + Language.ARTICLE_SEGMENTS + "}/{slug}")
public class ArticleController {

    @Inject
    Models models;

    @Inject
    PublicContent content;

    @Inject
    ArticlePage page;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public String article(@PathParam("lang") String code, @PathParam("section") String section,
            @PathParam("slug") String slug) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.articlesSegment());
        String wanted = PublicPaths.slug(slug);
        Optional<ArticleView> found = content.publishedArticle(language, wanted);
        if (found.isEmpty()) {
            // An address from before the slug was changed: permanently moved, not gone.
            String movedTo = content.movedTo(language, wanted).orElseThrow(() -> PublicPaths.missing(content, language, wanted));
            throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create(movedTo));
        }
        ArticleView article = found.get();
        CountingFilter.articleShown(request, article.articleId());
        return page.show(models, article, uri);
    }
}
