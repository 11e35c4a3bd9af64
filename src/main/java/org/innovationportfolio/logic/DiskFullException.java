package org.innovationportfolio.logic;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A write failed because the disk holding the data folder is full. Told apart from damage on every path
 * (restore, undo, pack import, documents, database writes), so no one deletes a good backup or pack
 * because a full disk was reported as a damaged one. This class is the one place that decides what a
 * full disk looks like; the store adds Derby's own states for it (see the store's SqlErrors).
 */
public class DiskFullException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** What the operating systems say when a disk (or the user's quota on it) is full, lower case. */
    private static final Set<String> SAYINGS = Set.of(
            "no space left on device", // Linux, macOS (ENOSPC)
            "not enough space on the disk", // Windows (ERROR_DISK_FULL)
            "disk quota exceeded", // Linux (EDQUOT)
            "disk full");

    private final long neededBytes;

    /**
     * @param neededBytes how much the failed write needed, or 0 when it cannot be told (a database write)
     */
    public DiskFullException(long neededBytes, Throwable cause) {
        super(message(neededBytes), cause);
        this.neededBytes = neededBytes;
    }

    public long neededBytes() {
        return neededBytes;
    }

    /** "There is no space left on the disk with the data folder (3 MB needed). …" */
    public static String message(long neededBytes) {
        String needed = neededBytes > 0 ? " (" + megabytes(neededBytes) + " MB needed)" : "";
        return "There is no space left on the disk with the data folder" + needed + ". Nothing was changed, and "
                + "no backup or pack is damaged: free some space on that disk and try again.";
    }

    /** True when {@code failure} or anything behind it (causes, suppressed) says the disk is full. */
    public static boolean isDiskFull(Throwable failure) {
        Deque<Throwable> waiting = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        if (failure != null) {
            waiting.add(failure);
        }
        while (!waiting.isEmpty()) {
            Throwable t = waiting.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof DiskFullException || t instanceof IOException && saysDiskFull(t.getMessage())) {
                return true;
            }
            if (t.getCause() != null) {
                waiting.add(t.getCause());
            }
            waiting.addAll(java.util.List.of(t.getSuppressed()));
        }
        return false;
    }

    /** {@code failure} as a full disk needing {@code neededBytes}, when it is one. */
    public static Optional<DiskFullException> of(Throwable failure, long neededBytes) {
        if (failure instanceof DiskFullException full) {
            return Optional.of(full);
        }
        return isDiskFull(failure) ? Optional.of(new DiskFullException(neededBytes, failure)) : Optional.empty();
    }

    /** Throws {@code failure} as a full disk needing {@code neededBytes} when it is one; else returns. */
    public static void throwIfDiskFull(Throwable failure, long neededBytes) {
        Optional<DiskFullException> full = of(failure, neededBytes);
        if (full.isPresent()) {
            throw full.get();
        }
    }

    private static boolean saysDiskFull(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return SAYINGS.stream().anyMatch(lower::contains);
    }

    private static long megabytes(long bytes) {
        long mb = 1024L * 1024L;
        return Math.max(1, (bytes + mb - 1) / mb);
    }
}
