package org.innovationportfolio.logic.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where the timeline's words go, worked out from the widths of the font they are drawn in (a function handed in,
 * so the arithmetic is tested without a screen): names wrapped into lines that fit their column, rows as tall as
 * their lines, and which axis labels there is room for.
 */
public final class TimelineText {

    /** Label every month, or every 2nd, 3rd, 4th, 6th, 12th or 24th: a regular rhythm, quarters and years. */
    public static final List<Integer> MONTH_STEPS = List.of(1, 2, 3, 4, 6, 12, 24);
    /** Label every quarter, or every 2nd (half years), 4th (years) or 8th. */
    public static final List<Integer> QUARTER_STEPS = List.of(1, 2, 4, 8);

    private TimelineText() {
    }

    /**
     * {@code text} in lines no wider than {@code width}, broken between words; a word wider than the whole line is
     * broken where it must, so nothing is ever cut off.
     */
    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (measure.applyAsDouble(joined) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (measure.applyAsDouble(line) > width && line.length() > 1) {
                int fits = longestFittingPrefix(line, width, measure);
                lines.add(line.substring(0, fits));
                line = line.substring(fits);
            }
        }
        lines.add(line);
        return List.copyOf(lines);
    }

    private static int longestFittingPrefix(String word, double width, ToDoubleFunction<String> measure) {
        int fits = 1;
        while (fits < word.length() && measure.applyAsDouble(word.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }

    /** A row of the chart: where it starts, how tall it is, and the lines of its name. */
    public record RowBox(double top, double height, List<String> lines) {

        public RowBox {
            lines = List.copyOf(lines);
        }

        public double bottom() {
            return top + height;
        }
    }

    /** The size of text in one font: how wide a line is, and how tall each line. */
    public interface Metrics {

        double width(String line);

        double lineHeight();
    }

    /** A name to place: its text, the width its column leaves it, the font it is drawn in and the room above and below. */
    public record Name(String text, double width, Metrics font, double padding) {
    }

    /**
     * Rows one under another from {@code top}: each name wrapped to its width, each row as tall as its lines and
     * its padding above and below, never less than {@code minHeight}.
     */
    public static List<RowBox> rows(List<Name> names, double top, double minHeight) {
        List<RowBox> rows = new ArrayList<>();
        double y = top;
        for (Name name : names) {
            List<String> lines = wrap(name.text(), name.width(), name.font()::width);
            double height = Math.max(minHeight, Math.ceil(lines.size() * name.font().lineHeight() + 2 * name.padding()));
            rows.add(new RowBox(y, height, lines));
            y += height;
        }
        return List.copyOf(rows);
    }

    /**
     * Which of the axis labels to show so that none runs into the next: the label at {@code xs[i]} takes
     * {@code measure(labels[i])} from there, and needs {@code gap} clear before the next shown one and to stay
     * left of {@code end}. Prefers every label, then every {@code steps}th in turn; when even the last does not
     * fit, takes each label that has room after the last one shown.
     *
     * @return the indexes of the labels to show, in order
     */
    public static List<Integer> axisLabels(List<Double> xs, List<String> labels, List<Integer> steps, double gap,
            double end, ToDoubleFunction<String> measure) {
        if (xs.size() != labels.size()) {
            throw new IllegalArgumentException("One x for each label: " + xs.size() + " and " + labels.size());
        }
        double[] widths = labels.stream().mapToDouble(measure).toArray();
        for (int step : steps) {
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < xs.size(); i += step) {
                if (xs.get(i) + widths[i] <= end) {
                    shown.add(i);
                }
            }
            if (clear(shown, xs, widths, gap)) {
                return List.copyOf(shown);
            }
        }
        List<Integer> shown = new ArrayList<>();
        double free = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) >= free && xs.get(i) + widths[i] <= end) {
                shown.add(i);
                free = xs.get(i) + widths[i] + gap;
            }
        }
        return List.copyOf(shown);
    }

    private static boolean clear(List<Integer> shown, List<Double> xs, double[] widths, double gap) {
        for (int k = 1; k < shown.size(); k++) {
            int before = shown.get(k - 1);
            if (xs.get(before) + widths[before] + gap > xs.get(shown.get(k))) {
                return false;
            }
        }
        return true;
    }
}
