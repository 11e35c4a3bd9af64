package org.innovationportfolio.ui.briefing;

import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Stage;

/** One project the officer can tick for the pack, shown with its stage and RAG. */
public final class ProjectChoice {

    private final UUID id;
    private final String title;
    private final Stage stage;
    private final String label;
    private final String searchText;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

    ProjectChoice(PortfolioRow row) {
        this.id = row.id();
        this.title = row.title();
        this.stage = row.stage();
        this.label = row.title() + " — " + row.stage().label() + ", " + (row.rag() == null ? "not rated" : row.rag().label());
        this.searchText = String.join(" ", label, row.leadOfficer() == null ? "" : row.leadOfficer(),
                String.join(" ", row.tags())).toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Stage stage() {
        return stage;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** True when every word of {@code search} is in the title, stage, RAG, lead or tags. */
    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        for (String word : search.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return label;
    }
}
