package org.innovationportfolio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Renders a briefing as a Word document with Apache POI: real heading styles, a contents field, repeating
 * table headers, native charts with alt text, page numbers and the marking in header and footer.
 */
public final class DocxRenderer implements DocumentRenderer {

    @Override
    public BriefingFormat format() {
        return BriefingFormat.DOCX;
    }

    @Override
    public void render(BriefingDocument document, PrintSize size, OutputStream out, RenderProgress progress) throws IOException {
        TypeSizes sizes = TypeSizes.of(size);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc, sizes);
            pageSetup(doc);
            properties(doc, document);
            headerAndFooter(doc, document, sizes);
            BigInteger bullets = bulletNumbering(doc);
            DocxBody body = new DocxBody(doc);
            boolean pageBreak = false;
            int contentsEntries = 0;
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                progress.checkCancelled();
                Block block = blocks.get(i);
                if (block instanceof Block.PageBreak breaks) {
                    // Word has no "unless there is room": a soft break is none, the heading's keepNext holds.
                    pageBreak |= !breaks.soft();
                    continue;
                }
                // The headings the contents lists (BriefingDocument#contents), each marked for its page number.
                int bookmark = block instanceof Block.Heading h && h.level() <= 2 ? ++contentsEntries : 0;
                write(doc, body, document, block, pageBreak, bullets, sizes, bookmark,
                        i > 0 && blocks.get(i - 1) instanceof Block.Heading);
                pageBreak = false;
                // Paragraphs leave POI's objects every few blocks, so a large pack never holds them all.
                if (i % 16 == 15) {
                    body.flush();
                }
                progress.worked(i + 1, blocks.size());
            }
            progress.checkCancelled();
            // Word refreshes the contents' page numbers when the document opens.
            doc.enforceUpdateFields();
            body.flush();
            ByteArrayOutputStream parts = new ByteArrayOutputStream(1 << 16);
            doc.write(parts);
            body.writePackage(parts.toByteArray(), out);
        }
    }

    /** @param bookmark the number of the heading's entry in the contents (from 1); 0 for any other block */
    private static void write(XWPFDocument doc, DocxBody body, BriefingDocument document, Block block, boolean pageBreak,
            BigInteger bullets, TypeSizes sizes, int bookmark, boolean afterHeading) throws IOException {
        if (block instanceof Block.Cover cover) {
            cover(doc, cover);
        } else if (block instanceof Block.Contents) {
            contents(doc, document, pageBreak);
        } else if (block instanceof Block.Heading heading) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.HEADING + heading.level());
            p.setPageBreak(pageBreak);
            if (bookmark > 0) {
                CTBookmark start = p.getCTP().addNewBookmarkStart();
                start.setId(BigInteger.valueOf(bookmark));
                start.setName(contentsBookmark(bookmark));
            }
            p.createRun().setText(heading.text());
            if (bookmark > 0) {
                p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmark));
            }
        } else if (block instanceof Block.Paragraph paragraph) {
            XWPFParagraph p = doc.createParagraph();
            if (paragraph.lead()) {
                p.setStyle(DocxStyles.LEAD);
            }
            p.setPageBreak(pageBreak);
            if (afterHeading) {
                // A section's opening paragraph stays with what it introduces, so the heading never ends a page
                // with only its introduction under it (the heading's keepNext keeps it with this paragraph).
                DocxStyles.keepWithNext(p);
            }
            p.createRun().setText(paragraph.text());
        } else if (block instanceof Block.Bullets list) {
            for (String item : list.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(bullets);
                p.setSpacingAfter(60);
                p.createRun().setText(item);
            }
        } else if (block instanceof Block.Facts facts) {
            facts(doc, facts);
        } else if (block instanceof Block.KeyFacts facts) {
            DocxTables.keyFacts(body, facts, sizes);
        } else if (block instanceof Block.Note note) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.NOTE);
            p.createRun().setText(note.text());
        } else if (block instanceof Block.Table table) {
            DocxTables.write(body, table, sizes);
        } else if (block instanceof Block.BarChart chart) {
            DocxCharts.write(doc, chart, sizes);
        }
    }

    private static void cover(XWPFDocument doc, Block.Cover cover) {
        XWPFParagraph marking = doc.createParagraph();
        marking.setStyle(DocxStyles.MARKING);
        marking.setSpacingAfter(2400);
        marking.createRun().setText(cover.marking());
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        title.createRun().setText(cover.title());
        XWPFParagraph subtitle = doc.createParagraph();
        subtitle.setStyle(DocxStyles.SUBTITLE);
        subtitle.createRun().setText(cover.subtitle());
        facts(doc, new Block.Facts(cover.facts()));
    }

    private static void facts(XWPFDocument doc, Block.Facts facts) {
        for (Block.Fact fact : facts.facts()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(60);
            XWPFRun label = p.createRun();
            label.setBold(true);
            label.setText(fact.label() + ": ");
            p.createRun().setText(fact.value());
        }
    }

    /** The hidden bookmark on the contents' {@code n}th heading, named as Word names its own. */
    static String contentsBookmark(int n) {
        return "_Toc" + n;
    }

    /**
     * The contents: each heading the document lists, with a PAGEREF field to the bookmark on that heading for
     * its page number after a dotted leader. Not a TOC field: LibreOffice keeps a TOC field's entries as
     * they were written and drops the page references inside them, so its copy (and the PDF it converts to)
     * had no page numbers at all; a PAGEREF on its own LibreOffice works out as it lays the pages out, and
     * Word refreshes when the document opens (the document asks it to update its fields).
     */
    private static void contents(XWPFDocument doc, BriefingDocument document, boolean pageBreak) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle(DocxStyles.TOC_HEADING);
        heading.setPageBreak(pageBreak);
        heading.createRun().setText("Contents");
        List<Block.Heading> entries = document.contents();
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC" + entries.get(i).level());
            if (entries.get(i).level() == 2) {
                p.setIndentationLeft(360);
            }
            p.createRun().setText(entries.get(i).text());
            p.createRun().addTab();
            field(p, STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(" PAGEREF " + contentsBookmark(i + 1) + " \\h ");
            field(p, STFldCharType.SEPARATE);
            p.createRun().setText("");
            field(p, STFldCharType.END);
        }
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void simpleField(XWPFParagraph p, String instruction, String placeholder) {
        field(p, STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        field(p, STFldCharType.SEPARATE);
        p.createRun().setText(placeholder);
        field(p, STFldCharType.END);
    }

    private static void headerAndFooter(XWPFDocument doc, BriefingDocument document, TypeSizes sizes) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph marking = header.createParagraph();
        marking.setStyle(DocxStyles.MARKING);
        marking.setAlignment(ParagraphAlignment.CENTER);
        marking.createRun().setText(document.marking().label());
        XWPFParagraph running = header.createParagraph();
        running.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun runningText = running.createRun();
        runningText.setFontSize(sizes.running());
        runningText.setColor(Theme.SECONDARY_TEXT);
        runningText.setText(document.headerText());

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pages = footer.createParagraph();
        pages.setAlignment(ParagraphAlignment.CENTER);
        pages.setSpacingAfter(0);
        pages.getCTP().addNewPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(TypeSizes.halfPoints(sizes.running())));
        pages.createRun().setText("Page ");
        simpleField(pages, "PAGE", "1");
        pages.createRun().setText(" of ");
        simpleField(pages, "NUMPAGES", "1");
        XWPFParagraph footerMarking = footer.createParagraph();
        footerMarking.setStyle(DocxStyles.MARKING);
        footerMarking.setAlignment(ParagraphAlignment.CENTER);
        footerMarking.createRun().setText(document.marking().label());
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void properties(XWPFDocument doc, BriefingDocument document) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setCreator(document.author());
        core.setSubjectProperty(document.subject());
        core.setKeywords(document.marking().label());
        core.setCategory(document.marking().label());
        doc.getProperties().getCustomProperties().addProperty("Classification", document.marking().label());
        doc.getProperties().getCustomProperties().addProperty("Language", document.language());
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
