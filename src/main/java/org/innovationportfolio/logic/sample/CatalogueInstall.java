package org.innovationportfolio.logic.sample;

/**
 * What installing or updating the shipped catalogue did.
 *
 * @param version the shipped catalogue version now recorded
 * @param added shipped entries that were missing and were added
 * @param updated shipped entries the user had not edited, replaced by the newer shipped text
 * @param kept entries left exactly as they were (edited by the user, added by the user, or unchanged)
 */
public record CatalogueInstall(String version, int added, int updated, int kept) {

    /** True when nothing in the catalogue was written. */
    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }
}
