package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables are measured with {@link FontWidths}; a PDF is set in iText's reading of the same font: the two must agree. */
class FontWidthsTest {

    @Test
    void everyCodePointHasTheWidthITextGivesItInBothWeights() {
        for (boolean bold : new boolean[] {false, true}) {
            FontWidths widths = FontWidths.read(Theme.fontBytes(bold ? Theme.FONT_BOLD : Theme.FONT_REGULAR));
            List<String> differences = new ArrayList<>();
            int mapped = 0;
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                int expected = PdfFonts.iTextWidth(codePoint, bold);
                int actual = widths.width(codePoint);
                if (expected != 0) {
                    mapped++;
                }
                if (expected != actual && differences.size() < 20) {
                    differences.add(String.format("U+%04X: iText %d, ours %d", codePoint, expected, actual));
                }
            }
            assertThat(differences).as(bold ? "bold" : "regular").isEmpty();
            assertThat(mapped).as("code points with a glyph").isGreaterThan(5000);
        }
    }

    @Test
    void measuresTextInThousandthsOfTheSize() {
        // Widths are thousandths of the size: "W" (988 of them in DejaVu Sans) is 9.88 pt at 10 pt.
        assertThat(PdfFonts.width("W", 10, false)).isEqualTo(9.88f);
        assertThat(PdfFonts.width("WW", 10, true)).isEqualTo(2 * PdfFonts.iTextWidth('W', true) / 100f);
    }
}
