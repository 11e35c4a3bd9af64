package org.innovationportfolio.logic.backup;

/**
 * How much a zip may hold before we refuse it, so a hostile file (a zip bomb) cannot fill the disk
 * or memory. Sizes are counted as bytes actually inflated, not as the zip declares them.
 *
 * @param maxEntries the most entries, directories included
 * @param maxEntryBytes the most bytes one entry may inflate to
 * @param maxTotalBytes the most bytes all entries together may inflate to
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /** Room for a large portfolio's database backup with a wide margin. */
    public static final ZipLimits BACKUP = new ZipLimits(20_000, 2L << 30, 8L << 30);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes) {
            throw new IllegalArgumentException("Zip limits must be positive and the total at least one entry's limit.");
        }
    }
}
