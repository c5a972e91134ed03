package vn.saola.site;

import vn.saola.i18n.Formats;
import vn.saola.stats.ViewFigures;

/**
 * The counter widget's numbers as a page writes them: formatted in the page's language, or, in
 * a page being kept, slots that are filled with the figures of the moment each time it is served
 * ({@link CounterSlots}).
 */
public record CounterText(String today, String month, String year, String total, String visitors, String odometer) {

    static CounterText of(ViewFigures figures, Formats formats) {
        return new CounterText(formats.number(figures.today()), formats.number(figures.month()),
                formats.number(figures.year()), formats.number(figures.total()), formats.number(figures.visitors()),
                figures.odometer());
    }
}
