package org.innovationportfolio.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles a briefing uses. A blank POI document has none, so headings are made here with outline
 * levels (the navigation pane and the contents field rely on them), in the bundled font and en-GB.
 */
final class DocxStyles {

    static final String HEADING = "Heading";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TOC_HEADING = "TOCHeading";
    static final String CAPTION = "Caption";
    static final String LEAD = "Lead";
    static final String MARKING = "Marking";
    static final String NOTE = "Note";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc, TypeSizes sizes) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Theme.FONT_NAME);
        fonts.setHAnsi(Theme.FONT_NAME);
        fonts.setCs(Theme.FONT_NAME);
        fonts.setEastAsia(Theme.FONT_NAME);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-GB");
        add(styles, paragraphStyle("Normal", "Normal", null, -1, half(sizes.body()), false, Theme.TEXT, 0, 120));
        add(styles, paragraphStyle(TITLE, "Title", "Normal", -1, half(sizes.coverTitle()), true, Theme.TEXT, 240, 240));
        add(styles, paragraphStyle(SUBTITLE, "Subtitle", "Normal", -1, half(sizes.coverSubtitle()), false,
                Theme.SECONDARY_TEXT, 0, 480));
        add(styles, paragraphStyle(HEADING + 1, "heading 1", "Normal", 0, half(sizes.h1()), true, Theme.TEXT, 0, 240));
        add(styles, paragraphStyle(HEADING + 2, "heading 2", "Normal", 1, half(sizes.h2()), true, Theme.TEXT, 360, 160));
        add(styles, paragraphStyle(HEADING + 3, "heading 3", "Normal", 2, half(sizes.h3()), true, Theme.TEXT, 240, 80));
        add(styles, paragraphStyle(TOC_HEADING, "TOC Heading", HEADING + 1, 9, half(sizes.h1()), true, Theme.TEXT, 0, 240));
        add(styles, paragraphStyle(CAPTION, "caption", "Normal", -1, half(sizes.caption()), false, Theme.SECONDARY_TEXT,
                120, 60));
        add(styles, paragraphStyle(LEAD, "Lead paragraph", "Normal", -1, half(sizes.lead()), false, Theme.TEXT, 0, 200));
        add(styles, paragraphStyle(NOTE, "Note", "Normal", -1, half(sizes.note()), false, Theme.SECONDARY_TEXT, 0, 100));
        add(styles, paragraphStyle(MARKING, "Protective marking", "Normal", -1, half(sizes.marking()), true, Theme.MARKING,
                0, 0));
        add(styles, withPageNumberTab(paragraphStyle("TOC1", "toc 1", "Normal", -1, half(sizes.body()), true, Theme.TEXT,
                120, 40)));
        add(styles, withPageNumberTab(paragraphStyle("TOC2", "toc 2", "Normal", -1, half(sizes.body()), false,
                Theme.TEXT, 0, 20)));
    }

    /** The width between the margins of the A4 page the renderer sets up, in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;

    /** A contents entry's page number at the right margin, after a dotted leader, as Word's own contents. */
    private static CTStyle withPageNumberTab(CTStyle style) {
        CTTabStop tab = style.getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        return style;
    }

    private static int half(float points) {
        return TypeSizes.halfPoints(points);
    }

    /** Keeps a paragraph on the page of what follows it (POI's setKeepNext fails on a paragraph without properties). */
    static void keepWithNext(org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /**
     * @param outlineLevel 0 for Heading 1 and so on; 9 for body text that is based on a heading (TOC Heading,
     *        as Word's own); -1 for body styles, which carry no outline level at all
     * @param halfPoints the font size in half points
     */
    private static CTStyle paragraphStyle(String id, String name, String basedOn, int outlineLevel, int halfPoints,
            boolean bold, String colour, int spaceBefore, int spaceAfter) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel >= 0 ? 9 : 10));
        CTPPrGeneral ppr = style.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        if (outlineLevel >= 0 && outlineLevel < 9) {
            ppr.addNewKeepNext();
        }
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        ppr.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
        if (basedOn == null) {
            ppr.getSpacing().setLine(BigInteger.valueOf(276));
            // Said outright: LibreOffice reads a missing rule as "exact", which clips charts to one line.
            ppr.getSpacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewColor().setVal(colour);
        return style;
    }
}
