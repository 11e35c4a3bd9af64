package org.innovationportfolio.logic.packs;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.ProjectDocument;

/**
 * The names an attached document goes by in a pack: the label people see (checked, never a path, with no
 * invisible format characters such as a right-to-left override), its media type, and the name its copy is
 * stored under here (made from its id, its SHA-256 and the type its content was found to be, never its label).
 */
final class DocumentNames {

    /** The longest label a pack may carry, as the schema says. */
    static final int LONGEST_LABEL = 255;
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private DocumentNames() {
    }

    /** Why {@code label} cannot be a document's name in a pack, or null when it can. */
    static String problemWith(String label) {
        if (label == null || shown(label).isEmpty()) {
            return "it is empty";
        }
        if (label.length() > LONGEST_LABEL) {
            return "it is longer than " + LONGEST_LABEL + " characters";
        }
        if (FORBIDDEN.matcher(label).find()) {
            return "it contains a character a document's name may not have (/ \\ : * ? \" < > | or a control "
                    + "character)";
        }
        if (label.strip().equals(".") || label.strip().equals("..")) {
            return "it is only dots";
        }
        return null;
    }

    /**
     * The label a local document's name travels under: the same when the pack format allows it, else with
     * each forbidden character replaced by "_" and shortened (keeping the extension) to the longest allowed.
     */
    static String label(String fileName) {
        String label = FORBIDDEN.matcher(shown(fileName)).replaceAll("_").strip();
        if (label.length() > LONGEST_LABEL) {
            String extension = extension(label);
            label = label.substring(0, LONGEST_LABEL - extension.length()) + extension;
        }
        return problemWith(label) == null ? label : "document" + extension(label);
    }

    /**
     * The label as it is shown and kept: without invisible format characters (bidi controls among them), so
     * "invoice\u202Efdp.exe" is shown as what it is, "invoicefdp.exe".
     */
    static String shown(String label) {
        return Checks.withoutFormatCharacters(label).strip();
    }

    /** The media type a document of ours is sent as: the type its content was found to be when it was kept. */
    static String mediaType(ProjectDocument document) {
        return DocumentType.ofStored(document.storedName()).mediaType();
    }

    /**
     * The name an imported document's copy is stored under: its id and the start of its SHA-256 (so a
     * changed document never overwrites the copy an undo may need), and the extension of the type its
     * content was found to be. Nothing the pack says about it is used.
     */
    static String storedName(UUID id, String sha256, DocumentType type) {
        return id + "-" + sha256.substring(0, 16) + type.extension();
    }

    /** ".pdf" from "Board paper.PDF", or "" when there is none or it is not plain letters and digits. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? "." + extension : "";
    }
}
