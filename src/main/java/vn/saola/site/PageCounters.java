package vn.saola.site;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;
import vn.saola.platform.SiteSettings;
import vn.saola.site.CounterSlots.Slot;
import vn.saola.stats.ViewCounter;

/**
 * The view counts a public page shows — the site's widget and an article's own count — as the
 * page writes them: the figures of the moment, or slots when the page is rendered to be kept
 * ({@link KeptPages}), and then the figures that fill those slots each time it is served.
 */
@ApplicationScoped
public class PageCounters {

    @Inject
    ViewCounter views;

    @Inject
    SiteSettings settings;

    @Inject
    HttpServletRequest request;

    CounterText site(Language language) {
        return isKept() ? CounterSlots.markers() : CounterText.of(views.siteFigures(), settings.formats(language));
    }

    String articleViews(long articleId, Language language) {
        return isKept() ? CounterSlots.marker(Slot.ARTICLE_VIEWS)
                : settings.formats(language).number(views.articleViews(articleId));
    }

    /** What each slot of a kept page in {@code language} (of article {@code articleId}, if any) holds now. */
    Map<Slot, String> now(Language language, Long articleId) {
        Formats formats = settings.formats(language);
        CounterText site = CounterText.of(views.siteFigures(), formats);
        Map<Slot, String> values = new EnumMap<>(Slot.class);
        values.put(Slot.TODAY, site.today());
        values.put(Slot.MONTH, site.month());
        values.put(Slot.YEAR, site.year());
        values.put(Slot.TOTAL, site.total());
        values.put(Slot.VISITORS, site.visitors());
        values.put(Slot.ODOMETER, site.odometer());
        if (articleId != null) {
            values.put(Slot.ARTICLE_VIEWS, formats.number(views.articleViews(articleId)));
        }
        return values;
    }

    private boolean isKept() {
        return request.getAttribute(KeptPages.KEEPING) != null;
    }
}
