package org.innovationportfolio.render;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block.BarChart;
import org.innovationportfolio.logic.briefing.Block.Series;
import org.innovationportfolio.model.Money;

/** Draws a briefing bar chart as vector graphics in a form XObject, placed as a tagged figure with its alt text. */
final class PdfCharts {

    static final float WIDTH = 480;
    static final float HEIGHT = 250;
    private static final float RIGHT = 10;
    private static final int TICKS = 5;

    private PdfCharts() {
    }

    static Image figure(PdfDocument pdf, PdfFonts fonts, TypeSizes sizes, BarChart chart) {
        // Larger labels need a taller chart for the same plot.
        float height = HEIGHT * Math.max(1, sizes.chart() / TypeSizes.SMALLEST * 0.9f);
        PdfFormXObject form = new PdfFormXObject(new Rectangle(WIDTH, height));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        draw(canvas, fonts, sizes, chart, height);
        canvas.release();
        Image image = new Image(form).setWidth(UnitValue.createPointValue(WIDTH)).setMarginBottom(4);
        image.getAccessibilityProperties().setAlternateDescription(chart.title() + ". " + chart.altText());
        return image;
    }

    private static void draw(PdfCanvas canvas, PdfFonts fonts, TypeSizes sizes, BarChart chart, float height) {
        float size = sizes.chart();
        float line = size + 1.5f;
        text(canvas, fonts.bold, sizes.chartTitle(), chart.title(), WIDTH / 2, height - sizes.chartTitle() - 4, true);
        int n = chart.categories().size();
        float labelsWidth = 0;
        long max = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            long stack = 0;
            for (Series s : chart.series()) {
                stack += Math.max(0, s.values().get(c));
            }
            max = Math.max(max, stack);
        }
        long step = niceStep(max, chart.money());
        long top = Math.max(step, ((max + step - 1) / step) * step);
        for (long v = 0; v <= top; v += step) {
            labelsWidth = Math.max(labelsWidth, fonts.regular.getWidth(valueLabel(chart, v), size));
        }
        float plotLeft = Math.max(40, labelsWidth + 12);
        float plotWidth = WIDTH - plotLeft - RIGHT;
        float slot = plotWidth / Math.max(1, n);
        // Category names wrap at spaces to fit their slot, so the labels stay at their full size.
        List<List<String>> names = new java.util.ArrayList<>();
        int nameLines = 1;
        for (String category : chart.categories()) {
            List<String> lines = wrap(fonts.regular, size, category, slot - 4);
            names.add(lines);
            nameLines = Math.max(nameLines, lines.size());
        }
        List<List<Integer>> legendRows = legendRows(fonts, size, chart.series());
        float legendHeight = legendRows.size() * (line + 3) + 4;
        float plotBottom = legendHeight + 6 + nameLines * line + 4;
        float plotTop = height - sizes.chartTitle() - 4 - line - 6;
        float plotHeight = plotTop - plotBottom;

        // Grid lines and value labels.
        canvas.setLineWidth(0.4f).setStrokeColor(PdfRenderer.colour(Theme.BORDER));
        for (long v = 0; v <= top; v += step) {
            float y = plotBottom + plotHeight * v / top;
            canvas.moveTo(plotLeft, y).lineTo(plotLeft + plotWidth, y).stroke();
            String label = valueLabel(chart, v);
            float w = fonts.regular.getWidth(label, size);
            text(canvas, fonts.regular, size, label, plotLeft - 5 - w, y - size * 0.33f, false);
        }
        // Bars, stacked in series order, with the model's total above each.
        float barWidth = Math.min(56, slot * 0.6f);
        for (int c = 0; c < n; c++) {
            float x = plotLeft + slot * c + (slot - barWidth) / 2;
            float y = plotBottom;
            for (int s = 0; s < chart.series().size(); s++) {
                Series series = chart.series().get(s);
                long value = Math.max(0, series.values().get(c));
                float h = plotHeight * value / top;
                if (h > 0) {
                    canvas.setFillColor(PdfRenderer.colour(Theme.seriesColour(series.rag(), s)));
                    canvas.rectangle(x, y, barWidth, h).fill();
                    y += h;
                }
            }
            text(canvas, fonts.bold, size, chart.categoryTotals().get(c), x + barWidth / 2, y + 3, true);
            List<String> lines = names.get(c);
            for (int l = 0; l < lines.size(); l++) {
                text(canvas, fonts.regular, size, lines.get(l), plotLeft + slot * c + slot / 2, plotBottom - line - l * line, true);
            }
        }
        canvas.setLineWidth(0.8f).setStrokeColor(PdfRenderer.colour(Theme.TEXT))
                .moveTo(plotLeft, plotBottom).lineTo(plotLeft + plotWidth, plotBottom).stroke();
        legend(canvas, fonts, size, chart.series(), legendRows, line);
    }

    private static String valueLabel(BarChart chart, long value) {
        return chart.money() ? Money.ofPounds(value).formatShort() : String.valueOf(value);
    }

    /** The width of one legend entry: its swatch, its name and the gap after it. */
    private static float entryWidth(PdfFonts fonts, float size, Series series) {
        return size + 4 + fonts.regular.getWidth(series.name(), size) + 14;
    }

    /** The series on each row of the legend, as many to a row as fit the chart's width. */
    private static List<List<Integer>> legendRows(PdfFonts fonts, float size, List<Series> series) {
        List<List<Integer>> rows = new java.util.ArrayList<>();
        List<Integer> row = new java.util.ArrayList<>();
        float x = 0;
        for (int i = 0; i < series.size(); i++) {
            float w = entryWidth(fonts, size, series.get(i));
            if (!row.isEmpty() && x + w > WIDTH - 8) {
                rows.add(row);
                row = new java.util.ArrayList<>();
                x = 0;
            }
            row.add(i);
            x += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static void legend(PdfCanvas canvas, PdfFonts fonts, float size, List<Series> series, List<List<Integer>> rows,
            float line) {
        for (int r = 0; r < rows.size(); r++) {
            float total = 0;
            for (int i : rows.get(r)) {
                total += entryWidth(fonts, size, series.get(i));
            }
            float x = Math.max(4, (WIDTH - total) / 2);
            float y = 6 + (rows.size() - 1 - r) * (line + 3);
            for (int i : rows.get(r)) {
                Series s = series.get(i);
                canvas.setFillColor(PdfRenderer.colour(Theme.seriesColour(s.rag(), i))).rectangle(x, y - 1, size, size).fill();
                text(canvas, fonts.regular, size, s.name(), x + size + 4, y, false);
                x += entryWidth(fonts, size, s);
            }
        }
    }

    /** Splits {@code text} at spaces into lines no wider than {@code width} (a single long word keeps its line). */
    static List<String> wrap(PdfFont font, float size, String text, float width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && font.getWidth(candidate, size) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static void text(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y, boolean centred) {
        float left = centred ? x - font.getWidth(text, size) / 2 : x;
        canvas.setFillColor(PdfRenderer.colour(Theme.TEXT));
        canvas.beginText().setFontAndSize(font, size).moveText(left, y).showText(text).endText();
    }

    /** A round step for about five grid lines: 1, 2 or 5 times a power of ten (whole numbers for counts). */
    static long niceStep(long max, boolean money) {
        if (max <= 0) {
            return 1;
        }
        double raw = (double) max / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        long step = (long) Math.max(1, Math.round(nice * magnitude));
        return money ? step : Math.max(1, step);
    }
}
