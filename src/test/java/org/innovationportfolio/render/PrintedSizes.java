package org.innovationportfolio.render;

import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Reads back the size each piece of text is printed at: every text run of a PDF, and every run of a Word document. */
final class PrintedSizes {

    /** A piece of text as drawn on a PDF page: its page, size in points, and whether it is an artifact (header or footer). */
    record PdfRun(int page, String text, float size, boolean artifact) {
    }

    /** A run of a Word document: its text, size in points after its style, and the paragraph's style. */
    record DocxRun(String text, double size, String style, boolean inTable) {

        /** A run of running text: a paragraph of the body in the Normal or Lead style, not in a table. */
        boolean body() {
            return !inTable && (style == null || "Lead".equals(style));
        }
    }

    private PrintedSizes() {
    }

    /** Every text run of every page, in drawing order, with its size as printed (font size scaled by the text and page matrices). */
    static List<PdfRun> pdf(byte[] bytes) throws IOException {
        List<PdfRun> runs = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                int page = p;
                IEventListener listener = new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        TextRenderInfo info = (TextRenderInfo) data;
                        String text = info.getText();
                        if (text == null || text.isBlank()) {
                            return;
                        }
                        Matrix m = info.getTextMatrix().multiply(info.getGraphicsState().getCtm());
                        float size = info.getFontSize() * (float) Math.hypot(m.get(Matrix.I21), m.get(Matrix.I22));
                        boolean artifact = info.getCanvasTagHierarchy().stream()
                                .anyMatch(tag -> PdfName.Artifact.equals(tag.getRole()));
                        runs.add(new PdfRun(page, text, size, artifact));
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                };
                new PdfCanvasProcessor(listener).processPageContent(pdf.getPage(p));
            }
        }
        return runs;
    }

    /** Every run with text in the body and its tables (not the header and footer), with its size as Word works it out. */
    static List<DocxRun> docx(XWPFDocument docx) {
        List<DocxRun> runs = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            add(docx, p, runs, false);
        }
        docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                .forEach(p -> add(docx, p, runs, true)))));
        return runs;
    }

    private static void add(XWPFDocument docx, XWPFParagraph p, List<DocxRun> runs, boolean inTable) {
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            Double direct = run.getFontSizeAsDouble();
            double size = direct != null ? direct : styleSize(docx, p.getStyle() == null ? "Normal" : p.getStyle());
            runs.add(new DocxRun(text, size, p.getStyle(), inTable));
        }
    }

    /** A style's font size in points, following basedOn to Normal; -1 when none says. */
    static double styleSize(XWPFDocument docx, String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = docx.getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            CTStyle ct = style.getCTStyle();
            if (ct.isSetRPr() && ct.getRPr().sizeOfSzArray() > 0) {
                return ((BigInteger) ct.getRPr().getSzArray(0).getVal()).intValue() / 2.0;
            }
            id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
        }
        return -1;
    }
}
