package org.innovationportfolio.render;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.briefing.RenderProgress;

/**
 * Renders a briefing as a tagged PDF/UA-1 with iText: embedded font, title and language, real headings and
 * table headers, charts as vector figures with alt text, bookmarks, and the marking on every page as an artifact.
 */
public final class PdfRenderer implements DocumentRenderer {

    static final float MARGIN = 56.7f;
    static final float TOP = 72f;
    static final float BOTTOM = 64f;

    @Override
    public BriefingFormat format() {
        return BriefingFormat.PDF;
    }

    @Override
    public void render(BriefingDocument document, OutputStream out, RenderProgress progress) throws IOException {
        WriterProperties writer = new WriterProperties().setFullCompressionMode(true)
                .addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        PdfDocument pdf = uaDocument(new PdfWriter(out, writer), document);
        PdfFonts fonts = PdfFonts.forDocument();
        PdfPageDecorations decorations = new PdfPageDecorations(pdf, fonts, document.marking().label(), document.headerText());
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, decorations);
        try (Document doc = new Document(pdf, PageSize.A4)) {
            doc.setMargins(TOP, MARGIN, BOTTOM, MARGIN);
            doc.setFont(fonts.regular).setFontSize(10).setFontColor(colour(Theme.TEXT));
            metadata(pdf, document);
            PdfBlocks blocks = new PdfBlocks(doc, fonts);
            Outlines outlines = new Outlines(pdf.getOutlines(false));
            List<Block> all = document.blocks();
            for (int i = 0; i < all.size(); i++) {
                progress.checkCancelled();
                Block block = all.get(i);
                if (block instanceof Block.PageBreak) {
                    blocks.pageBreak();
                } else if (block instanceof Block.Contents) {
                    contents(blocks, fonts, document);
                } else if (block instanceof Block.Heading heading) {
                    blocks.heading(heading, outlines.add(heading));
                } else {
                    blocks.add(block);
                }
                progress.worked(i + 1, all.size());
            }
            blocks.flush();
            progress.checkCancelled();
            // The last page ends as the document closes; the total must be written before then.
            doc.getRenderer().flush();
            decorations.writeTotal();
        }
    }

    /**
     * A tagged document with what PDF/UA-1 asks of the file itself: the pdfuaid part in XMP (from the writer),
     * language, title shown in the window. iText's PdfUADocument would check every element as it is added,
     * which made a 100-project pack five times slower; veraPDF checks the result in the tests instead.
     */
    private static PdfDocument uaDocument(PdfWriter w, BriefingDocument document) {
        PdfDocument pdf = new PdfDocument(w);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(document.language()));
        pdf.getCatalog().setViewerPreferences(new com.itextpdf.kernel.pdf.PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getDocumentInfo().setTitle(document.title());
        return pdf;
    }

    private static void metadata(PdfDocument pdf, BriefingDocument document) {
        pdf.getCatalog().setPageMode(PdfName.UseOutlines);
        pdf.getDocumentInfo().setAuthor(document.author() == null ? "" : document.author())
                .setSubject(document.subject())
                .setKeywords(document.marking().label())
                .setCreator("Innovation Portfolio")
                .setMoreInfo("Classification", document.marking().label());
    }

    /** The contents: every section and project, each a link to its heading. */
    private static void contents(PdfBlocks doc, PdfFonts fonts, BriefingDocument document) {
        Paragraph title = new Paragraph("Contents").setFont(fonts.bold).setFontSize(PdfBlocks.H1_SIZE).setMarginBottom(12);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(title);
        com.itextpdf.layout.element.List sections = new com.itextpdf.layout.element.List().setListSymbol("");
        com.itextpdf.layout.element.List current = null;
        int index = 0;
        for (Block.Heading heading : document.contents()) {
            Link link = new Link(heading.text(), PdfAction.createGoTo(Outlines.destination(index++)));
            link.getLinkAnnotation().setContents("Go to " + heading.text());
            link.getLinkAnnotation().setBorder(new com.itextpdf.kernel.pdf.PdfArray(new float[] {0, 0, 0}));
            link.getAccessibilityProperties().setAlternateDescription("Go to " + heading.text());
            Paragraph entry = new Paragraph(link).setMargin(0).setFontColor(colour(Theme.BRAND));
            ListItem item = new ListItem();
            item.add(entry);
            if (heading.level() == 1) {
                entry.setFont(fonts.bold).setMarginTop(6);
                current = new com.itextpdf.layout.element.List().setListSymbol("").setMarginLeft(14);
                item.add(current);
                sections.add(item);
            } else if (current != null) {
                current.add(item);
            }
        }
        doc.add(sections);
    }

    static DeviceRgb colour(String hex) {
        int[] rgb = Theme.rgb(hex);
        return new DeviceRgb(rgb[0], rgb[1], rgb[2]);
    }

    /** Bookmarks for level 1 and 2 headings, each with a named destination the contents links to. */
    static final class Outlines {
        private final PdfOutline root;
        private PdfOutline section;
        private int count;

        Outlines(PdfOutline root) {
            this.root = root;
        }

        static String destination(int index) {
            return "heading-" + index;
        }

        /** The destination name for this heading, or null when it gets no bookmark. */
        String add(Block.Heading heading) {
            if (heading.level() > 2) {
                return null;
            }
            String name = destination(count++);
            PdfOutline parent = heading.level() == 1 || section == null ? root : section;
            PdfOutline outline = parent.addOutline(heading.text());
            outline.addDestination(PdfDestination.makeDestination(new PdfString(name)));
            if (heading.level() == 1) {
                section = outline;
            }
            return name;
        }
    }

    static Text bold(PdfFonts fonts, String text) {
        return new Text(text).setFont(fonts.bold);
    }
}
