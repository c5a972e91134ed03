package vn.saola.stats;

import java.util.List;
import java.util.function.LongFunction;

/**
 * A bar chart drawn as SVG on the server: no script, readable without hovering — every bar carries
 * its value, the axis its labels. One or two series (views, visitors) side by side.
 */
final class BarChart {

    private static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;
    private static final int LEFT = 8;
    private static final String[] COLOURS = { "#b71c1c", "#546e7a" };

    record Series(String name, List<Long> values) {
    }

    private BarChart() {
    }

    /**
     * @param title   the chart's accessible name
     * @param labels  one per group of bars, under the axis
     * @param series  one or two, each with a value per label
     * @param numbers how a value is written (the page's language)
     */
    static String svg(String title, List<String> labels, List<Series> series, LongFunction<String> numbers) {
        int groups = labels.size();
        int barWidth = groups > 20 ? 9 : 18;
        int groupWidth = barWidth * series.size() + 8;
        int width = LEFT * 2 + Math.max(1, groups) * groupWidth;
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stats-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(HEIGHT + 16).append("\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT + 16).append("\"><title>").append(escape(title)).append("</title>");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - LEFT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#999\"/>");
        for (int g = 0; g < groups; g++) {
            int x0 = LEFT + g * groupWidth + 4;
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values().get(g);
                int h = (int) Math.round((double) value * plot / max);
                int x = x0 + s * barWidth;
                int y = HEIGHT - BOTTOM - h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth - 1)
                        .append("\" height=\"").append(h).append("\" fill=\"").append(COLOURS[s % COLOURS.length])
                        .append("\"/>");
                if (value > 0) {
                    // Values stand upright above narrow bars, so that long numbers do not overlap.
                    int cx = x + barWidth / 2;
                    svg.append("<text font-size=\"9\" text-anchor=\"start\" transform=\"translate(").append(cx + 3)
                            .append(',').append(y - 2).append(") rotate(-90)\">").append(escape(numbers.apply(value)))
                            .append("</text>");
                }
            }
            int cx = x0 + series.size() * barWidth / 2;
            svg.append("<text font-size=\"10\" text-anchor=\"end\" transform=\"translate(").append(cx + 3).append(',')
                    .append(HEIGHT - BOTTOM + 6).append(") rotate(-60)\">").append(escape(labels.get(g))).append("</text>");
        }
        int legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(HEIGHT + 4).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/><text font-size=\"11\" x=\"").append(legendX + 14)
                    .append("\" y=\"").append(HEIGHT + 13).append("\">").append(escape(series.get(s).name())).append("</text>");
            legendX += 24 + series.get(s).name().length() * 7;
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
