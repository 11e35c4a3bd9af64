package org.innovationportfolio.model;

/** Where a fact came from: a source document (by id) and the section within it. */
public record SourceRef(String sourceId, String section) {

    public SourceRef {
        sourceId = Checks.requiredText(sourceId, "The source document");
        section = Checks.optionalShort(section, "The source section");
    }
}
