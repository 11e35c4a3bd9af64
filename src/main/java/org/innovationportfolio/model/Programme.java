package org.innovationportfolio.model;

/** Which programme or publication a catalogue entry comes from. */
public enum Programme {
    DFE_INNOVATION_PROGRAMME("DfE Children's Social Care Innovation Programme"),
    CII_COLLECTIVE_2022("CII Innovation Collective 2022"),
    DFE_NEWSLETTER("DfE Innovation Programme newsletter"),
    USER("Added by you");

    private final String label;

    Programme(String label) {
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
