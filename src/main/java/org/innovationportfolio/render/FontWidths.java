package org.innovationportfolio.render;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The advance widths of a bundled TrueType font, read straight from its {@code cmap}, {@code hhea},
 * {@code hmtx} and {@code head} tables, in the same units iText's {@code FontProgram.getWidth} gives
 * (thousandths of the type size). Measuring table text needs only these; parsing the whole font with
 * iText costs a Word pack about 0.4 s of CPU on every run, for a font it never embeds.
 */
final class FontWidths {

    private final Map<Integer, Integer> glyphOfCodePoint;
    private final int[] advances;

    private FontWidths(Map<Integer, Integer> glyphOfCodePoint, int[] advances) {
        this.glyphOfCodePoint = glyphOfCodePoint;
        this.advances = advances;
    }

    /** The width of {@code codePoint}, 0 for one the font has no glyph for (as iText gives). */
    int width(int codePoint) {
        Integer glyph = glyphOfCodePoint.get(codePoint);
        if (glyph == null) {
            return 0;
        }
        return advances[Math.min(glyph, advances.length - 1)];
    }

    /** Reads a TrueType font's widths; refuses a font without a Unicode {@code cmap} subtable. */
    static FontWidths read(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font);
        int tables = data.getShort(4) & 0xFFFF;
        int head = -1;
        int hhea = -1;
        int hmtx = -1;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int offset = data.getInt(entry + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "hhea" -> hhea = offset;
                case "hmtx" -> hmtx = offset;
                case "cmap" -> cmap = offset;
                default -> { }
            }
        }
        if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0) {
            throw new IllegalArgumentException("not a TrueType font with head, hhea, hmtx and cmap tables");
        }
        int unitsPerEm = data.getShort(head + 18) & 0xFFFF;
        int metrics = data.getShort(hhea + 34) & 0xFFFF;
        int[] advances = new int[metrics];
        for (int g = 0; g < metrics; g++) {
            // Truncated to whole thousandths, as iText's OpenTypeParser does.
            advances[g] = (data.getShort(hmtx + 4 * g) & 0xFFFF) * 1000 / unitsPerEm;
        }
        return new FontWidths(unicodeMap(data, cmap), advances);
    }

    /** Windows full-repertoire (3,10, format 12) if present, else Windows BMP (3,1, format 4): iText's order. */
    private static Map<Integer, Integer> unicodeMap(ByteBuffer data, int cmap) {
        int subtables = data.getShort(cmap + 2) & 0xFFFF;
        int full = -1;
        int bmp = -1;
        for (int i = 0; i < subtables; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = data.getShort(record) & 0xFFFF;
            int encoding = data.getShort(record + 2) & 0xFFFF;
            int offset = cmap + data.getInt(record + 4);
            int format = data.getShort(offset) & 0xFFFF;
            if (platform == 3 && encoding == 10 && format == 12) {
                full = offset;
            } else if (platform == 3 && encoding == 1 && format == 4) {
                bmp = offset;
            }
        }
        if (full >= 0) {
            return format12(data, full);
        }
        if (bmp >= 0) {
            return format4(data, bmp);
        }
        throw new IllegalArgumentException("the font has no Windows Unicode cmap subtable");
    }

    private static Map<Integer, Integer> format12(ByteBuffer data, int table) {
        int groups = data.getInt(table + 12);
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < groups; i++) {
            int group = table + 16 + 12 * i;
            int start = data.getInt(group);
            int end = data.getInt(group + 4);
            int glyph = data.getInt(group + 8);
            for (int c = start; c <= end; c++) {
                map.put(c, glyph + (c - start));
            }
        }
        return map;
    }

    private static Map<Integer, Integer> format4(ByteBuffer data, int table) {
        int segments = (data.getShort(table + 6) & 0xFFFF) / 2;
        int ends = table + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        Map<Integer, Integer> map = new HashMap<>();
        for (int s = 0; s < segments; s++) {
            int end = data.getShort(ends + 2 * s) & 0xFFFF;
            int start = data.getShort(starts + 2 * s) & 0xFFFF;
            int delta = data.getShort(deltas + 2 * s);
            int rangeOffset = data.getShort(rangeOffsets + 2 * s) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = data.getShort(at) & 0xFFFF;
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                if (glyph != 0) {
                    map.put(c, glyph);
                }
            }
        }
        return map;
    }
}
