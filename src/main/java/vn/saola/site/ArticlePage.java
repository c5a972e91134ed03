package vn.saola.site;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleView;
import vn.saola.content.PublicContent;
import vn.saola.media.ImageLibrary;
import vn.saola.media.LibraryImageView;
import vn.saola.media.Pictures;
import vn.saola.platform.SiteSettings;
import vn.saola.sharing.ArticleMetadata;
import vn.saola.sharing.ShareLinks;

/**
 * The public article page: what it shows around an article. Shared by the page itself and the
 * editors' preview, so a preview is the page the public will see, not a look-alike.
 */
@ApplicationScoped
public class ArticlePage {

    static final int RELATED = 5;
    public static final String VIEW = "site/article.html";

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Inject
    BodyPictures bodyPictures;

    @Inject
    Pictures pictures;

    @Inject
    ImageLibrary library;

    @Inject
    PageCounters counters;

    @Inject
    SiteSettings settings;

    public String show(Models models, ArticleView article, UriInfo uri) {
        PageFrame frame = layout.frame(article.language(), article.title(), article.summary(), article.urls(), uri);
        models.put("page", frame);
        models.put("bodyHtml", bodyPictures.of(article.bodyHtml(), article.language()));
        models.put("featuredPicture", pictures.of(article.featuredImage()));
        // The article's own words for its image, else the library's; the caption is the library's.
        Optional<LibraryImageView> inLibrary = library.atAddress(article.featuredImage());
        models.put("featuredAlt", article.featuredImageAlt() != null ? article.featuredImageAlt()
                : inLibrary.map(i -> i.alt(article.language())).orElse(""));
        models.put("featuredCaption", inLibrary.map(i -> i.caption(article.language())).orElse(null));
        String base = layout.baseUrl(uri);
        models.put("share", ShareLinks.of(base + article.url(), article.title(), article.summary(), frame.siteName()));
        models.put("meta", ArticleMetadata.of(article, frame.description(), base, layout.identity(), settings.zone()));
        models.put("zaloOfficialAccount", settings.zaloOfficialAccount());
        models.put("article", article);
        models.put("articleViews", counters.articleViews(article.articleId(), article.language()));
        models.put("sameCategory", content.sameCategory(article.language(), article.category().id(),
                article.articleId(), RELATED));
        models.put("newest", content.newest(article.language(), 1, RELATED + 1).items().stream()
                .filter(card -> card.articleId() != article.articleId()).limit(RELATED).toList());
        return VIEW;
    }
}
