package org.innovationportfolio.logic.timeline;

/** The timeline's axis: a tick per month, or per financial quarter (April–June is Q1). */
public enum TimelineScale {
    MONTH("Months"),
    QUARTER("Quarters");

    private final String label;

    TimelineScale(String label) {
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
