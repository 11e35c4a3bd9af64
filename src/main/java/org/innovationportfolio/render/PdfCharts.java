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
    private static final float LEFT = 58;
    private static final float RIGHT = 10;
    private static final float TOP = 34;
    private static final float BOTTOM = 58;
    private static final int TICKS = 5;

    private PdfCharts() {
    }

    static Image figure(PdfDocument pdf, PdfFonts fonts, BarChart chart) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(WIDTH, HEIGHT));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        draw(canvas, fonts, chart);
        canvas.release();
        Image image = new Image(form).setWidth(UnitValue.createPointValue(WIDTH)).setMarginBottom(4);
        image.getAccessibilityProperties().setAlternateDescription(chart.title() + ". " + chart.altText());
        return image;
    }

    private static void draw(PdfCanvas canvas, PdfFonts fonts, BarChart chart) {
        text(canvas, fonts.bold, 10, chart.title(), WIDTH / 2, HEIGHT - 14, true);
        float plotLeft = LEFT;
        float plotBottom = BOTTOM;
        float plotWidth = WIDTH - LEFT - RIGHT;
        float plotHeight = HEIGHT - TOP - BOTTOM;
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

        // Grid lines and value labels.
        canvas.setLineWidth(0.4f).setStrokeColor(PdfRenderer.colour(Theme.BORDER));
        for (long v = 0; v <= top; v += step) {
            float y = plotBottom + plotHeight * v / top;
            canvas.moveTo(plotLeft, y).lineTo(plotLeft + plotWidth, y).stroke();
            String label = chart.money() ? Money.ofPounds(v).formatShort() : String.valueOf(v);
            float w = fonts.regular.getWidth(label, 7.5f);
            text(canvas, fonts.regular, 7.5f, label, plotLeft - 5 - w, y - 2.5f, false);
        }
        // Bars, stacked in series order, with the model's total above each.
        int n = chart.categories().size();
        float slot = plotWidth / Math.max(1, n);
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
            text(canvas, fonts.bold, 7.5f, chart.categoryTotals().get(c), x + barWidth / 2, y + 3, true);
            text(canvas, fonts.regular, 7.5f, chart.categories().get(c), plotLeft + slot * c + slot / 2, plotBottom - 11, true);
        }
        canvas.setLineWidth(0.8f).setStrokeColor(PdfRenderer.colour(Theme.TEXT))
                .moveTo(plotLeft, plotBottom).lineTo(plotLeft + plotWidth, plotBottom).stroke();
        legend(canvas, fonts, chart.series());
    }

    private static void legend(PdfCanvas canvas, PdfFonts fonts, List<Series> series) {
        float total = 0;
        for (Series s : series) {
            total += 14 + fonts.regular.getWidth(s.name(), 8) + 14;
        }
        float x = Math.max(4, (WIDTH - total) / 2);
        float y = 14;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            canvas.setFillColor(PdfRenderer.colour(Theme.seriesColour(s.rag(), i))).rectangle(x, y - 1, 9, 9).fill();
            text(canvas, fonts.regular, 8, s.name(), x + 13, y, false);
            x += 14 + fonts.regular.getWidth(s.name(), 8) + 14;
        }
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
