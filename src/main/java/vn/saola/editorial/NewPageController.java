package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;

import vn.saola.content.ArticleKind;

/** {@code /admin/pages/new?lang=vi&parent=ID}: a new page, under the page {@code parent} names if any. */
@Controller
@RequestScoped
@Path("admin/pages/new")
public class NewPageController extends NewItemController {

    @Override
    ArticleKind making() {
        return ArticleKind.PAGE;
    }
}
