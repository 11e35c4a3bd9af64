package org.innovationportfolio.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The {@code manifest.json} at the head of a backup file: what it is, what made it, and the size
 * and SHA-256 of every other entry, so a restore can check the whole file before touching anything.
 */
record BackupManifest(String format, int formatVersion, String appVersion, int schemaVersion, Instant createdAt,
        Counts counts, List<Entry> entries) {

    static final String FILE_NAME = "manifest.json";
    static final String FORMAT = "innovation-portfolio-backup";
    /** 1: the database only; 2: the database and the attached documents. */
    static final int FORMAT_VERSION = 2;

    /** How much the backup holds, shown before restoring and checked after. */
    record Counts(int projects, int innovations) {
    }

    /** One file in the backup. */
    record Entry(String path, long size, String sha256) {
    }

    BackupManifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A later format may add fields; the format version, not unknown fields, decides what we accept.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("A manifest always serialises", e);
        }
    }

    static BackupManifest fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, BackupManifest.class);
    }
}
