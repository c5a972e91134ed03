package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;

import vn.saola.content.ArticleKind;

/** {@code /admin/articles/new?lang=vi}: a new article, written first in one language. */
@Controller
@RequestScoped
@Path("admin/articles/new")
public class NewArticleController extends NewItemController {

    @Override
    ArticleKind making() {
        return ArticleKind.ARTICLE;
    }
}
