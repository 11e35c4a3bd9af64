package org.innovationportfolio.model;

/** Whether a risk still needs watching. */
public enum RiskStatus {
    OPEN("Open"),
    MANAGED("Managed"),
    CLOSED("Closed");

    private final String label;

    RiskStatus(String label) {
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
