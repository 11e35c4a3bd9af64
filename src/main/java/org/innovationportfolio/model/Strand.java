package org.innovationportfolio.model;

/** The three strands under which the DfE Innovation Programme funded projects. */
public enum Strand {
    RETHINKING_CHILDRENS_SOCIAL_WORK("Rethinking children's social work"),
    RETHINKING_SUPPORT_FOR_ADOLESCENTS("Rethinking support for adolescents in or on the edge of care"),
    OTHER_PRIORITIES("Other priorities");

    private final String label;

    Strand(String label) {
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
