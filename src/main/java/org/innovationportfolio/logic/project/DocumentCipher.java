package org.innovationportfolio.logic.project;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * A locked copy of an attached document: a zip holding one entry, AES-256 encrypted by zip4j (a kept
 * library, not crypto of our own) with the portfolio's {@link DocumentKey}. The entry's name is always
 * {@value #ENTRY}, so nothing of the user's file name is readable. Its name in the data folder is the
 * plain copy's, then the key's id, then {@value #SUFFIX}.
 */
public final class DocumentCipher {

    public static final String SUFFIX = ".aes";
    private static final String ENTRY = "document";

    private DocumentCipher() {
    }

    /** Where the copy at {@code plain} is kept when locked with {@code key}. */
    public static Path locked(Path plain, DocumentKey key) {
        return plain.resolveSibling(plain.getFileName() + "." + key.id() + SUFFIX);
    }

    /** True for a locked copy's file name. */
    public static boolean isLocked(String fileName) {
        return fileName.endsWith(SUFFIX) && fileName.length() > SUFFIX.length() + 9
                && fileName.charAt(fileName.length() - SUFFIX.length() - 9) == '.';
    }

    /** The id of the key a locked copy's name says it was locked with. */
    public static String keyIdOf(String lockedName) {
        int end = lockedName.length() - SUFFIX.length();
        return lockedName.substring(end - 8, end);
    }

    /** The plain copy's name for a locked copy's name ({@code <stored name>}). */
    public static String plainNameOf(String lockedName) {
        return lockedName.substring(0, lockedName.length() - SUFFIX.length() - 9);
    }

    /**
     * Encrypts what is written into {@code raw}, which must be exactly {@code size} bytes; closing it
     * finishes the zip (and closes {@code raw}). A different length fails on close.
     */
    static OutputStream encrypting(OutputStream raw, DocumentKey key, long size) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(raw, key.password());
        ZipParameters parameters = new ZipParameters();
        parameters.setCompressionMethod(CompressionMethod.STORE); // documents are mostly compressed already
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        parameters.setFileNameInZip(ENTRY);
        parameters.setEntrySize(size);
        zip.putNextEntry(parameters);
        return new FilterOutputStream(zip) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                written++;
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    if (written != size) {
                        throw new IOException("The file changed while it was being copied (" + size + " bytes "
                                + "expected, " + written + " read).");
                    }
                    zip.closeEntry();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /**
     * The plain bytes of a locked copy read from {@code raw}. Reading to the end checks the copy's
     * authentication code: a changed or damaged copy, or the wrong key, fails with an {@link IOException}.
     */
    static InputStream decrypting(InputStream raw, DocumentKey key) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw, key.password());
        try {
            if (zip.getNextEntry() == null) {
                throw new IOException("The locked copy holds no document.");
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        return zip;
    }
}
