package org.innovationportfolio.render;

import java.io.IOException;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.innovationportfolio.logic.briefing.Block.BarChart;
import org.innovationportfolio.logic.briefing.Block.Series;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Writes a briefing chart as a native, editable Word chart with its alt text. */
final class DocxCharts {

    private DocxCharts() {
    }

    static void write(XWPFDocument doc, BarChart chart, TypeSizes sizes) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        DocxStyles.keepWithNext(p);
        XWPFRun run = p.createRun();
        XWPFChart xchart;
        try {
            xchart = doc.createChart(run, Units.toEMU(480), Units.toEMU(250));
        } catch (InvalidFormatException e) {
            throw new IOException("Could not add the chart \"" + chart.title() + "\"", e);
        }
        xchart.setTitleText(chart.title());
        xchart.setTitleOverlay(false);
        xchart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = xchart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = xchart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setTitle(chart.valueAxisTitle());
        values.setNumberFormat(chart.money() ? "£#,##0" : "0");
        if (!chart.money()) {
            values.setMajorUnit(1);
        }

        String[] names = chart.categories().toArray(String[]::new);
        // Data by reference to the chart's embedded sheet (with cached values): LibreOffice draws nothing
        // from literal data, and Word's "Edit data" needs the sheet.
        String sheet;
        try {
            sheet = xchart.getWorkbook().getSheetAt(0).getSheetName();
        } catch (InvalidFormatException e) {
            throw new IOException("Could not make the data sheet of the chart \"" + chart.title() + "\"", e);
        }
        int last = names.length;
        XDDFCategoryDataSource categoryData = XDDFDataSourcesFactory.fromArray(names,
                new CellRangeAddress(1, last, 0, 0).formatAsString(sheet, true));
        XDDFBarChartData data = (XDDFBarChartData) xchart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(80);
        List<Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Long> numbers = XDDFDataSourcesFactory.fromArray(s.values().toArray(Long[]::new),
                    new CellRangeAddress(1, last, i + 1, i + 1).formatAsString(sheet, true), i + 1);
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(categoryData, numbers);
            bar.setTitle(s.name(), xchart.setSheetTitle(s.name(), i + 1));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(Theme.seriesColour(s.rag(), i)))));
            bar.setShapeProperties(shape);
        }
        xchart.plot(data);
        // Stacked bars need a full overlap; POI's typed setter needs a schema type ooxml-lite lacks, so set the XML.
        var bar = xchart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = (bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap()).newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }

        textProperties(xchart, sizes.chart());

        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setId(doc.getCharts().size());
        inline.getDocPr().setDescr(chart.altText());
        inline.getDocPr().setTitle(chart.title());

        XWPFParagraph totals = doc.createParagraph();
        totals.setStyle(DocxStyles.CAPTION);
        StringBuilder text = new StringBuilder("Totals: ");
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : "; ").append(names[i]).append(' ').append(chart.categoryTotals().get(i));
        }
        totals.createRun().setText(text.append('.').toString());
    }

    /** The chart's text in the document's font, at the size of the PDF's chart labels. */
    private static void textProperties(XWPFChart xchart, float size) {
        var space = xchart.getCTChartSpace();
        var text = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        var paragraph = text.addNewP();
        var properties = paragraph.addNewPPr().addNewDefRPr();
        properties.setSz(Math.round(size * 100));
        properties.addNewLatin().setTypeface(Theme.FONT_NAME);
        properties.addNewCs().setTypeface(Theme.FONT_NAME);
        paragraph.addNewEndParaRPr().setLang("en-GB");
    }

    private static byte[] hex(String colour) {
        int[] rgb = Theme.rgb(colour);
        return new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]};
    }
}
