package org.innovationportfolio.logic.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Wrapping names and choosing axis labels, with a font where every character is 10 px wide and lines 20 px tall. */
class TimelineTextTest {

    private static final TimelineText.Metrics TEN_PX = new TimelineText.Metrics() {
        @Override
        public double width(String line) {
            return line.length() * 10.0;
        }

        @Override
        public double lineHeight() {
            return 20;
        }
    };

    @Test
    void aLongNameWrapsBetweenWordsIntoLinesThatFitAndLosesNoWord() {
        String name = "Safe Families: volunteer support for families under pressure";

        List<String> lines = TimelineText.wrap(name, 200, TEN_PX::width);

        assertThat(lines).containsExactly("Safe Families:", "volunteer support", "for families under", "pressure");
        assertThat(lines).allMatch(line -> TEN_PX.width(line) <= 200);
        assertThat(String.join(" ", lines)).isEqualTo(name);
        assertThat(TimelineText.wrap("Go live", 200, TEN_PX::width)).containsExactly("Go live");
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenWhereItMustRatherThanCut() {
        List<String> lines = TimelineText.wrap("Supercalifragilistic plan", 80, TEN_PX::width);

        assertThat(lines).containsExactly("Supercal", "ifragili", "stic", "plan");
        assertThat(lines).allMatch(line -> TEN_PX.width(line) <= 80);
    }

    @Test
    void eachRowIsAsTallAsItsLinesAndStartsWhereTheOneAboveEnds() {
        List<TimelineText.RowBox> rows = TimelineText.rows(List.of(
                new TimelineText.Name("Mockingbird", 200, TEN_PX, 4),
                new TimelineText.Name("Safe Families: volunteer support for families under pressure", 200, TEN_PX, 4),
                new TimelineText.Name("Go live", 200, TEN_PX, 5)), 44, 28);

        assertThat(rows).extracting(TimelineText.RowBox::top).containsExactly(44.0, 72.0, 160.0);
        assertThat(rows).extracting(TimelineText.RowBox::height).containsExactly(28.0, 88.0, 30.0);
        assertThat(rows.get(1).lines()).hasSize(4);
    }

    @Test
    void axisLabelsThatWouldRunTogetherAreThinnedToEverySecondOrThirdAndNeverOverlap() {
        List<String> months = IntStream.range(0, 12).mapToObj(i -> "Nov 2026").toList();

        // 80 px labels every 90 px with a 12 px gap: every other month; every 40 px: every third.
        List<Integer> every90 = TimelineText.axisLabels(spaced(12, 90), months, TimelineText.MONTH_STEPS, 12, 2000, TEN_PX::width);
        List<Integer> every40 = TimelineText.axisLabels(spaced(12, 40), months, TimelineText.MONTH_STEPS, 12, 2000, TEN_PX::width);
        List<Integer> roomy = TimelineText.axisLabels(spaced(12, 100), months, TimelineText.MONTH_STEPS, 12, 2000, TEN_PX::width);

        assertThat(roomy).hasSize(12);
        assertThat(every90).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(every40).containsExactly(0, 3, 6, 9);
        // Quarters go to half years, then years: never every third quarter.
        List<String> quarters = IntStream.range(0, 12).mapToObj(i -> "Q1 2026/27").toList();
        assertThat(TimelineText.axisLabels(spaced(12, 40), quarters, TimelineText.QUARTER_STEPS, 12, 2000,
                TEN_PX::width)).containsExactly(0, 4, 8);
    }

    @Test
    void aLabelThatWouldRunPastTheEndIsLeftOutAndNarrowZoomsStillNeverOverlap() {
        List<String> months = IntStream.range(0, 40).mapToObj(i -> "Nov 2026").toList();
        List<Double> xs = spaced(40, 2);

        List<Integer> shown = TimelineText.axisLabels(xs, months, TimelineText.MONTH_STEPS, 12, 78, TEN_PX::width);
        assertThat(shown).isEmpty();

        List<Integer> tight = TimelineText.axisLabels(xs, months, TimelineText.MONTH_STEPS, 12, 1000, TEN_PX::width);
        assertThat(tight).isNotEmpty();
        for (int k = 1; k < tight.size(); k++) {
            assertThat(xs.get(tight.get(k - 1)) + 80 + 12).isLessThanOrEqualTo(xs.get(tight.get(k)));
        }
    }

    private static List<Double> spaced(int count, double apart) {
        return IntStream.range(0, count).mapToObj(i -> i * apart).toList();
    }
}
