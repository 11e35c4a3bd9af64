package org.innovationportfolio.render;

import org.innovationportfolio.logic.briefing.PrintSize;

/**
 * The type sizes of a briefing, in points, shared by both renderers so Word and PDF read alike. Body text is at
 * least 11 pt and nothing is under 9.5 pt but the running header and page number; in large print body text is
 * 14 pt and nothing the reader needs is under 12 pt.
 *
 * @param body running text, bullets and facts
 * @param lead a lead paragraph
 * @param table a full-width table's cells and header
 * @param compact a project page's tables and key facts
 * @param note small print under a table ("2 more risks, all scored 6 or below")
 * @param caption a table's caption and a chart's totals line
 * @param chart the labels inside a chart
 * @param marking the protective marking at the head and foot of every page
 * @param running the running header and the page number (the only text allowed under 9.5 pt)
 */
record TypeSizes(float body, float lead, float h1, float h2, float h3, float table, float compact, float note,
        float caption, float chart, float chartTitle, float coverTitle, float coverSubtitle, float coverFacts,
        float marking, float running) {

    /** The smallest size for anything but the running header and footer, in standard print. */
    static final float SMALLEST = 9.5f;
    /** The smallest body text, in standard print. */
    static final float BODY = 11;
    /** Body text in large print. */
    static final float LARGE_BODY = 14;
    /** The smallest size for anything but the running header and footer, in large print. */
    static final float LARGE_SMALLEST = 12;

    static final TypeSizes STANDARD = new TypeSizes(BODY, 12.5f, 20, 15, 12, 10, SMALLEST, SMALLEST, SMALLEST,
            SMALLEST, 11, 30, 16, 12, 10, 8.5f);
    static final TypeSizes LARGE = new TypeSizes(LARGE_BODY, 15.5f, 24, 18, 15, LARGE_SMALLEST, LARGE_SMALLEST,
            LARGE_SMALLEST, LARGE_SMALLEST, LARGE_SMALLEST, 14, 34, 19, 15, 12, 11);

    static TypeSizes of(PrintSize size) {
        return size == PrintSize.LARGE ? LARGE : STANDARD;
    }

    /** A size in Word's half points, rounded to the nearest half point. */
    static int halfPoints(float points) {
        return Math.round(points * 2);
    }
}
