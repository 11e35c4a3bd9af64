package org.innovationportfolio.render;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bundled font for PDFs: parsed once per run of the app, embedded (subset) in every document. Its widths,
 * which both formats measure tables with, come from {@link FontWidths} without iText, so a Word pack never
 * parses the font.
 */
final class PdfFonts {

    /** iText's font programs, parsed on the first PDF (a holder class, so measuring alone never loads them). */
    private static final class Programs {
        static final FontProgram REGULAR = load(Theme.FONT_REGULAR);
        static final FontProgram BOLD = load(Theme.FONT_BOLD);
    }

    /** The widths, read on the first measurement. */
    private static final class Widths {
        static final FontWidths REGULAR = FontWidths.read(Theme.fontBytes(Theme.FONT_REGULAR));
        static final FontWidths BOLD = FontWidths.read(Theme.fontBytes(Theme.FONT_BOLD));
    }

    final PdfFont regular;
    final PdfFont bold;

    private PdfFonts(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fonts for one document (a PdfFont belongs to the document it is used in). */
    static PdfFonts forDocument() {
        return new PdfFonts(embed(Programs.REGULAR), embed(Programs.BOLD));
    }

    /** The width of {@code text} in points at {@code size}, in the bundled font, for laying out tables in either format. */
    static float width(String text, float size, boolean bold) {
        FontWidths widths = bold ? Widths.BOLD : Widths.REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += widths.width(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    private static PdfFont embed(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** iText's width of {@code codePoint} in thousandths of the type size; for checking {@link FontWidths}. */
    static int iTextWidth(int codePoint, boolean bold) {
        return (bold ? Programs.BOLD : Programs.REGULAR).getWidth(codePoint);
    }

    private static FontProgram load(String resource) {
        try {
            return FontProgramFactory.createFont(Theme.fontBytes(resource), false);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + resource + " could not be read", e);
        }
    }
}
