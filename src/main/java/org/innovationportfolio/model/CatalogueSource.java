package org.innovationportfolio.model;

/** A public document the shipped catalogue was built from. */
public record CatalogueSource(String id, String file, String title, String published) {

    public CatalogueSource {
        id = Checks.requiredText(id, "The source id");
        title = Checks.requiredText(title, "The source title");
        file = Checks.optionalShort(file, "The source file");
        published = Checks.optionalShort(published, "The publication date");
    }
}
