package org.innovationportfolio.ui.project;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.ui.Css;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The RAG word in its coloured pill with a shape-coded icon: never colour alone. */
final class RagBadge {

    private RagBadge() {
    }

    static Label of(Rag rag) {
        FontIcon icon = new FontIcon(switch (rag) {
            case RED -> MaterialDesignA.ALERT_OCTAGON;
            case AMBER -> MaterialDesignA.ALERT;
            case GREEN -> MaterialDesignC.CHECK_CIRCLE;
        });
        Label badge = new Label(rag.label(), icon);
        badge.getStyleClass().addAll(Css.RAG_BADGE, Css.ragClass(rag));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setAccessibleText("RAG: " + rag.label() + ", " + rag.meaning());
        badge.fontProperty().addListener((obs, old, font) -> icon.setIconSize((int) Math.round(font.getSize())));
        icon.setIconSize((int) Math.round(badge.getFont().getSize()));
        return badge;
    }
}
