package org.innovationportfolio.logic.backup;

/**
 * How much a zip may hold before we refuse it, so a hostile file (a zip bomb) cannot fill the disk
 * or memory. Sizes are counted as bytes actually inflated, not as the zip declares them.
 *
 * @param maxEntries the most entries, directories included
 * @param maxEntryBytes the most bytes one entry may inflate to
 * @param maxTotalBytes the most bytes all entries together may inflate to
 * @param maxRatio the most one entry of over {@link #RATIO_FLOOR} bytes may inflate to, as a multiple of its
 *     compressed size
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    /** Entries smaller than this are never refused for their ratio: tiny files compress oddly. */
    public static final long RATIO_FLOOR = 1L << 20;

    /** Room for a large portfolio's database backup with a wide margin. */
    public static final ZipLimits BACKUP = new ZipLimits(20_000, 2L << 30, 8L << 30);

    /** A project pack: thousands of projects and their documents, but no single absurd entry. */
    public static final ZipLimits PACK = new ZipLimits(50_000, 256L << 20, 2L << 30, 200);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxRatio < 1) {
            throw new IllegalArgumentException("Zip limits must be positive and the total at least one entry's limit.");
        }
    }

    /** Limits with no ratio check. */
    public ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        this(maxEntries, maxEntryBytes, maxTotalBytes, Integer.MAX_VALUE);
    }
}
