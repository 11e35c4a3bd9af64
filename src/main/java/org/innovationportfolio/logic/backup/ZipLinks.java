package org.innovationportfolio.logic.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds entries a zip marks as symbolic links (Unix mode in the central directory's external
 * attributes), which {@link java.util.zip.ZipFile} does not report.
 */
final class ZipLinks {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_LINK = 0120000;
    private static final int MADE_BY_UNIX = 3;

    private ZipLinks() {
    }

    /** The name of the first entry marked as a link, if any; empty when the directory cannot be read plainly. */
    static Optional<String> firstLink(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - END_SIZE; i >= 0; i--) {
                if (tail.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return Optional.empty();
            }
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (directorySize == 0xffffffffL || directoryOffset == 0xffffffffL
                    || directoryOffset + directorySize > size || directorySize > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return scan(read(channel, directoryOffset, (int) directorySize));
        }
    }

    private static Optional<String> scan(ByteBuffer directory) {
        int at = 0;
        while (at + 46 <= directory.limit() && directory.getInt(at) == CENTRAL_SIGNATURE) {
            int madeBy = (directory.getShort(at + 4) >> 8) & 0xff;
            int nameLength = directory.getShort(at + 28) & 0xffff;
            int extraLength = directory.getShort(at + 30) & 0xffff;
            int commentLength = directory.getShort(at + 32) & 0xffff;
            int unixMode = (directory.getInt(at + 38) >>> 16) & 0xffff;
            if (at + 46 + nameLength > directory.limit()) {
                return Optional.empty();
            }
            if (madeBy == MADE_BY_UNIX && (unixMode & UNIX_TYPE_MASK) == UNIX_LINK) {
                byte[] name = new byte[nameLength];
                directory.get(at + 46, name);
                return Optional.of(new String(name, StandardCharsets.UTF_8));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.empty();
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        buffer.flip();
        return buffer.order(ByteOrder.LITTLE_ENDIAN);
    }
}
