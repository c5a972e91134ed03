package vn.saola.editorial;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import vn.saola.content.ArticleDirectory;
import vn.saola.content.ArticleLabel;
import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;
import vn.saola.stats.StatsCsv;
import vn.saola.stats.StatsPeriod;
import vn.saola.stats.StatsStore;
import vn.saola.stats.ViewLedger;

/**
 * {@code /admin/stats/export.csv?from=…&to=…[&article=ID]}: the day rows of a period as a
 * spreadsheet. A plain resource, not an MVC controller: its answer is a file, not a view.
 */
@Path("admin/stats/export.csv")
public class StatsExport {

    @Inject
    StatsStore store;

    @Inject
    ArticleDirectory content;

    @Inject
    SiteSettings settings;

    @Context
    HttpHeaders headers;

    /** The day rows of a period as a spreadsheet: UTF-8 with a byte order mark, which Excel needs to read Vietnamese. */
    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("article") String article) {
        // The same language the admin pages are shown in (their locale comes from Accept-Language).
        var chosen = headers.getCookies().get(LanguageChoice.ADMIN_COOKIE);
        Formats formats = adminFormats(settings, LanguageChoice.forAdmin(chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale());
        StatsPeriod period;
        Long articleId = null;
        try {
            period = StatsPeriod.range(from, to);
            if (article != null && !article.isEmpty()) {
                if (!article.matches("[0-9]{1,18}")) {
                    throw new StatsPeriod.Invalid("stats.error.article");
                }
                articleId = Long.parseLong(article);
            }
        } catch (StatsPeriod.Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST).type("text/plain; charset=UTF-8")
                    .entity(Messages.get(formats.language(), e.key)).build();
        }
        List<StatsStore.ExportRow> rows = store.export(period.from(), period.to(), articleId);
        Map<Long, ArticleLabel> labels = content.labels(rows.stream().map(StatsStore.ExportRow::articleId)
                .filter(a -> a != ViewLedger.SITE).distinct().toList());
        String csv = StatsCsv.write(rows, labels, Messages.get(formats.language(), "stats.csv.site"),
                Messages.get(formats.language(), "stats.csv.header"));
        String name = "saola-stats-" + period.from() + "-" + period.to() + (articleId == null ? "" : "-" + articleId) + ".csv";
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** Numbers, dates and words in the administrator's language. */
    static Formats adminFormats(SiteSettings settings, Locale locale) {
        Language language = locale == null ? Language.primary()
                : Language.fromCode(locale.getLanguage()).orElse(Language.primary());
        return settings.formats(language);
    }
}
