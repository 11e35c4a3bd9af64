package org.innovationportfolio.logic.sample;

/**
 * What loading the sample portfolio put into the store.
 *
 * @param council the fictional council's name, now the portfolio's council
 * @param catalogue what installing the shipped catalogue did
 */
public record SampleLoad(String council, int projects, int statusUpdates, int milestones, int fundingLines,
        int outcomes, int risks, int notes, CatalogueInstall catalogue) {
}
