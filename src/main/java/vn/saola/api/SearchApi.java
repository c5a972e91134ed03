package vn.saola.api;

import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.saola.content.ArticleKind;
import vn.saola.i18n.Language;
import vn.saola.platform.SiteSettings;
import vn.saola.search.SearchFilters;
import vn.saola.search.SearchHit;
import vn.saola.search.SearchResults;
import vn.saola.search.SearchService;

/**
 * {@code GET /api/search?q=…&lang=vi|en|all&page=1&size=10}, answering
 * {@code {"total": N, "hits": [{"id","lang","title","url","snippet","publishedAt"}]}} — the contract
 * outside tooling relies on. {@code lang} defaults to all languages; the snippet is escaped text
 * with the matched words in {@code <mark>}.
 */
@Path("api/search")
public class SearchApi {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SearchService search;

    @Inject
    SiteSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String search(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("type") String type,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Language language = lang == null || lang.isEmpty() || lang.equals("all") ? null
                : Language.fromCode(lang).orElseThrow(BadRequestException::new);
        ArticleKind kind = type == null || type.isEmpty() || type.equals("all") ? null
                : ArticleKind.fromWord(type).orElseThrow(BadRequestException::new);
        SearchResults results = search.search(q, new SearchFilters(language, kind, null, null),
                number(page, 1, SearchService.MAX_PAGE),
                number(size, 10, SearchService.MAX_SIZE));
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
        return JSON.createObjectBuilder().add("total", results.total()).add("hits", hits).build().toString();
    }

    /** A positive whole number up to {@code max}; absent means the default, anything else is a bad request. */
    private static int number(String value, int absent, int max) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException();
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > max) {
            throw new BadRequestException();
        }
        return number;
    }
}
