package org.innovationportfolio.logic.backup;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.backup.UnsafeZipException.Problem;

/**
 * Reads a zip that may be hostile: refuses empty, truncated or non-zip files, names that would
 * escape the target folder, duplicate names and more data than {@link ZipLimits} allow, counting
 * what is actually inflated. Entries are only ever written as plain new files, never links.
 */
public final class SafeZipReader implements AutoCloseable {

    private static final int MAX_NAME_LENGTH = 400;
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> files;
    private final List<String> directories;
    private long totalRead;

    private SafeZipReader(ZipFile zip, ZipLimits limits, Map<String, ZipEntry> files, List<String> directories) {
        this.zip = zip;
        this.limits = limits;
        this.files = files;
        this.directories = directories;
    }

    /** Opens {@code file} and checks every entry's name and declared size; reads no content yet. */
    public static SafeZipReader open(Path file, ZipLimits limits) throws UnsafeZipException {
        try {
            if (Files.size(file) == 0) {
                throw new UnsafeZipException(Problem.EMPTY, null, "The file is empty.");
            }
        } catch (NoSuchFileException e) {
            throw new UnsafeZipException(Problem.NOT_A_ZIP, null, "The file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new UnsafeZipException(Problem.NOT_A_ZIP, null, "The file could not be read: " + e.getMessage(), e);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new UnsafeZipException(Problem.NOT_A_ZIP, null,
                    "The file is not a zip file, or it is incomplete.", e);
        }
        try {
            refuseLinks(file);
            return checked(zip, limits);
        } catch (UnsafeZipException | RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    private static void refuseLinks(Path file) throws UnsafeZipException {
        try {
            Optional<String> link = ZipLinks.firstLink(file);
            if (link.isPresent()) {
                throw new UnsafeZipException(Problem.UNSAFE_NAME, link.get(), "The entry \"" + link.get()
                        + "\" is a symbolic link, which could point outside the folder it is unpacked to.");
            }
        } catch (IOException e) {
            throw new UnsafeZipException(Problem.NOT_A_ZIP, null, "The file could not be read: " + e.getMessage(), e);
        }
    }

    private static SafeZipReader checked(ZipFile zip, ZipLimits limits) throws UnsafeZipException {
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        List<String> directories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long declaredTotal = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                throw new UnsafeZipException(Problem.TOO_MANY_ENTRIES, null,
                        "The file holds more than " + limits.maxEntries() + " entries.");
            }
            String name = entry.getName();
            checkName(name);
            if (!seen.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name)) {
                throw new UnsafeZipException(Problem.DUPLICATE_NAME, name, "The file holds \"" + name + "\" twice.");
            }
            if (entry.isDirectory()) {
                directories.add(name);
                continue;
            }
            long declared = Math.max(entry.getSize(), 0);
            declaredTotal += declared;
            if (declared > limits.maxEntryBytes() || declaredTotal > limits.maxTotalBytes()) {
                throw new UnsafeZipException(Problem.TOO_LARGE, name, "The file holds more data than can be taken safely.");
            }
            files.put(name, entry);
        }
        if (count == 0) {
            throw new UnsafeZipException(Problem.EMPTY, null, "The zip file holds nothing.");
        }
        return new SafeZipReader(zip, limits, files, directories);
    }

    /** Refuses absolute paths, drive letters, backslashes, "." and ".." segments and control characters. */
    static void checkName(String name) throws UnsafeZipException {
        boolean unsafe = name.isEmpty()
                || name.length() > MAX_NAME_LENGTH
                || name.startsWith("/")
                || name.indexOf('\\') >= 0
                || DRIVE_LETTER.matcher(name).matches()
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (!unsafe) {
            String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    unsafe = true;
                    break;
                }
            }
        }
        if (unsafe) {
            throw new UnsafeZipException(Problem.UNSAFE_NAME, name,
                    "The entry \"" + name + "\" has a name that could write outside the folder it is unpacked to.");
        }
    }

    /** The file entries (not directories), in the order the zip lists them. */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    public boolean contains(String name) {
        return files.containsKey(name);
    }

    /** The whole content of a small entry, refusing one larger than {@code maxBytes}. */
    public byte[] readAll(String name, int maxBytes) throws UnsafeZipException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(name, out, Math.min(maxBytes, limits.maxEntryBytes()));
        return out.toByteArray();
    }

    /** The whole content of a small entry with its real size and SHA-256, refusing one larger than {@code maxBytes}. */
    public EntryContent readWithDigest(String name, int maxBytes) throws UnsafeZipException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntryDigest digest = copy(name, out, Math.min(maxBytes, limits.maxEntryBytes()));
        return new EntryContent(out.toByteArray(), digest);
    }

    /** An entry's bytes and their digest. */
    public record EntryContent(byte[] bytes, EntryDigest digest) {
    }

    /** Reads an entry through, returning its real size and SHA-256. */
    public EntryDigest digest(String name) throws UnsafeZipException {
        return copy(name, OutputStream.nullOutputStream(), limits.maxEntryBytes());
    }

    /**
     * As {@link #digest(String)}, but stops (refusing the entry) once it inflates past {@code maxBytes}: for an
     * entry whose size a checked manifest promises, so a zip bomb is cut off at the promised size.
     */
    public EntryDigest digest(String name, long maxBytes) throws UnsafeZipException {
        return copy(name, OutputStream.nullOutputStream(), Math.min(Math.max(maxBytes, 0), limits.maxEntryBytes()));
    }

    /** Streams one entry into {@code out}, returning its real size and SHA-256; the limits apply as to every read. */
    public EntryDigest copyTo(String name, OutputStream out) throws UnsafeZipException {
        return copy(name, out, limits.maxEntryBytes());
    }

    /**
     * Unpacks every entry under {@code folder} (which must be empty or absent) as new plain files,
     * returning each file's real size and SHA-256 by name.
     */
    public Map<String, EntryDigest> extractTo(Path folder) throws UnsafeZipException, IOException {
        return extractTo(folder, name -> limits.maxEntryBytes());
    }

    /**
     * As {@link #extractTo(Path)}, with each entry refused once it inflates past {@code maxBytes} of its name
     * (the size a checked manifest promised), so the disk holds no more than was promised.
     */
    public Map<String, EntryDigest> extractTo(Path folder, java.util.function.ToLongFunction<String> maxBytes)
            throws UnsafeZipException, IOException {
        Path root = Files.createDirectories(folder).toRealPath();
        for (String directory : directories) {
            Files.createDirectories(inside(root, directory));
        }
        Map<String, EntryDigest> digests = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            Path target = inside(root, name);
            Files.createDirectories(target.getParent());
            // CREATE_NEW refuses anything already there, a link included, so nothing is written through a link.
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                digests.put(name, copy(name, out, Math.min(Math.max(maxBytes.applyAsLong(name), 0),
                        limits.maxEntryBytes())));
            } catch (DiskFullException | IOException e) {
                // Unpacking needs room for every entry, so that is what a full disk says is needed.
                DiskFullException.throwIfDiskFull(e instanceof DiskFullException ? e.getCause() : e,
                        files.values().stream().mapToLong(entry -> Math.max(0, entry.getSize())).sum());
                throw e;
            }
        }
        return Collections.unmodifiableMap(digests);
    }

    private static Path inside(Path root, String name) throws UnsafeZipException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new UnsafeZipException(Problem.UNSAFE_NAME, name,
                    "The entry \"" + name + "\" would be written outside the folder it is unpacked to.");
        }
        return target;
    }

    /**
     * Writes what was read. A full disk here is not the zip's fault: it is told as a full disk, never as a
     * damaged entry, so no one throws away a good backup or pack.
     */
    private static void write(OutputStream out, byte[] buffer, int n, ZipEntry entry) throws IOException {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new DiskFullException(Math.max(entry.getSize(), n), e);
            }
            throw e;
        }
    }

    private EntryDigest copy(String name, OutputStream out, long maxBytes) throws UnsafeZipException {
        ZipEntry entry = files.get(name);
        if (entry == null) {
            throw new UnsafeZipException(Problem.NO_SUCH_ENTRY, name, "The file has no entry \"" + name + "\".");
        }
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                totalRead += n;
                if (size > maxBytes || totalRead > limits.maxTotalBytes()) {
                    throw new UnsafeZipException(Problem.TOO_LARGE, name,
                            "The entry \"" + name + "\" holds more data than can be taken safely.");
                }
                refuseRatio(entry, size);
                sha.update(buffer, 0, n);
                write(out, buffer, n, entry);
            }
        } catch (ZipException | EOFException e) {
            throw new UnsafeZipException(Problem.DAMAGED_ENTRY, name, "The entry \"" + name + "\" is damaged.", e);
        } catch (IOException e) {
            throw new UnsafeZipException(Problem.DAMAGED_ENTRY, name,
                    "The entry \"" + name + "\" could not be read: " + e.getMessage(), e);
        }
        return new EntryDigest(size, HexFormat.of().formatHex(sha.digest()));
    }

    /** A large entry that inflated far beyond its compressed size is a zip bomb, whatever the limits left. */
    private void refuseRatio(ZipEntry entry, long inflated) throws UnsafeZipException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        if (inflated > ZipLimits.RATIO_FLOOR && inflated / compressed > limits.maxRatio()) {
            throw new UnsafeZipException(Problem.TOO_LARGE, entry.getName(), "The entry \"" + entry.getName()
                    + "\" inflates to over " + limits.maxRatio() + " times its compressed size, as a zip bomb does.");
        }
    }

    /** SHA-256 of a file on disk, lower-case hex, for writing manifests. */
    public static EntryDigest digestOf(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                sha.update(buffer, 0, n);
            }
        }
        return new EntryDigest(size, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void closeQuietly(ZipFile zip, Exception failure) {
        try {
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
