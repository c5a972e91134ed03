package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;

import vn.saola.content.ArticleKind;

/** {@code /admin/documents/new?lang=vi}: a new entry of the register of official documents. */
@Controller
@RequestScoped
@Path("admin/documents/new")
public class NewDocumentController extends NewItemController {

    @Override
    ArticleKind making() {
        return ArticleKind.DOCUMENT;
    }
}
