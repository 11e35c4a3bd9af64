package org.innovationportfolio.render;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * Draws the marking, running header and "Page N of M" on each page as it is finished, as artifacts; the
 * total is one shared placeholder filled in when the document closes, so pages never wait in memory.
 */
final class PdfPageDecorations extends AbstractPdfDocumentEventHandler {

    private final PdfDocument pdf;
    private final PdfFonts fonts;
    private final float pageSize;
    private final float markingSize;
    private final String marking;
    private final String header;
    private final PdfFormXObject total;
    private final float totalWidth;

    PdfPageDecorations(PdfDocument pdf, PdfFonts fonts, TypeSizes sizes, String marking, String header) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.pageSize = sizes.running();
        this.markingSize = sizes.marking();
        this.marking = marking;
        this.header = header;
        this.totalWidth = fonts.regular.getWidth("9999", pageSize);
        this.total = new PdfFormXObject(new Rectangle(0, -3, totalWidth, pageSize + 6));
        addType(PdfDocumentEvent.END_PAGE);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        Rectangle size = page.getPageSize();
        float centre = size.getWidth() / 2;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        canvas.openTag(new CanvasArtifact());
        centred(canvas, fonts.bold, markingSize, marking, centre, size.getTop() - 30);
        canvas.setFillColor(PdfRenderer.colour(Theme.SECONDARY_TEXT));
        centred(canvas, fonts.regular, pageSize - 1, header, centre, size.getTop() - 44);
        canvas.setFillColor(PdfRenderer.colour(Theme.TEXT));
        String pageText = "Page " + pdf.getPageNumber(page) + " of ";
        float width = fonts.regular.getWidth(pageText, pageSize) + fonts.regular.getWidth(String.valueOf(pdf.getNumberOfPages()), pageSize);
        float left = centre - width / 2;
        canvas.beginText().setFontAndSize(fonts.regular, pageSize).moveText(left, 40).showText(pageText).endText();
        // The placeholder's box starts 3 points below its baseline.
        canvas.addXObjectAt(total, left + fonts.regular.getWidth(pageText, pageSize), 40 - 3);
        centred(canvas, fonts.bold, markingSize, marking, centre, 24);
        canvas.closeTag();
        canvas.release();
    }

    /** Writes the page count into the placeholder every page shows; call just before the document closes. */
    void writeTotal() {
        PdfCanvas canvas = new PdfCanvas(total, pdf);
        canvas.setFillColor(PdfRenderer.colour(Theme.TEXT));
        canvas.beginText().setFontAndSize(fonts.regular, pageSize).moveText(0, 0)
                .showText(String.valueOf(pdf.getNumberOfPages())).endText();
        canvas.release();
    }

    private static void centred(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y) {
        canvas.beginText().setFontAndSize(font, size).moveText(x - font.getWidth(text, size) / 2, y).showText(text).endText();
    }
}
