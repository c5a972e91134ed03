package vn.saola.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;
import vn.saola.platform.SiteSettings;
import vn.saola.search.SearchFilters;
import vn.saola.search.SearchHit;
import vn.saola.search.SearchResults;
import vn.saola.search.SearchService;

/**
 * {@code GET /api/search?q=…&lang=vi|en|all&type=…&page=1&size=10}, answering
 * {@code {"total": N, "hits": [{"id","type","lang","title","url","snippet","publishedAt"}]}} — the
 * contract outside tooling relies on. {@code lang} defaults to all languages; the snippet is escaped
 * text with the matched words in {@code <mark>}.
 *
 * <p>A servlet rather than a JAX-RS resource, because it is the API's busiest route: JAX-RS in this
 * application runs Krazo's request filter on every request, whose bean look-ups walk the stack, and
 * with Jersey's routing that cost 1.1 ms of processor time per request before any searching
 * (docs/search.md, "Fast without the memory of results"). Refusals still end on the site's error
 * answer: {@code sendError} reaches {@code web.xml}'s error pages, which answer JSON under {@code /api/}.
 */
@WebServlet("/api/search")
public class SearchApi extends HttpServlet {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SearchService search;

    @Inject
    SiteSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        String type = request.getParameter("type");
        Language language = everything(lang) ? null : Language.fromCode(lang).orElse(null);
        ArticleKind kind = everything(type) ? null : ArticleKind.fromWord(type).orElse(null);
        int page = number(request.getParameter("page"), 1, SearchService.MAX_PAGE);
        int size = number(request.getParameter("size"), 10, SearchService.MAX_SIZE);
        if (language == null && !everything(lang) || kind == null && !everything(type) || page < 0 || size < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SearchResults results = search.search(request.getParameter("q"),
                new SearchFilters(language, kind, null, null), page, size);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(settings.zone());
        JsonArrayBuilder hits = JSON.createArrayBuilder();
        for (SearchHit hit : results.hits()) {
            hits.add(JSON.createObjectBuilder()
                    .add("id", hit.publicId())
                    .add("type", hit.kind().word())
                    .add("lang", hit.language().code())
                    .add("title", hit.title())
                    .add("url", hit.url())
                    .add("snippet", hit.snippetHtml())
                    .add("publishedAt", iso.format(hit.publishedAt())));
        }
        byte[] json = JSON.createObjectBuilder().add("total", results.total()).add("hits", hits).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** No filter: the parameter absent, empty or {@code all}. */
    private static boolean everything(String value) {
        return value == null || value.isEmpty() || value.equals("all");
    }

    /** A positive whole number up to {@code max}; absent means the default; anything else is -1, a bad request. */
    private static int number(String value, int absent, int max) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int number = Integer.parseInt(value);
        return number < 1 || number > max ? -1 : number;
    }
}
