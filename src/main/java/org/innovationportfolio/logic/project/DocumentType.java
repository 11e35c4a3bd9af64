package org.innovationportfolio.logic.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an attached document is, told from its first bytes, never from its name: its media type and the
 * extension its copy is stored under. A name only chooses between the formats the content allows (a ZIP
 * may be a .docx or a .xlsx), so "invoice\u202Efdp.exe" holding a PDF is kept as .pdf, and a program is
 * kept with no extension at all and is never opened by the desktop.
 *
 * @param extension ".pdf", or "" for {@link #UNKNOWN}
 */
public record DocumentType(String mediaType, String extension) {

    /** Content we do not recognise, such as a program: kept without an extension and never opened. */
    public static final DocumentType UNKNOWN = new DocumentType("application/octet-stream", "");
    /** How many bytes are read from the start of a file to tell its type. */
    public static final int HEAD_BYTES = 4096;

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("zip", "application/zip"),
            Map.entry("msg", "application/vnd.ms-outlook"));
    /** The names a ZIP container may go by; any other is kept as .zip (a .jar or .docm included). */
    private static final Set<String> ZIP_FAMILY = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "zip");
    /** The names an OLE compound file may go by; any other (an .msi installer) is unknown. */
    private static final Set<String> OLE_FAMILY = Set.of("doc", "xls", "ppt", "msg");
    /** The names plain text may go by; any other (.bat, .ps1, .html) is kept as .txt. */
    private static final Set<String> TEXT_FAMILY = Set.of("txt", "csv", "eml");

    /** The type of content that starts with {@code head}, named {@code fileName}. */
    public static DocumentType of(byte[] head, String fileName) {
        String named = extensionOf(fileName);
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return known("pdf");
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return known("png");
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return known("jpg");
        }
        if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return known("gif");
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return known(ZIP_FAMILY.contains(named) ? named : "zip");
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1})) {
            return OLE_FAMILY.contains(named) ? known(named) : UNKNOWN;
        }
        if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return known("rtf");
        }
        if (isText(head)) {
            return known(TEXT_FAMILY.contains(named) ? named : "txt");
        }
        return UNKNOWN;
    }

    /** The type of {@code file}'s content, named {@code fileName}. */
    public static DocumentType of(Path file, String fileName) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(HEAD_BYTES), fileName);
        }
    }

    /** The type a copy was stored as, from its stored name; {@link #UNKNOWN} for a name we would not give. */
    public static DocumentType ofStored(String storedName) {
        String extension = extensionOf(storedName);
        return KNOWN.containsKey(extension) ? known(extension) : UNKNOWN;
    }

    /** True for the document and picture types the desktop may open; never a program or unknown content. */
    public boolean opensSafely() {
        return !extension.isEmpty();
    }

    private static DocumentType known(String extension) {
        return new DocumentType(KNOWN.get(extension), "." + extension);
    }

    /** "pdf" from "Board paper.PDF"; "" when there is none. */
    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no control bytes but tab, line breaks, form feed and the old end-of-file mark; a program does. */
    private static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A) {
                return false;
            }
        }
        return true;
    }
}
