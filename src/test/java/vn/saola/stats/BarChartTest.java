package vn.saola.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void everyBarShowsItsValueAndTheAxisItsLabels() {
        String svg = BarChart.svg("Lượt xem <theo ngày>", List.of("24/11", "25/11"),
                List.of(new BarChart.Series("Lượt xem", List.of(81861L, 0L)),
                        new BarChart.Series("Lượt khách", List.of(5251L, 0L))),
                v -> String.format(java.util.Locale.GERMANY, "%,d", v));
        assertTrue(svg.contains("<title>Lượt xem &lt;theo ngày&gt;</title>"), svg);
        assertTrue(svg.contains(">81.861</text>"));
        assertTrue(svg.contains(">5.251</text>"));
        assertTrue(svg.contains(">24/11</text>") && svg.contains(">25/11</text>"));
        assertTrue(svg.contains(">Lượt khách</text>"), "a legend");
        assertFalse(svg.contains(">0</text>"), "empty bars carry no number");
    }
}
