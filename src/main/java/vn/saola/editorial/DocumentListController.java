package vn.saola.editorial;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import vn.saola.content.ArticleFilter;
import vn.saola.content.ArticleListing;
import vn.saola.content.DocumentRow;
import vn.saola.content.PageOf;
import vn.saola.i18n.Language;

/**
 * {@code /admin/documents}: the register of official documents as editors see it — every entry,
 * those still without number and type first, then the newest issued — found by words of a title.
 */
@Controller
@RequestScoped
@Path("admin/documents")
public class DocumentListController {

    static final int PAGE_SIZE = 20;

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleListing listing;

    @GET
    public String list(@QueryParam("q") String words, @QueryParam("page") String page, @QueryParam("deleted") String deleted) {
        desk.open("documents");
        String typed = words == null ? "" : words.strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        int number = page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        ArticleFilter filter = new ArticleFilter(null, null, null, typed.isEmpty() ? null : typed);
        PageOf<DocumentRow> documents = listing.documents(filter, desk.language(), number, PAGE_SIZE);
        if (documents.items().isEmpty() && number > 1) {
            documents = listing.documents(filter, desk.language(), 1, PAGE_SIZE);
        }
        models.put("documents", documents);
        models.put("q", typed);
        models.put("deleted", deleted != null);
        models.put("languages", List.of(Language.values()));
        return "editorial/documents.html";
    }
}
