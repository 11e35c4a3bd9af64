package org.innovationportfolio.logic.briefing;

import java.util.Locale;
import org.innovationportfolio.logic.RefusedException;

/** The file formats a briefing pack comes in: Word to edit further, PDF to circulate. */
public enum BriefingFormat {
    DOCX("Word document", "docx"),
    PDF("PDF (accessible, PDF/UA)", "pdf");

    private final String label;
    private final String extension;

    BriefingFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public static BriefingFormat parse(String text) {
        if (text != null) {
            for (BriefingFormat format : values()) {
                if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new RefusedException("\"" + text + "\" is not a briefing format. Use docx or pdf.");
    }
}
