package vn.saola.editorial;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import vn.saola.content.ArticleListing;
import vn.saola.content.PageTree;
import vn.saola.i18n.Language;

/**
 * {@code /admin/pages}: every page (Giới thiệu, Liên hệ …) as a tree, each under its parent, with
 * its status and a translation badge per language, and a way to add a page under each.
 */
@Controller
@RequestScoped
@Path("admin/pages")
public class PageListController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleListing listing;

    @GET
    public String list(@QueryParam("deleted") String deleted) {
        desk.open("pages");
        models.put("deleted", deleted != null);
        models.put("pages", listing.pages(desk.language()));
        models.put("languages", List.of(Language.values()));
        models.put("maxDepth", PageTree.MAX_DEPTH);
        return "editorial/pages.html";
    }
}
