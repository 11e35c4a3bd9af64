package org.innovationportfolio.model;

/** Whether a measure improves by going up (children safely at home) or down (days to placement). */
public enum OutcomeDirection {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    OutcomeDirection(String label) {
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
