package org.innovationportfolio.model;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A file attached to a project: the name the user knows it by, and the copy kept in the data folder
 * under a generated name, with its size and SHA-256 so a changed or damaged copy can be told.
 */
public record ProjectDocument(UUID id, UUID projectId, String fileName, String storedName, long sizeBytes,
        String sha256, Instant added, Instant lastModified) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    public ProjectDocument {
        Checks.required(id, "A document's id");
        Checks.required(projectId, "The document's project");
        fileName = Checks.requiredFileName(fileName, "The document's file name");
        Checks.required(storedName, "The stored file name");
        if (!SAFE_NAME.matcher(storedName).matches() || storedName.startsWith(".")) {
            throw new InvalidValueException("The stored file name \"" + storedName + "\" is not a safe file name.");
        }
        if (sizeBytes < 0) {
            throw new InvalidValueException("A document's size cannot be negative.");
        }
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new InvalidValueException("The document's SHA-256 must be 64 lower-case hex digits.");
        }
        Checks.required(added, "When the document was added");
        Checks.required(lastModified, "The last-modified time");
    }
}
