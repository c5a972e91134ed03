package vn.saola.editorial;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import vn.saola.content.ArticleFilter;
import vn.saola.content.ArticleListing;
import vn.saola.content.ArticleRow;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditorialStatus;
import vn.saola.content.PageOf;
import vn.saola.i18n.Language;

/**
 * {@code /admin/articles}: every article, last edited first, with its status and a translation
 * badge per language; narrowed by status, category, translation needed and title words.
 * Unknown filter values are ignored rather than refused: the list is never an error page.
 */
@Controller
@RequestScoped
@Path("admin/articles")
public class ArticleListController {

    static final int PAGE_SIZE = 20;

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ArticleListing listing;

    @Inject
    CategoryEditing categories;

    @GET
    public String list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("needs") String needs, @QueryParam("q") String title, @QueryParam("page") String page,
            @QueryParam("deleted") String deleted, @QueryParam("bulk") String bulk, @QueryParam("count") String count,
            @QueryParam("undo") String undo) {
        desk.open("articles");
        if (bulk != null && bulk.matches("publish|unpublish|trash|category|restored|undone|undoGone") && count != null
                && count.matches("[0-9]{1,4}")) {
            models.put("bulkDone", desk.message("bulk.done." + bulk, Integer.parseInt(count)));
            if (undo != null && undo.matches("[0-9a-f]{24}")) {
                models.put("undo", undo);
            }
        }
        models.put("deleted", deleted != null);
        Language language = desk.language();
        ArticleFilter filter = new ArticleFilter(status(status), number(category), Language.fromCode(text(needs)).orElse(null),
                text(title).length() > 200 ? text(title).substring(0, 200) : text(title));
        Long wantedPage = number(page);
        int number = wantedPage == null || wantedPage < 1 || wantedPage > 100_000 ? 1 : wantedPage.intValue();
        PageOf<ArticleRow> articles = listing.articles(filter, language, number, PAGE_SIZE);
        if (articles.items().isEmpty() && number > 1) {
            articles = listing.articles(filter, language, 1, PAGE_SIZE);
        }
        models.put("articles", articles);
        models.put("filter", filter);
        models.put("categories", categories.all());
        models.put("statuses", List.of(EditorialStatus.values()));
        models.put("languages", List.of(Language.values()));
        models.put("pages", pageLinks(filter, articles));
        return "editorial/list.html";
    }

    /** Links to the previous and next page that keep the filters. */
    private static Map<String, String> pageLinks(ArticleFilter filter, PageOf<ArticleRow> page) {
        StringBuilder query = new StringBuilder("/admin/articles?");
        if (filter.status() != null) {
            query.append("status=").append(filter.status().name().toLowerCase()).append('&');
        }
        if (filter.categoryId() != null) {
            query.append("category=").append(filter.categoryId()).append('&');
        }
        if (filter.needs() != null) {
            query.append("needs=").append(filter.needs().code()).append('&');
        }
        if (!filter.title().isEmpty()) {
            query.append("q=").append(URLEncoder.encode(filter.title(), StandardCharsets.UTF_8))
                    .append('&');
        }
        Map<String, String> links = new LinkedHashMap<>();
        if (page.number() > 1) {
            links.put("previous", query + "page=" + (page.number() - 1));
        }
        if ((long) page.number() * page.size() < page.total()) {
            links.put("next", query + "page=" + (page.number() + 1));
        }
        return links;
    }

    private static EditorialStatus status(String value) {
        for (EditorialStatus status : EditorialStatus.values()) {
            if (status.name().equalsIgnoreCase(text(value))) {
                return status;
            }
        }
        return null;
    }

    private static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
