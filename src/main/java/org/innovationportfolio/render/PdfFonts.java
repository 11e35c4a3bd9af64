package org.innovationportfolio.render;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The bundled font for PDFs: parsed once per run of the app, embedded (subset) in every document. */
final class PdfFonts {

    private static final FontProgram REGULAR = load(Theme.FONT_REGULAR);
    private static final FontProgram BOLD = load(Theme.FONT_BOLD);

    final PdfFont regular;
    final PdfFont bold;

    private PdfFonts(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fonts for one document (a PdfFont belongs to the document it is used in). */
    static PdfFonts forDocument() {
        return new PdfFonts(embed(REGULAR), embed(BOLD));
    }

    /** The width of {@code text} in points at {@code size}, in the bundled font, for laying out tables in either format. */
    static float width(String text, float size, boolean bold) {
        FontProgram program = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += program.getWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    private static PdfFont embed(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String resource) {
        try {
            return FontProgramFactory.createFont(Theme.fontBytes(resource), false);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + resource + " could not be read", e);
        }
    }
}
