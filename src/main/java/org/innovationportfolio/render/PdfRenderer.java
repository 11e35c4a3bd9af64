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
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.TabAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.io.OutputStream;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.briefing.PrintSize;
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

    /**
     * Renders twice: first untagged and thrown away, to learn the page each heading lands on, then for real
     * with those page numbers in the contents. The numbers sit at the right of each contents line, so they do
     * not move a heading; should one move all the same, the pages are learnt again from the real render.
     */
    @Override
    public void render(BriefingDocument document, PrintSize size, OutputStream out, RenderProgress progress) throws IOException {
        TypeSizes sizes = TypeSizes.of(size);
        Map<String, Integer> pages = renderOnce(document, sizes, OutputStream.nullOutputStream(), half(progress, false), Map.of(), false);
        for (int pass = 0; pass < 3; pass++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            Map<String, Integer> placed = renderOnce(document, sizes, bytes, half(progress, true), pages, true);
            if (placed.equals(pages) || pass == 2) {
                bytes.writeTo(out);
                return;
            }
            pages = placed;
        }
    }

    /** The first or second half of {@code progress}. */
    private static RenderProgress half(RenderProgress progress, boolean second) {
        return new RenderProgress() {
            @Override
            public void worked(int done, int total) {
                progress.worked(second ? total + done : done, total * 2);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** One render; returns the page number of each heading's destination. */
    private Map<String, Integer> renderOnce(BriefingDocument document, TypeSizes sizes, OutputStream out, RenderProgress progress,
            Map<String, Integer> contentsPages, boolean tagged) throws IOException {
        Map<String, Integer> placed = new HashMap<>();
        WriterProperties writer = new WriterProperties().setFullCompressionMode(tagged);
        if (tagged) {
            writer.addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        } else {
            // The first pass is thrown away: nothing in it needs compressing.
            writer.setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.NO_COMPRESSION);
        }
        PdfDocument pdf = uaDocument(new PdfWriter(out, writer), document, tagged);
        PdfFonts fonts = PdfFonts.forDocument();
        // The running header and footer do not move the content, so the first pass leaves them out.
        PdfPageDecorations decorations = tagged
                ? new PdfPageDecorations(pdf, fonts, sizes, document.marking().label(), document.headerText()) : null;
        if (decorations != null) {
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, decorations);
        }
        Document doc = new Document(pdf, PageSize.A4);
        try {
            doc.setMargins(TOP, MARGIN, BOTTOM, MARGIN);
            doc.setFont(fonts.regular).setFontSize(sizes.body()).setFontColor(colour(Theme.TEXT));
            metadata(pdf, document);
            PdfBlocks blocks = new PdfBlocks(doc, fonts, sizes, placed);
            Outlines outlines = new Outlines(pdf.getOutlines(false));
            List<Block> all = document.blocks();
            for (int i = 0; i < all.size(); i++) {
                progress.checkCancelled();
                Block block = all.get(i);
                if (block instanceof Block.PageBreak pageBreak) {
                    if (pageBreak.soft()) {
                        blocks.pageBreakUnlessRoom();
                    } else {
                        blocks.pageBreak();
                    }
                } else if (block instanceof Block.Contents) {
                    contents(blocks, fonts, sizes, document, contentsPages);
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
            if (decorations != null) {
                decorations.writeTotal();
            }
        } finally {
            // The first pass is not closed: closing would only subset fonts and write objects no one reads.
            if (tagged) {
                doc.close();
            }
        }
        return placed;
    }

    /**
     * A tagged document with what PDF/UA-1 asks of the file itself: the pdfuaid part in XMP (from the writer),
     * language, title shown in the window. iText's PdfUADocument would check every element as it is added,
     * which made a 100-project pack five times slower; veraPDF checks the result in the tests instead.
     */
    private static PdfDocument uaDocument(PdfWriter w, BriefingDocument document, boolean tagged) {
        PdfDocument pdf = new PdfDocument(w);
        if (tagged) {
            pdf.setTagged();
        }
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

    /**
     * The contents: every section and project with its page number after a dotted leader, title and number
     * each a link to the heading. Tagged as a TOC of TOCI items, each section's projects a TOC within its item.
     */
    private static void contents(PdfBlocks doc, PdfFonts fonts, TypeSizes sizes, BriefingDocument document,
            Map<String, Integer> pages) {
        Paragraph title = new Paragraph("Contents").setFont(fonts.bold).setFontSize(sizes.h1()).setMarginBottom(12);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(title);
        float width = PageSize.A4.getWidth() - 2 * MARGIN;
        Div toc = role(new Div(), StandardRoles.TOC);
        Div section = null;
        int index = 0;
        for (Block.Heading heading : document.contents()) {
            String destination = Outlines.destination(index++);
            Integer page = pages.get(destination);
            String number = page == null ? "" : String.valueOf(page);
            Paragraph entry = role(new Paragraph(), StandardRoles.TOCI).setMargin(0).setMultipliedLeading(1.25f)
                    .setFontColor(colour(Theme.BRAND));
            DottedLine leader = new DottedLine(0.6f, 3);
            leader.setColor(colour(Theme.SECONDARY_TEXT));
            entry.addTabStops(new TabStop(width - (heading.level() == 2 ? 14 : 0), TabAlignment.RIGHT, leader));
            String where = page == null ? "" : ", page " + number;
            entry.add(link(heading.text(), destination, "Go to " + heading.text() + where));
            entry.add(new Tab());
            entry.add(link(number, destination, "Go to page " + number + ", " + heading.text()));
            if (heading.level() == 1) {
                entry.setFont(fonts.bold).setMarginTop(6);
                Div item = role(new Div(), StandardRoles.TOCI);
                entry.getAccessibilityProperties().setRole(StandardRoles.P);
                item.add(entry);
                section = role(new Div(), StandardRoles.TOC).setMarginLeft(14);
                item.add(section);
                toc.add(item);
            } else if (section != null) {
                section.add(entry);
            } else {
                toc.add(entry);
            }
        }
        doc.add(toc);
    }

    private static Link link(String text, String destination, String description) {
        Link link = new Link(text, PdfAction.createGoTo(destination));
        link.getLinkAnnotation().setContents(description);
        link.getLinkAnnotation().setBorder(new com.itextpdf.kernel.pdf.PdfArray(new float[] {0, 0, 0}));
        link.getAccessibilityProperties().setAlternateDescription(description);
        return link;
    }

    private static <T extends com.itextpdf.layout.element.IBlockElement> T role(T element, String role) {
        ((com.itextpdf.layout.tagging.IAccessibleElement) element).getAccessibilityProperties().setRole(role);
        return element;
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
