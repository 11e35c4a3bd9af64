package org.innovationportfolio.logic.packs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Edits a zip's central directory in place, to make entries that ZipOutputStream cannot. */
final class ZipBytes {

    private ZipBytes() {
    }

    /** Marks the entry {@code name} as a Unix symbolic link (made by Unix, mode 0120777). */
    static byte[] markAsLink(byte[] zip, String name) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < copy.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && (buffer.getShort(at + 28) & 0xffff) == wanted.length
                    && matches(copy, at + 46, wanted)) {
                buffer.put(at + 5, (byte) 3);
                buffer.putInt(at + 38, 0120777 << 16);
                return copy;
            }
        }
        throw new IllegalArgumentException("No central directory entry named " + name);
    }

    private static boolean matches(byte[] bytes, int from, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (from + i >= bytes.length || bytes[from + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
