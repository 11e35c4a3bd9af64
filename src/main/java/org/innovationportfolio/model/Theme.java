package org.innovationportfolio.model;

/** The six priority areas of the Coram Innovation Incubator's Innovation Collective. */
public enum Theme {
    EARLY_INTERVENTION_AND_EARLY_HELP("Early intervention and early help"),
    WELLBEING_MENTAL_HEALTH_AND_EXPLOITATION("Wellbeing, adolescent mental health and exploitation"),
    WORKFORCE_AND_ORGANISATION("Workforce and organisational structures"),
    STABILITY_FOR_CHILDREN_IN_CARE("Achieving stability for children in care"),
    CULTURAL_COMPETENCE_AND_DISPROPORTIONALITY("Cultural competence and disproportionality"),
    TECHNOLOGICAL_INNOVATION("Technological innovation");

    private final String label;

    Theme(String label) {
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
