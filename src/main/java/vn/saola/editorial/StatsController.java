package vn.saola.editorial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import vn.saola.accounts.CurrentAccount;
import vn.saola.content.ArticleDirectory;
import vn.saola.content.ArticleLabel;
import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;
import vn.saola.stats.Days;
import vn.saola.stats.StatsPeriod;
import vn.saola.stats.StatsReports;
import vn.saola.stats.StatsStore;
import vn.saola.stats.ViewCounter;
import vn.saola.stats.ViewLedger;

/**
 * {@code /admin/stats}: the site's traffic for administrators — totals, views by day, month and
 * year, the most read articles of a period, views by language; {@link StatsExport} has the CSV.
 */
@Controller
@RequestScoped
@Path("admin/stats")
public class StatsController {

    static final int TOP = 10;

    /** Views of a period in each language. */
    public record LanguageViews(long vi, long en) {

        static LanguageViews of(Map<Language, Long> views) {
            return new LanguageViews(views.getOrDefault(Language.VI, 0L), views.getOrDefault(Language.EN, 0L));
        }
    }

    /** A line of the most read articles. */
    public record TopArticle(ArticleLabel label, String title, long vi, long en, String statsUrl) {

        public long total() {
            return vi + en;
        }
    }

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    CurrentAccount account;

    @Inject
    ViewCounter counter;

    @Inject
    StatsStore store;

    @Inject
    StatsReports reports;

    @Inject
    ArticleDirectory content;

    @Inject
    SiteSettings settings;

    @GET
    public String dashboard(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Formats formats = start();
        LocalDate today = counter.today();
        StatsPeriod chosen;
        try {
            chosen = StatsPeriod.of(period, from, to, today);
        } catch (StatsPeriod.Invalid e) {
            models.put("error", Messages.get(formats.language(), e.key));
            chosen = new StatsPeriod("month", Days.monthStart(today), today);
        }
        models.put("figures", counter.siteFigures());
        charts(ViewLedger.SITE, today, formats);
        models.put("period", chosen);
        List<Map.Entry<Long, Map<Language, Long>>> top = store.top(chosen.from(), chosen.to(), TOP);
        Map<Long, ArticleLabel> labels = content.labels(top.stream().map(Map.Entry::getKey).toList());
        List<TopArticle> lines = new ArrayList<>();
        for (Map.Entry<Long, Map<Language, Long>> entry : top) {
            ArticleLabel label = labels.getOrDefault(entry.getKey(),
                    new ArticleLabel(entry.getKey(), null, Map.of(), Map.of()));
            lines.add(new TopArticle(label, label.title(formats.language()), entry.getValue().getOrDefault(Language.VI, 0L),
                    entry.getValue().getOrDefault(Language.EN, 0L), "/admin/stats/articles/" + entry.getKey()));
        }
        models.put("top", lines);
        models.put("languages", LanguageViews.of(store.byLanguage(ViewLedger.SITE, chosen.from(), chosen.to())));
        return "stats/dashboard.html";
    }

    @GET
    @Path("articles/{id: [0-9]{1,18}}")
    public String article(@PathParam("id") long id) {
        Formats formats = start();
        ArticleLabel label = content.labels(List.of(id)).get(id);
        if (label == null && store.firstDay(id) == null) {
            throw new NotFoundException();
        }
        models.put("label", label);
        models.put("articleTitle", label == null ? "#" + id : label.title(formats.language()));
        models.put("articleId", id);
        models.put("figures", counter.articleFigures(id));
        LocalDate today = counter.today();
        charts(id, today, formats);
        models.put("languages", LanguageViews.of(store.byLanguage(id, StatsPeriod.BEGINNING, today)));
        return "stats/article.html";
    }

    private void charts(long articleId, LocalDate today, Formats formats) {
        StatsReports.Charts charts = reports.charts(articleId, today, formats);
        models.put("daily", charts.daily());
        models.put("monthly", charts.monthly());
        models.put("yearly", charts.yearly());
        models.put("today", today);
    }

    /** The page's numbers and dates in the administrator's language. */
    private Formats start() {
        Formats formats = StatsExport.adminFormats(settings, mvc.getLocale());
        models.put("account", account.get().orElseThrow(ForbiddenException::new));
        models.put("formats", formats);
        return formats;
    }
}
