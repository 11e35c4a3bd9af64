package org.innovationportfolio.model;

/** What kind of money a funding line is. */
public enum FundingType {
    GRANT("Grant"),
    COUNCIL_BUDGET("Council budget"),
    PARTNER_CONTRIBUTION("Partner contribution"),
    IN_KIND("In kind");

    private final String label;

    FundingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
