package org.innovationportfolio.logic.packs;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names an attached document goes by in a pack: the label people see (checked, never a path),
 * its media type, and the name its copy is stored under here (made from its id and SHA-256 only).
 */
final class DocumentNames {

    /** The longest label a pack may carry, as the schema says. */
    static final int LONGEST_LABEL = 255;
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("zip", "application/zip"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("msg", "application/vnd.ms-outlook"));

    private DocumentNames() {
    }

    /** Why {@code label} cannot be a document's name in a pack, or null when it can. */
    static String problemWith(String label) {
        if (label == null || label.isBlank()) {
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
        String label = FORBIDDEN.matcher(fileName).replaceAll("_").strip();
        if (label.length() > LONGEST_LABEL) {
            String extension = extension(label);
            label = label.substring(0, LONGEST_LABEL - extension.length()) + extension;
        }
        return problemWith(label) == null ? label : "document" + extension(label);
    }

    /** The media type its extension suggests; {@code application/octet-stream} when unknown. */
    static String mediaType(String fileName) {
        String extension = extension(fileName);
        return extension.isEmpty() ? "application/octet-stream"
                : MEDIA_TYPES.getOrDefault(extension.substring(1), "application/octet-stream");
    }

    /**
     * The name an imported document's copy is stored under: its id and the start of its SHA-256 (so a
     * changed document never overwrites the copy an undo may need), and the label's extension only if
     * it is plain letters and digits. Nothing else from the pack is used.
     */
    static String storedName(UUID id, String sha256, String label) {
        return id + "-" + sha256.substring(0, 16) + extension(label);
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
