package vn.saola.site;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleKind;
import vn.saola.content.CategoryLink;
import vn.saola.content.PublicContent;
import vn.saola.content.Slugs;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.search.SearchFilters;
import vn.saola.search.SearchLinks;
import vn.saola.search.SearchResults;
import vn.saola.search.SearchService;

/**
 * {@code /vi/tim-kiem}, {@code /en/search}: the search form and its results, ten a page.
 * Filters that name nothing (an unknown category, a year that is not one) are dropped, not errors.
 */
@Controller
@RequestScoped
@Path("{lang}/{section: tim-kiem|search}")
public class SearchController {

    static final int PAGE_SIZE = 10;

    @Inject
    Models models;

    @Inject
    SearchService search;

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    @GET
    public String search(@PathParam("lang") String code, @PathParam("section") String section,
            @QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("category") String category,
            @QueryParam("year") String year,
            @QueryParam("scope") String scope, @QueryParam("page") String page) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.searchSegment());
        int number = PublicPaths.pageNumber(page);
        String text = q == null ? "" : q;
        boolean everyLanguage = "all".equals(scope);
        Optional<CategoryLink> inCategory = category == null || !Slugs.isWellFormed(category)
                ? Optional.empty() : content.category(language, category);
        Integer inYear = year(year);
        // An unknown type is no filter, as an unknown category is: the search still answers.
        ArticleKind kind = ArticleKind.fromWord(type).orElse(null);

        SearchFilters filters = new SearchFilters(everyLanguage ? null : language, kind,
                inCategory.map(CategoryLink::id).orElse(null), inYear);
        SearchResults results = search.search(text, filters, number, PAGE_SIZE);

        Map<Language, String> sameSearch = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            sameSearch.put(l, SearchLinks.page(l, text, kind, null, inYear, everyLanguage, 1));
        }
        String title = results.query().isEmpty() ? Messages.get(language, "search.title")
                : Messages.get(language, "search.titleFor", text.strip());
        models.put("page", layout.frame(language, title, Messages.get(language, "search.description"), sameSearch, uri));
        models.put("q", text);
        models.put("results", results);
        models.put("categories", content.categories(language));
        models.put("selectedCategory", inCategory.map(c -> category).orElse(""));
        models.put("years", content.publicationYears());
        models.put("selectedYear", inYear == null ? "" : inYear.toString());
        models.put("everyLanguage", everyLanguage);
        models.put("selectedType", kind == null ? "" : kind.word());
        models.put("links", new SearchLinks(language, text, kind, inCategory.map(c -> category).orElse(null), inYear,
                everyLanguage));
        return "search/search.html";
    }

    private static Integer year(String year) {
        if (year == null || !year.matches("[0-9]{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value >= 1900 && value <= 2200 ? value : null;
    }
}
