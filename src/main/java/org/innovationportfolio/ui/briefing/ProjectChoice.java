package org.innovationportfolio.ui.briefing;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.innovationportfolio.logic.portfolio.PortfolioRow;

/** One project the officer can tick for the pack, shown with its stage and RAG. */
public final class ProjectChoice {

    private final UUID id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

    ProjectChoice(PortfolioRow row) {
        this.id = row.id();
        this.label = row.title() + " — " + row.stage().label() + ", " + (row.rag() == null ? "not rated" : row.rag().label());
    }

    public UUID id() {
        return id;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return label;
    }
}
