package org.innovationportfolio.logic.backup;

/** The size and SHA-256 (lower-case hex) of one entry's content, as read or as a manifest promises. */
public record EntryDigest(long size, String sha256) {
}
