package vn.saola.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleView;
import vn.saola.content.ContentService;
import vn.saola.i18n.Language;
import vn.saola.stats.CountingFilter;
import vn.saola.stats.ViewCounter;

/** {@code /vi/bai-viet/{slug}}, {@code /en/articles/{slug}}: one article, with its category's and the newest others. */
@Controller
@RequestScoped
@Path("{lang}/{section: " + Language.ARTICLE_SEGMENTS + "}/{slug}")
public class ArticleController {

    static final int RELATED = 5;

    @Inject
    Models models;

    @Inject
    ContentService content;

    @Inject
    SiteLayout layout;

    @Inject
    ViewCounter views;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public String article(@PathParam("lang") String code, @PathParam("section") String section,
            @PathParam("slug") String slug) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.articlesSegment());
        ArticleView article = content.publishedArticle(language, PublicPaths.slug(slug))
                .orElseThrow(NotFoundException::new);
        models.put("page", layout.frame(language, article.title(), article.summary(), article.urls(), uri));
        models.put("article", article);
        models.put("articleViews", views.articleViews(article.articleId()));
        CountingFilter.articleShown(request, article.articleId());
        models.put("sameCategory", content.sameCategory(language, article.category().id(), article.articleId(), RELATED));
        models.put("newest", content.newest(language, 1, RELATED + 1).items().stream()
                .filter(card -> card.articleId() != article.articleId()).limit(RELATED).toList());
        return "site/article.html";
    }
}
