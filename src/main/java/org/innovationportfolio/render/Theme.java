package org.innovationportfolio.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.innovationportfolio.model.Rag;

/** The plain, GOV.UK-like look both renderers share: one bundled sans font, a few colours, RAG colours with readable text. */
final class Theme {

    static final String FONT_NAME = "DejaVu Sans";
    static final String FONT_REGULAR = "fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";

    static final String TEXT = "0B0C0C";
    static final String SECONDARY_TEXT = "505A5F";
    static final String BRAND = "1D70B8";
    static final String BORDER = "B1B4B6";
    static final String HEADER_FILL = "F3F2F1";
    static final String MARKING = "0B0C0C";

    /** Series colours for charts without RAG meaning: blue, turquoise, purple, grey. */
    static final String[] PALETTE = {"1D70B8", "28A197", "4C2C92", "6F777B", "F499BE", "85994B"};

    private Theme() {
    }

    /** The cell fill for a RAG status (GOV.UK red, orange and green). */
    static String ragFill(Rag rag) {
        return switch (rag) {
            case RED -> "D4351C";
            case AMBER -> "F47738";
            case GREEN -> "00703C";
        };
    }

    /** Text on a RAG fill, chosen for contrast of at least 4.5:1. */
    static String ragText(Rag rag) {
        return rag == Rag.AMBER ? TEXT : "FFFFFF";
    }

    /** The chart colour for a series: its RAG colour, or the palette in order. */
    static String seriesColour(Rag rag, int index) {
        return rag != null ? ragFill(rag) : PALETTE[index % PALETTE.length];
    }

    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    static byte[] fontBytes(String resource) {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + resource + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
