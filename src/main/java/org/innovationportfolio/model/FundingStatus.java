package org.innovationportfolio.model;

/** How far a funding line has got, from bid to money in the bank. */
public enum FundingStatus {
    BID("Bid"),
    AWARDED("Awarded"),
    RECEIVED("Received");

    private final String label;

    FundingStatus(String label) {
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
