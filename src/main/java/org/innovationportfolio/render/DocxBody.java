package org.innovationportfolio.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * The body of a Word briefing, written as it goes rather than held whole in POI's XML objects, which for a
 * thousand projects outgrew a 256 MB heap and spent most of the time in XmlBeans. Paragraphs are still made with
 * POI and moved out of the document every few blocks; tables, the bulk of a pack, are written straight as
 * WordprocessingML. The text is kept deflated until the file is written, when it becomes word/document.xml
 * inside the package POI wrote for everything else (styles, numbering, header and footer, charts, properties).
 */
final class DocxBody {

    private static final String DOCUMENT_PART = "word/document.xml";
    private static final Pattern BODY_START = Pattern.compile("^<w:body((?:\\s+[^>]*?)?)(/?)>");
    private static final Pattern NAMESPACE = Pattern.compile("xmlns:([\\w.-]+)=\"([^\"]*)\"");

    /** The namespaces the document element declares, so the body's elements need not repeat them. */
    private static final Map<String, String> NAMESPACES = new LinkedHashMap<>();

    static {
        NAMESPACES.put("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        NAMESPACES.put("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        NAMESPACES.put("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        NAMESPACES.put("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        NAMESPACES.put("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        NAMESPACES.put("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        NAMESPACES.put("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        NAMESPACES.put("v", "urn:schemas-microsoft-com:vml");
        NAMESPACES.put("o", "urn:schemas-microsoft-com:office:office");
        NAMESPACES.put("w10", "urn:schemas-microsoft-com:office:word");
    }

    private final XWPFDocument doc;
    private final XmlOptions save;
    private final String section;
    private final Map<String, String> extraNamespaces = new LinkedHashMap<>();
    private final ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 16);
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Writer text;

    /** Takes over the body of {@code doc}; its page settings (section properties) are kept for the end. */
    DocxBody(XWPFDocument doc) {
        this.doc = doc;
        CTBody body = doc.getDocument().getBody();
        this.save = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        save.setSaveOuter();
        save.setSaveImplicitNamespaces(NAMESPACES);
        this.section = body.isSetSectPr() ? body.getSectPr().xmlText(save) : null;
        if (body.isSetSectPr()) {
            body.unsetSectPr();
        }
        this.text = new OutputStreamWriter(new DeflaterOutputStream(deflated, deflater, 1 << 16), StandardCharsets.UTF_8);
    }

    /** Appends WordprocessingML written directly (a table), after what POI has made so far. */
    void raw(CharSequence xml) throws IOException {
        flush();
        text.append(xml);
    }

    /** Moves the paragraphs POI has made so far out of the document and into the body's text. */
    void flush() throws IOException {
        int count = doc.getBodyElements().size();
        if (count == 0) {
            return;
        }
        text.append(inner(doc.getDocument().getBody().xmlText(save)));
        for (int i = count - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
    }

    /** The elements inside a saved w:body, noting any namespace it had to declare for them. */
    private String inner(String body) {
        Matcher start = BODY_START.matcher(body);
        if (!start.find()) {
            throw new IllegalStateException("The Word body was saved in an unexpected form");
        }
        Matcher ns = NAMESPACE.matcher(start.group(1));
        while (ns.find()) {
            String known = NAMESPACES.get(ns.group(1));
            if (known != null && !known.equals(ns.group(2))) {
                throw new IllegalStateException("The prefix " + ns.group(1) + " is used for two namespaces");
            }
            if (known == null) {
                extraNamespaces.put(ns.group(1), ns.group(2));
            }
        }
        if (!start.group(2).isEmpty()) {
            return "";
        }
        String end = "</w:body>";
        if (!body.endsWith(end)) {
            throw new IllegalStateException("The Word body was saved in an unexpected form");
        }
        return body.substring(start.end(), body.length() - end.length());
    }

    /**
     * Writes the package: every part as POI wrote it in {@code poiPackage}, but word/document.xml made from the body
     * text gathered here and the page settings.
     */
    void writePackage(byte[] poiPackage, OutputStream out) throws IOException {
        flush();
        text.close();
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poiPackage))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (DOCUMENT_PART.equals(entry.getName())) {
                    writeDocument(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private void writeDocument(OutputStream zip) throws IOException {
        Writer xml = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document");
        Map<String, String> all = new LinkedHashMap<>(NAMESPACES);
        all.putAll(extraNamespaces);
        for (Map.Entry<String, String> ns : all.entrySet()) {
            xml.write(" xmlns:" + ns.getKey() + "=\"" + ns.getValue() + "\"");
        }
        xml.write("><w:body>");
        xml.flush();
        try (InputStream body = new InflaterInputStream(new ByteArrayInputStream(deflated.toByteArray()))) {
            body.transferTo(zip);
        }
        if (section != null) {
            xml.write(section);
        }
        xml.write("</w:body></w:document>");
        xml.flush();
        deflater.end();
    }

    /** Escapes text for an XML element or attribute value, leaving out characters XML 1.0 does not allow. */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Lets a writer be flushed into the zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
